package dev.fakecognito.assertj;

import dev.fakecognito.model.World;
import java.util.Map;
import java.util.Objects;

/**
 * Assertions on an identity pool: its configuration, roles, tags and number of identities. Reached
 * through {@link FakeAssert#identityPool(String)}; failure messages show the pool's actual values.
 */
public class IdentityPoolAssert extends AbstractCognitoAssert<IdentityPoolAssert, World.IdentityPool> {
    /**
     * Assertions on a pool of a snapshot; prefer {@code assertThat(fake).identityPool(nameOrId)}.
     *
     * @param actual the pool
     */
    public IdentityPoolAssert(World.IdentityPool actual) {
        super(actual, IdentityPoolAssert.class);
    }

    /**
     * Checks the number of identities of the pool (disabled ones, e.g. merged away, included).
     *
     * @param expected the expected number
     * @return this
     */
    public IdentityPoolAssert hasIdentityCount(int expected) {
        return check(
                () -> actual.identities().size() == expected,
                () -> "Expecting " + Describe.pool(actual) + " to have " + expected + " identity(ies) but it has "
                        + actual.identities().size() + ":\n" + Describe.identities(actual, "  "));
    }

    /**
     * Checks the region the pool belongs to (the prefix of its id, and its ARN's).
     *
     * @param region the expected region, e.g. {@code eu-west-1}
     * @return this
     */
    public IdentityPoolAssert isInRegion(String region) {
        return check(
                () -> region.equals(actual.region()),
                () -> "Expecting " + Describe.pool(actual) + " to be in region " + region + " but it is in "
                        + actual.region());
    }

    /**
     * Checks the account the pool belongs to (its ARN's).
     *
     * @param accountId the expected 12-digit account id
     * @return this
     */
    public IdentityPoolAssert isInAccount(String accountId) {
        return check(
                () -> accountId.equals(actual.accountId()),
                () -> "Expecting " + Describe.pool(actual) + " to be in account " + accountId + " but it is in "
                        + actual.accountId());
    }

    /**
     * Checks that the pool has this tag with this value.
     *
     * @param key   the tag key
     * @param value the tag value
     * @return this
     */
    public IdentityPoolAssert hasTag(String key, String value) {
        return check(
                () -> actual.tags().containsKey(key)
                        && Objects.equals(actual.tags().get(key), value),
                () -> "Expecting " + Describe.pool(actual) + " to have tag " + key + "=" + value + " but "
                        + (actual.tags().containsKey(key)
                                ? "its value is " + actual.tags().get(key)
                                : "it has no tag " + key)
                        + ". Its tags: " + Describe.map(actual.tags()));
    }

    /**
     * Checks that the pool has exactly these tags, no more and no fewer.
     *
     * @param expected the tags
     * @return this
     */
    public IdentityPoolAssert hasTags(Map<String, String> expected) {
        return check(
                () -> actual.tags().equals(expected),
                () -> "Expecting " + Describe.pool(actual) + " to have exactly the tags " + Describe.map(expected)
                        + " but it has " + Describe.map(actual.tags()));
    }

    /**
     * Checks the pool's authenticated role (SetIdentityPoolRoles {@code authenticated}).
     *
     * @param roleArn the expected role ARN
     * @return this
     */
    public IdentityPoolAssert hasAuthenticatedRole(String roleArn) {
        return hasRole("authenticated", roleArn);
    }

    /**
     * Checks the pool's unauthenticated (guest) role (SetIdentityPoolRoles {@code unauthenticated}).
     *
     * @param roleArn the expected role ARN
     * @return this
     */
    public IdentityPoolAssert hasUnauthenticatedRole(String roleArn) {
        return hasRole("unauthenticated", roleArn);
    }

    private IdentityPoolAssert hasRole(String kind, String roleArn) {
        return check(
                () -> Objects.equals(actual.roles().get(kind), roleArn),
                () -> "Expecting " + Describe.pool(actual) + " to have the " + kind + " role " + roleArn + " but "
                        + (actual.roles().containsKey(kind)
                                ? "it is " + actual.roles().get(kind)
                                : "it has none")
                        + ". Its roles: " + Describe.map(actual.roles()));
    }

    /**
     * Checks that the pool has a role mapping (Token or Rules) for this provider key.
     *
     * @param providerKey the mapping's key, e.g. {@code cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc:clientId}
     * @return this
     */
    public IdentityPoolAssert hasRoleMappingFor(String providerKey) {
        return check(
                () -> actual.roleMappings().containsKey(providerKey),
                () -> "Expecting " + Describe.pool(actual) + " to have a role mapping for " + providerKey
                        + " but it has "
                        + (actual.roleMappings().isEmpty()
                                ? "none"
                                : "role mappings only for "
                                        + actual.roleMappings().keySet()));
    }

    /**
     * Checks that the pool gives identities to guests ({@code AllowUnauthenticatedIdentities}).
     *
     * @return this
     */
    public IdentityPoolAssert allowsUnauthenticatedIdentities() {
        return check(
                () -> Boolean.TRUE.equals(actual.allowUnauthenticatedIdentities()),
                () -> "Expecting " + Describe.pool(actual) + " to allow unauthenticated identities but it does not");
    }

    /**
     * Checks that the pool refuses guests ({@code AllowUnauthenticatedIdentities} false).
     *
     * @return this
     */
    public IdentityPoolAssert doesNotAllowUnauthenticatedIdentities() {
        return check(
                () -> !Boolean.TRUE.equals(actual.allowUnauthenticatedIdentities()),
                () -> "Expecting " + Describe.pool(actual) + " not to allow unauthenticated identities but it does");
    }

    /**
     * Checks the pool's developer provider name.
     *
     * @param name the expected developer provider name
     * @return this
     */
    public IdentityPoolAssert hasDeveloperProviderName(String name) {
        return check(
                () -> Objects.equals(actual.developerProviderName(), name),
                () -> "Expecting " + Describe.pool(actual) + " to have the developer provider name " + name + " but "
                        + (actual.developerProviderName() == null
                                ? "it has none"
                                : "it is " + actual.developerProviderName()));
    }

    /**
     * Checks that the pool supports this public login provider ({@code SupportedLoginProviders}).
     *
     * @param provider e.g. {@code graph.facebook.com}
     * @return this
     */
    public IdentityPoolAssert hasSupportedLoginProvider(String provider) {
        return check(
                () -> actual.supportedLoginProviders().containsKey(provider),
                () -> "Expecting " + Describe.pool(actual) + " to support the login provider " + provider
                        + " but its supported login providers are " + Describe.map(actual.supportedLoginProviders()));
    }

    /**
     * Checks that the pool supports this public login provider with this app id.
     *
     * @param provider e.g. {@code graph.facebook.com}
     * @param appId    the app id configured for it
     * @return this
     */
    public IdentityPoolAssert hasSupportedLoginProvider(String provider, String appId) {
        return check(
                () -> Objects.equals(actual.supportedLoginProviders().get(provider), appId),
                () -> "Expecting " + Describe.pool(actual) + " to support the login provider " + provider
                        + " with app id " + appId + " but its supported login providers are "
                        + Describe.map(actual.supportedLoginProviders()));
    }
}
