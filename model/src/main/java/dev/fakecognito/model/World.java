package dev.fakecognito.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.fakecognito.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A whole fake world: identity pools with their configuration, identities and merges, and faults to
 * inject. A fixture document describes one ({@code dev.fakecognito.fixtures.Fixtures} reads and writes
 * it as YAML or JSON); a fake's {@code snapshot()} returns the current pools, which seed an equal world
 * (a snapshot holds no faults: a fake lists those with {@code faults()}).
 *
 * <p>Field names are the API's member names in lower camel case. Absent collections are empty, never
 * {@code null}; absent scalars are {@code null} (the fake then applies the API's default).
 *
 * <p>Like faults, {@code loginTokenKeys} are not state of a pool: a fake that verifies login tokens
 * ({@code verifyLoginTokens}) takes them when the document is seeded and drops them on reset; a snapshot
 * holds none.
 *
 * @param identityPools  the pools, in creation order
 * @param faults         faults to inject when the document is seeded, after the fake's current ones
 * @param loginTokenKeys login token keys given offline: a provider name (a {@code Logins} key such as
 *                       {@code cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc} or {@code accounts.google.com})
 *                       to the JSON Web Key Set its tokens are verified with, instead of fetching it
 *                       ({@code {"keys": [{"kty": "RSA", "kid": …, "n": …, "e": …}]}}, e.g. from
 *                       {@code dev.fakecognito.tokens.LoginTokens#jwks()})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record World(
        List<IdentityPool> identityPools, List<Fault> faults, Map<String, Map<String, Object>> loginTokenKeys) {

    /** Never null: absent lists and maps are empty; key sets are copied deeply. */
    @SuppressWarnings("unchecked")
    public World {
        identityPools = Copies.list(identityPools);
        faults = Copies.list(faults);
        Map<String, Map<String, Object>> keys = new java.util.LinkedHashMap<>();
        Copies.map(loginTokenKeys)
                .forEach((provider, jwks) -> keys.put(provider, (Map<String, Object>) Copies.json(jwks)));
        loginTokenKeys = Copies.map(keys);
    }

    /**
     * A world of pools and faults, without login token keys.
     *
     * @param identityPools the pools, in creation order
     * @param faults        faults to inject when the document is seeded
     */
    public World(List<IdentityPool> identityPools, List<Fault> faults) {
        this(identityPools, faults, Map.of());
    }

    /**
     * A world of pools, without faults.
     *
     * @param identityPools the pools, in creation order
     */
    public World(List<IdentityPool> identityPools) {
        this(identityPools, List.of());
    }

    /** The first pool with this name or id, or {@code null}. */
    public IdentityPool pool(String nameOrId) {
        return identityPools.stream()
                .filter(pool -> nameOrId.equals(pool.name()) || nameOrId.equals(pool.id()))
                .findFirst()
                .orElse(null);
    }

    /** The number of identities in all pools. */
    public int identityCount() {
        return identityPools.stream().mapToInt(pool -> pool.identities().size()).sum();
    }

    /**
     * An identity pool. {@code roles} and {@code roleMappings} have the shape of SetIdentityPoolRoles;
     * {@code principalTags} holds one SetPrincipalTagAttributeMap per provider.
     *
     * @param id                             {@code <region>:<uuid>}; generated when absent
     * @param name                           the pool name
     * @param allowUnauthenticatedIdentities whether guests get identities (false when absent)
     * @param allowClassicFlow               absent = never set (classic flow allowed)
     * @param supportedLoginProviders        public providers to app ids
     * @param developerProviderName          the developer provider name
     * @param openIdConnectProviderARNs      IAM OIDC provider ARNs
     * @param cognitoIdentityProviders       user pool app clients
     * @param samlProviderARNs               IAM SAML provider ARNs
     * @param roles                          {@code authenticated}/{@code unauthenticated} to role ARNs
     * @param roleMappings                   provider keys to role mappings
     * @param principalTags                  provider names to principal-tag attribute maps
     * @param tags                           the pool's tags
     * @param identities                     the pool's identities, in creation order
     * @param merges                         merges that happened, oldest first
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "name", "allowUnauthenticatedIdentities", "allowClassicFlow"})
    public record IdentityPool(
            String id,
            String name,
            Boolean allowUnauthenticatedIdentities,
            Boolean allowClassicFlow,
            Map<String, String> supportedLoginProviders,
            String developerProviderName,
            @JsonProperty("openIdConnectProviderARNs") List<String> openIdConnectProviderARNs,
            List<CognitoIdentityProvider> cognitoIdentityProviders,
            @JsonProperty("samlProviderARNs") List<String> samlProviderARNs,
            Map<String, String> roles,
            Map<String, RoleMapping> roleMappings,
            Map<String, PrincipalTags> principalTags,
            Map<String, String> tags,
            List<Identity> identities,
            List<Merge> merges) {

        /** Absent collections are empty; present ones are copied. */
        public IdentityPool {
            supportedLoginProviders = Copies.map(supportedLoginProviders);
            openIdConnectProviderARNs = Copies.list(openIdConnectProviderARNs);
            cognitoIdentityProviders = Copies.list(cognitoIdentityProviders);
            samlProviderARNs = Copies.list(samlProviderARNs);
            roles = Copies.map(roles);
            roleMappings = Copies.map(roleMappings);
            principalTags = Copies.map(principalTags);
            tags = Copies.map(tags);
            identities = Copies.list(identities);
            merges = Copies.list(merges);
        }

        /** The identity with this id, or {@code null}. */
        public Identity identity(String identityId) {
            return identities.stream()
                    .filter(identity -> identityId.equals(identity.id()))
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * An identity of a pool.
     *
     * @param id                       {@code <region>:<uuid>}; generated when absent
     * @param logins                   public-provider logins: provider to user (a JWT's {@code sub}, or
     *                                 the opaque token's user, e.g. a Facebook user)
     * @param developerUserIdentifiers developer user ids under the pool's developer provider
     * @param disabled                 merged into another identity or left without logins (false when absent)
     * @param mergedInto               the identity it was merged into
     * @param creationDate             when it was created (now when absent)
     * @param lastModifiedDate         when its logins last changed (the creation date when absent)
     * @param lastRole                 the role GetCredentialsForIdentity last chose for it
     * @param sessionTags              the session tags (principal tags) that GetCredentialsForIdentity last
     *                                 passed on with that role: tag key to value; empty when it passed none
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "logins", "developerUserIdentifiers"})
    public record Identity(
            String id,
            Map<String, String> logins,
            List<String> developerUserIdentifiers,
            Boolean disabled,
            String mergedInto,
            Instant creationDate,
            Instant lastModifiedDate,
            String lastRole,
            Map<String, String> sessionTags) {

        /** Absent collections are empty. */
        public Identity {
            logins = Copies.map(logins);
            developerUserIdentifiers = Copies.list(developerUserIdentifiers);
            sessionTags = Copies.map(sessionTags);
        }
    }

    /**
     * A merge that happened: the source identity was disabled and its logins moved to the destination.
     *
     * @param source      the merged (now disabled) identity
     * @param destination the surviving identity
     * @param mergedAt    when
     * @param operation   the API call that caused it, e.g. {@code GetId} or {@code MergeDeveloperIdentities}
     */
    public record Merge(String source, String destination, Instant mergedAt, String operation) {}

    /**
     * A user pool app client configured on a pool.
     *
     * @param providerName         {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}
     * @param clientId             the app client id
     * @param serverSideTokenCheck false when absent
     */
    public record CognitoIdentityProvider(String providerName, String clientId, Boolean serverSideTokenCheck) {}

    /**
     * A role mapping, as in SetIdentityPoolRoles (the rules inline instead of under {@code rulesConfiguration}).
     *
     * @param type                    {@code Token} or {@code Rules}
     * @param ambiguousRoleResolution {@code AuthenticatedRole} or {@code Deny}
     * @param rules                   the rules of a {@code Rules} mapping
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RoleMapping(String type, String ambiguousRoleResolution, List<MappingRule> rules) {

        /** An absent rule list is empty. */
        public RoleMapping {
            rules = Copies.list(rules);
        }
    }

    /**
     * One rule of a {@code Rules} role mapping.
     *
     * @param claim     the claim name
     * @param matchType {@code Equals}, {@code Contains}, {@code StartsWith} or {@code NotEqual}
     * @param value     the value compared
     * @param roleARN   the role granted
     */
    public record MappingRule(String claim, String matchType, String value, String roleARN) {}

    /**
     * The principal-tag attribute map of one provider, as in SetPrincipalTagAttributeMap.
     *
     * @param useDefaults   whether the provider's default mappings apply (false when absent)
     * @param principalTags tag names to claim names
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PrincipalTags(Boolean useDefaults, Map<String, String> principalTags) {

        /** An absent map is empty. */
        public PrincipalTags {
            principalTags = Copies.map(principalTags);
        }
    }
}
