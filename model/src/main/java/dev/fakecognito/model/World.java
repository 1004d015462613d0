package dev.fakecognito.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.fakecognito.model.internal.Copies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole fake world: identity pools with their configuration, identities and merges, and faults to
 * inject. A fixture document describes one ({@code dev.fakecognito.fixtures.Fixtures} reads and writes
 * it as YAML or JSON); a fake's {@code snapshot()} returns the current pools, which seed an equal world
 * (a snapshot holds no faults: a fake lists those with {@code faults()}).
 *
 * <p>Field names are the API's member names in lower camel case. Absent collections are empty, never
 * {@code null}; absent scalars are {@code null} (the fake then applies the API's default).
 *
 * <p>Like faults, {@code loginTokenKeys} and {@code clock} are not state of a pool: a fake that verifies
 * login tokens ({@code verifyLoginTokens}) takes the keys when the document is seeded and drops them on
 * reset, and a document's {@code clock} freezes the fake's clock when it is seeded; a snapshot holds
 * neither.
 *
 * @param identityPools  the pools, in creation order
 * @param faults         faults to inject when the document is seeded, after the fake's current ones
 * @param loginTokenKeys login token keys given offline: a provider name (a {@code Logins} key such as
 *                       {@code cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc} or {@code accounts.google.com})
 *                       to the JSON Web Key Set its tokens are verified with, instead of fetching it
 *                       ({@code {"keys": [{"kty": "RSA", "kid": …, "n": …, "e": …}]}}, e.g. from
 *                       {@code dev.fakecognito.tokens.LoginTokens#jwks()})
 * @param clock          the instant to freeze the fake's clock at when the document is seeded (before its
 *                       pools, so that identities without dates get this one), or {@code null} to leave the
 *                       clock alone
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record World(
        List<IdentityPool> identityPools,
        List<Fault> faults,
        Map<String, Map<String, Object>> loginTokenKeys,
        Instant clock) {

    /** Never null: absent lists and maps are empty; key sets are copied deeply. */
    @SuppressWarnings("unchecked")
    public World {
        identityPools = Copies.list(identityPools);
        faults = Copies.list(faults);
        Map<String, Map<String, Object>> keys = new LinkedHashMap<>();
        Copies.map(loginTokenKeys)
                .forEach((provider, jwks) -> keys.put(provider, (Map<String, Object>) Copies.json(jwks)));
        loginTokenKeys = Copies.map(keys);
    }

    /**
     * A builder of a world, for worlds built in code:
     *
     * <pre>{@code
     * World world = World.builder()
     *         .pool(World.IdentityPool.builder().name("Shop").allowUnauthenticatedIdentities(true)
     *                 .supportedLoginProvider("graph.facebook.com", "1234567890")
     *                 .identity(World.Identity.builder().login("graph.facebook.com", "alice").build())
     *                 .build())
     *         .build();
     * }</pre>
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this world.
     *
     * @return a builder with this world's pools and faults
     */
    public Builder toBuilder() {
        return new Builder()
                .identityPools(identityPools)
                .faults(faults)
                .loginTokenKeys(loginTokenKeys)
                .clock(clock);
    }

    /** Builds a {@link World}; every method returns this builder. */
    public static final class Builder {
        private final List<IdentityPool> identityPools = new ArrayList<>();
        private final List<Fault> faults = new ArrayList<>();
        private final Map<String, Map<String, Object>> loginTokenKeys = new LinkedHashMap<>();
        private Instant clock;

        private Builder() {}

        /**
         * Adds a pool after the others.
         *
         * @param pool the pool
         * @return this builder
         */
        public Builder pool(IdentityPool pool) {
            identityPools.add(Objects.requireNonNull(pool, "pool"));
            return this;
        }

        /**
         * Replaces the pools.
         *
         * @param pools the pools, in creation order
         * @return this builder
         */
        public Builder identityPools(List<IdentityPool> pools) {
            identityPools.clear();
            identityPools.addAll(pools);
            return this;
        }

        /**
         * Adds a fault to inject when the world is seeded, after the others.
         *
         * @param fault the fault
         * @return this builder
         */
        public Builder fault(Fault fault) {
            faults.add(Objects.requireNonNull(fault, "fault"));
            return this;
        }

        /**
         * Replaces the faults.
         *
         * @param faults the faults, in the order they apply
         * @return this builder
         */
        public Builder faults(List<Fault> faults) {
            this.faults.clear();
            this.faults.addAll(faults);
            return this;
        }

        /**
         * Gives the keys one provider's login tokens are verified with.
         *
         * @param provider the provider name, as in {@code Logins}
         * @param jwks     its JSON Web Key Set, e.g. {@code LoginTokens.jwks()}
         * @return this builder
         */
        public Builder loginTokenKeys(String provider, Map<String, Object> jwks) {
            loginTokenKeys.put(Objects.requireNonNull(provider, "provider"), Objects.requireNonNull(jwks, "jwks"));
            return this;
        }

        /**
         * Replaces the login token keys.
         *
         * @param keys provider names to JSON Web Key Sets
         * @return this builder
         */
        public Builder loginTokenKeys(Map<String, Map<String, Object>> keys) {
            loginTokenKeys.clear();
            loginTokenKeys.putAll(keys);
            return this;
        }

        /**
         * Freezes the fake's clock at this instant when the world is seeded.
         *
         * @param instant the instant, or {@code null} to leave the clock alone
         * @return this builder
         */
        public Builder clock(Instant instant) {
            this.clock = instant;
            return this;
        }

        /**
         * Builds the world.
         *
         * @return the world
         */
        public World build() {
            return new World(identityPools, faults, loginTokenKeys, clock);
        }
    }

    /** The first pool with this name or id, or {@code null}. */
    public IdentityPool pool(String nameOrId) {
        return identityPools.stream()
                .filter(pool -> nameOrId.equals(pool.name()) || nameOrId.equals(pool.id()))
                .findFirst()
                .orElse(null);
    }

    /**
     * The pools of one region: a world with only the pools whose {@code region} is this one (a snapshot
     * names every pool's region; in fixtures, a pool without one does not match).
     *
     * @param region the region, e.g. {@code eu-west-1}
     * @return this world with only those pools
     */
    public World inRegion(String region) {
        Objects.requireNonNull(region, "region");
        return toBuilder()
                .identityPools(identityPools.stream()
                        .filter(pool -> region.equals(pool.region()))
                        .toList())
                .build();
    }

    /**
     * The pools of one account: a world with only the pools whose {@code accountId} is this one (a
     * snapshot names every pool's account; in fixtures, a pool without one does not match).
     *
     * @param accountId the 12-digit account id
     * @return this world with only those pools
     */
    public World inAccount(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return toBuilder()
                .identityPools(identityPools.stream()
                        .filter(pool -> accountId.equals(pool.accountId()))
                        .toList())
                .build();
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
    @JsonPropertyOrder({"id", "region", "accountId", "name", "allowUnauthenticatedIdentities", "allowClassicFlow"})
    public record IdentityPool(
            String id,
            String region,
            String accountId,
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

        /**
         * A builder of a pool; what is not given is absent (see the components).
         *
         * @return an empty builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder that starts from this pool.
         *
         * @return a builder with every component of this pool
         */
        public Builder toBuilder() {
            Builder builder = new Builder();
            builder.id = id;
            builder.region = region;
            builder.accountId = accountId;
            builder.name = name;
            builder.allowUnauthenticatedIdentities = allowUnauthenticatedIdentities;
            builder.allowClassicFlow = allowClassicFlow;
            builder.supportedLoginProviders.putAll(supportedLoginProviders);
            builder.developerProviderName = developerProviderName;
            builder.openIdConnectProviderARNs.addAll(openIdConnectProviderARNs);
            builder.cognitoIdentityProviders.addAll(cognitoIdentityProviders);
            builder.samlProviderARNs.addAll(samlProviderARNs);
            builder.roles.putAll(roles);
            builder.roleMappings.putAll(roleMappings);
            builder.principalTags.putAll(principalTags);
            builder.tags.putAll(tags);
            builder.identities.addAll(identities);
            builder.merges.addAll(merges);
            return builder;
        }

        /**
         * Builds an {@link IdentityPool}. A method named like a component sets (or replaces) it; the
         * singular methods add one entry. Every method returns this builder.
         */
        public static final class Builder {
            private String id;
            private String region;
            private String accountId;
            private String name;
            private Boolean allowUnauthenticatedIdentities;
            private Boolean allowClassicFlow;
            private final Map<String, String> supportedLoginProviders = new LinkedHashMap<>();
            private String developerProviderName;
            private final List<String> openIdConnectProviderARNs = new ArrayList<>();
            private final List<CognitoIdentityProvider> cognitoIdentityProviders = new ArrayList<>();
            private final List<String> samlProviderARNs = new ArrayList<>();
            private final Map<String, String> roles = new LinkedHashMap<>();
            private final Map<String, RoleMapping> roleMappings = new LinkedHashMap<>();
            private final Map<String, PrincipalTags> principalTags = new LinkedHashMap<>();
            private final Map<String, String> tags = new LinkedHashMap<>();
            private final List<Identity> identities = new ArrayList<>();
            private final List<Merge> merges = new ArrayList<>();

            private Builder() {}

            /**
             * The pool id, {@code <region>:<uuid>}; generated when absent.
             *
             * @param id the id
             * @return this builder
             */
            public Builder id(String id) {
                this.id = id;
                return this;
            }

            /**
             * The region the pool belongs to, e.g. {@code eu-west-1}; when absent, the region of the id,
             * else the fake's default region.
             *
             * @param region the region
             * @return this builder
             */
            public Builder region(String region) {
                this.region = region;
                return this;
            }

            /**
             * The 12-digit account the pool belongs to; when absent, the fake's default account.
             *
             * @param accountId the account id
             * @return this builder
             */
            public Builder accountId(String accountId) {
                this.accountId = accountId;
                return this;
            }

            /**
             * The pool name.
             *
             * @param name the name
             * @return this builder
             */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /**
             * Whether guests get identities.
             *
             * @param allow true to allow guests
             * @return this builder
             */
            public Builder allowUnauthenticatedIdentities(Boolean allow) {
                this.allowUnauthenticatedIdentities = allow;
                return this;
            }

            /**
             * Whether the basic (classic) flow is allowed; absent means never set (allowed).
             *
             * @param allow the value
             * @return this builder
             */
            public Builder allowClassicFlow(Boolean allow) {
                this.allowClassicFlow = allow;
                return this;
            }

            /**
             * Adds a public provider, e.g. {@code graph.facebook.com} with its app id.
             *
             * @param provider the provider name
             * @param appId    its app id
             * @return this builder
             */
            public Builder supportedLoginProvider(String provider, String appId) {
                supportedLoginProviders.put(provider, appId);
                return this;
            }

            /**
             * Replaces the public providers.
             *
             * @param providers provider names to app ids
             * @return this builder
             */
            public Builder supportedLoginProviders(Map<String, String> providers) {
                supportedLoginProviders.clear();
                supportedLoginProviders.putAll(providers);
                return this;
            }

            /**
             * The developer provider name.
             *
             * @param name the name, e.g. {@code login.example.app}
             * @return this builder
             */
            public Builder developerProviderName(String name) {
                this.developerProviderName = name;
                return this;
            }

            /**
             * Adds an IAM OIDC provider ARN.
             *
             * @param arn the ARN
             * @return this builder
             */
            public Builder openIdConnectProviderARN(String arn) {
                openIdConnectProviderARNs.add(arn);
                return this;
            }

            /**
             * Replaces the IAM OIDC provider ARNs.
             *
             * @param arns the ARNs
             * @return this builder
             */
            public Builder openIdConnectProviderARNs(List<String> arns) {
                openIdConnectProviderARNs.clear();
                openIdConnectProviderARNs.addAll(arns);
                return this;
            }

            /**
             * Adds a user pool app client.
             *
             * @param providerName {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}
             * @param clientId     the app client id
             * @return this builder
             */
            public Builder cognitoIdentityProvider(String providerName, String clientId) {
                return cognitoIdentityProvider(new CognitoIdentityProvider(providerName, clientId, null));
            }

            /**
             * Adds a user pool app client.
             *
             * @param provider the app client
             * @return this builder
             */
            public Builder cognitoIdentityProvider(CognitoIdentityProvider provider) {
                cognitoIdentityProviders.add(provider);
                return this;
            }

            /**
             * Replaces the user pool app clients.
             *
             * @param providers the app clients
             * @return this builder
             */
            public Builder cognitoIdentityProviders(List<CognitoIdentityProvider> providers) {
                cognitoIdentityProviders.clear();
                cognitoIdentityProviders.addAll(providers);
                return this;
            }

            /**
             * Adds an IAM SAML provider ARN.
             *
             * @param arn the ARN
             * @return this builder
             */
            public Builder samlProviderARN(String arn) {
                samlProviderARNs.add(arn);
                return this;
            }

            /**
             * Replaces the IAM SAML provider ARNs.
             *
             * @param arns the ARNs
             * @return this builder
             */
            public Builder samlProviderARNs(List<String> arns) {
                samlProviderARNs.clear();
                samlProviderARNs.addAll(arns);
                return this;
            }

            /**
             * Sets one role.
             *
             * @param type    {@code authenticated} or {@code unauthenticated}
             * @param roleArn the role ARN
             * @return this builder
             */
            public Builder role(String type, String roleArn) {
                roles.put(type, roleArn);
                return this;
            }

            /**
             * Replaces the roles.
             *
             * @param roles {@code authenticated}/{@code unauthenticated} to role ARNs
             * @return this builder
             */
            public Builder roles(Map<String, String> roles) {
                this.roles.clear();
                this.roles.putAll(roles);
                return this;
            }

            /**
             * Sets the role mapping of one provider.
             *
             * @param providerKey the provider key, e.g. {@code graph.facebook.com}
             * @param mapping     the mapping
             * @return this builder
             */
            public Builder roleMapping(String providerKey, RoleMapping mapping) {
                roleMappings.put(providerKey, mapping);
                return this;
            }

            /**
             * Replaces the role mappings.
             *
             * @param mappings provider keys to role mappings
             * @return this builder
             */
            public Builder roleMappings(Map<String, RoleMapping> mappings) {
                roleMappings.clear();
                roleMappings.putAll(mappings);
                return this;
            }

            /**
             * Sets the principal-tag attribute map of one provider.
             *
             * @param providerName the provider name
             * @param tags         its map
             * @return this builder
             */
            public Builder principalTags(String providerName, PrincipalTags tags) {
                principalTags.put(providerName, tags);
                return this;
            }

            /**
             * Replaces the principal-tag attribute maps.
             *
             * @param tags provider names to maps
             * @return this builder
             */
            public Builder principalTags(Map<String, PrincipalTags> tags) {
                principalTags.clear();
                principalTags.putAll(tags);
                return this;
            }

            /**
             * Sets one tag.
             *
             * @param key   the tag key
             * @param value its value
             * @return this builder
             */
            public Builder tag(String key, String value) {
                tags.put(key, value);
                return this;
            }

            /**
             * Replaces the tags.
             *
             * @param tags the tags
             * @return this builder
             */
            public Builder tags(Map<String, String> tags) {
                this.tags.clear();
                this.tags.putAll(tags);
                return this;
            }

            /**
             * Adds an identity after the others.
             *
             * @param identity the identity
             * @return this builder
             */
            public Builder identity(Identity identity) {
                identities.add(Objects.requireNonNull(identity, "identity"));
                return this;
            }

            /**
             * Replaces the identities.
             *
             * @param identities the identities, in creation order
             * @return this builder
             */
            public Builder identities(List<Identity> identities) {
                this.identities.clear();
                this.identities.addAll(identities);
                return this;
            }

            /**
             * Adds a merge after the others.
             *
             * @param merge the merge
             * @return this builder
             */
            public Builder merge(Merge merge) {
                merges.add(Objects.requireNonNull(merge, "merge"));
                return this;
            }

            /**
             * Replaces the merges.
             *
             * @param merges the merges, oldest first
             * @return this builder
             */
            public Builder merges(List<Merge> merges) {
                this.merges.clear();
                this.merges.addAll(merges);
                return this;
            }

            /**
             * Builds the pool.
             *
             * @return the pool
             */
            public IdentityPool build() {
                return new IdentityPool(
                        id,
                        region,
                        accountId,
                        name,
                        allowUnauthenticatedIdentities,
                        allowClassicFlow,
                        supportedLoginProviders,
                        developerProviderName,
                        openIdConnectProviderARNs,
                        cognitoIdentityProviders,
                        samlProviderARNs,
                        roles,
                        roleMappings,
                        principalTags,
                        tags,
                        identities,
                        merges);
            }
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

        /**
         * A builder of an identity; what is not given is absent (see the components).
         *
         * @return an empty builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder that starts from this identity.
         *
         * @return a builder with every component of this identity
         */
        public Builder toBuilder() {
            Builder builder = new Builder();
            builder.id = id;
            builder.logins.putAll(logins);
            builder.developerUserIdentifiers.addAll(developerUserIdentifiers);
            builder.disabled = disabled;
            builder.mergedInto = mergedInto;
            builder.creationDate = creationDate;
            builder.lastModifiedDate = lastModifiedDate;
            builder.lastRole = lastRole;
            builder.sessionTags.putAll(sessionTags);
            return builder;
        }

        /**
         * Builds an {@link Identity}. A method named like a component sets (or replaces) it; the singular
         * methods add one entry. Every method returns this builder.
         */
        public static final class Builder {
            private String id;
            private final Map<String, String> logins = new LinkedHashMap<>();
            private final List<String> developerUserIdentifiers = new ArrayList<>();
            private Boolean disabled;
            private String mergedInto;
            private Instant creationDate;
            private Instant lastModifiedDate;
            private String lastRole;
            private final Map<String, String> sessionTags = new LinkedHashMap<>();

            private Builder() {}

            /**
             * The identity id, {@code <region>:<uuid>}; generated when absent.
             *
             * @param id the id
             * @return this builder
             */
            public Builder id(String id) {
                this.id = id;
                return this;
            }

            /**
             * Adds a public-provider login.
             *
             * @param provider the provider, e.g. {@code graph.facebook.com}
             * @param user     the user (a JWT's {@code sub}, or the opaque token's user)
             * @return this builder
             */
            public Builder login(String provider, String user) {
                logins.put(provider, user);
                return this;
            }

            /**
             * Replaces the logins.
             *
             * @param logins providers to users
             * @return this builder
             */
            public Builder logins(Map<String, String> logins) {
                this.logins.clear();
                this.logins.putAll(logins);
                return this;
            }

            /**
             * Adds a developer user id under the pool's developer provider.
             *
             * @param developerUserIdentifier the developer user id
             * @return this builder
             */
            public Builder developerUserIdentifier(String developerUserIdentifier) {
                developerUserIdentifiers.add(developerUserIdentifier);
                return this;
            }

            /**
             * Replaces the developer user ids.
             *
             * @param developerUserIdentifiers the developer user ids
             * @return this builder
             */
            public Builder developerUserIdentifiers(List<String> developerUserIdentifiers) {
                this.developerUserIdentifiers.clear();
                this.developerUserIdentifiers.addAll(developerUserIdentifiers);
                return this;
            }

            /**
             * Whether the identity is disabled (merged into another, or left without logins).
             *
             * @param disabled the value
             * @return this builder
             */
            public Builder disabled(Boolean disabled) {
                this.disabled = disabled;
                return this;
            }

            /**
             * The identity it was merged into.
             *
             * @param identityId the surviving identity
             * @return this builder
             */
            public Builder mergedInto(String identityId) {
                this.mergedInto = identityId;
                return this;
            }

            /**
             * When it was created; now when absent.
             *
             * @param creationDate the instant
             * @return this builder
             */
            public Builder creationDate(Instant creationDate) {
                this.creationDate = creationDate;
                return this;
            }

            /**
             * When its logins last changed; the creation date when absent.
             *
             * @param lastModifiedDate the instant
             * @return this builder
             */
            public Builder lastModifiedDate(Instant lastModifiedDate) {
                this.lastModifiedDate = lastModifiedDate;
                return this;
            }

            /**
             * The role GetCredentialsForIdentity last chose for it.
             *
             * @param roleArn the role ARN
             * @return this builder
             */
            public Builder lastRole(String roleArn) {
                this.lastRole = roleArn;
                return this;
            }

            /**
             * Sets one session tag passed on with the last role.
             *
             * @param key   the tag key
             * @param value its value
             * @return this builder
             */
            public Builder sessionTag(String key, String value) {
                sessionTags.put(key, value);
                return this;
            }

            /**
             * Replaces the session tags.
             *
             * @param sessionTags tag keys to values
             * @return this builder
             */
            public Builder sessionTags(Map<String, String> sessionTags) {
                this.sessionTags.clear();
                this.sessionTags.putAll(sessionTags);
                return this;
            }

            /**
             * Builds the identity.
             *
             * @return the identity
             */
            public Identity build() {
                return new Identity(
                        id,
                        logins,
                        developerUserIdentifiers,
                        disabled,
                        mergedInto,
                        creationDate,
                        lastModifiedDate,
                        lastRole,
                        sessionTags);
            }
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
