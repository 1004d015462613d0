package dev.fakecognito.assertj;

import dev.fakecognito.model.World;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Assertions on an identity: its logins, developer users, merge, state, last role and session tags. Reached through
 * {@link FakeAssert#identity(String)}, {@link FakeAssert#identityWithLogin(String, String)} or
 * {@link FakeAssert#identityOfDeveloperUser(String)}; failure messages show the identity's actual logins.
 *
 * <p>The identity's login providers are those of its public logins plus, when it has developer users,
 * the pool's developer provider name, as DescribeIdentity lists them.
 */
public class IdentityAssert extends AbstractCognitoAssert<IdentityAssert, World.Identity> {
    private World.IdentityPool pool;

    /**
     * Assertions on an identity of a snapshot; prefer {@code assertThat(fake).identity(identityId)}.
     *
     * @param actual the identity
     */
    public IdentityAssert(World.Identity actual) {
        super(actual, IdentityAssert.class);
    }

    IdentityAssert in(World.IdentityPool pool) {
        this.pool = pool;
        return myself;
    }

    private String identity() {
        return Describe.identity(actual, pool);
    }

    private String logins() {
        return Describe.logins(actual, pool);
    }

    /**
     * Checks that the identity is logged in with exactly these providers, in any order.
     *
     * @param providers the providers, e.g. {@code graph.facebook.com} or the pool's developer provider name
     * @return this
     */
    public IdentityAssert hasLogins(String... providers) {
        Set<String> expected = new LinkedHashSet<>(Arrays.asList(providers));
        return check(() -> Describe.loginProviders(actual, pool).equals(expected), () -> {
            Set<String> found = Describe.loginProviders(actual, pool);
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(found);
            List<String> unexpected = new ArrayList<>(found);
            unexpected.removeAll(expected);
            return "Expecting " + identity() + " to have logins of exactly " + expected + "\nbut it has: " + logins()
                    + (missing.isEmpty() ? "" : "\nmissing: " + missing)
                    + (unexpected.isEmpty() ? "" : "\nunexpected: " + unexpected);
        });
    }

    /**
     * Checks that the identity is logged in with this provider as this user. For the pool's developer
     * provider name the user is a developer user identifier.
     *
     * @param provider the login provider
     * @param user     the user (a JWT's {@code sub}, or the opaque token, e.g. a Facebook user)
     * @return this
     */
    public IdentityAssert hasLogin(String provider, String user) {
        return check(
                () -> user.equals(actual.logins().get(provider))
                        || pool != null
                                && provider.equals(pool.developerProviderName())
                                && actual.developerUserIdentifiers().contains(user),
                () -> "Expecting " + identity() + " to have the login " + provider + ": " + user + "\nbut it has: "
                        + logins());
    }

    /**
     * Checks that the identity has no login at all: no public login and no developer user (a guest, or
     * an identity whose logins were unlinked or merged away).
     *
     * @return this
     */
    public IdentityAssert hasNoLogins() {
        return check(
                () -> actual.logins().isEmpty()
                        && actual.developerUserIdentifiers().isEmpty(),
                () -> "Expecting " + identity() + " to have no logins\nbut it has: " + logins());
    }

    /**
     * Checks that this developer user identifier is linked to the identity.
     *
     * @param developerUserIdentifier the developer user
     * @return this
     */
    public IdentityAssert isLinkedToDeveloperUser(String developerUserIdentifier) {
        return check(
                () -> actual.developerUserIdentifiers().contains(developerUserIdentifier),
                () -> "Expecting " + identity() + " to be linked to developer user " + developerUserIdentifier
                        + "\nbut its developer users are " + actual.developerUserIdentifiers() + "; its logins: "
                        + logins());
    }

    /**
     * Checks that the identity is disabled (merged into another, or left without logins by an unlink).
     *
     * @return this
     */
    public IdentityAssert isDisabled() {
        return check(
                () -> Boolean.TRUE.equals(actual.disabled()),
                () -> "Expecting " + identity() + " to be disabled but it is enabled; its logins: " + logins());
    }

    /**
     * Checks that the identity is enabled.
     *
     * @return this
     */
    public IdentityAssert isEnabled() {
        return check(
                () -> !Boolean.TRUE.equals(actual.disabled()),
                () -> "Expecting " + identity() + " to be enabled but it is disabled"
                        + (actual.mergedInto() == null
                                ? " (left without logins)"
                                : " (merged into " + actual.mergedInto() + ")"));
    }

    /**
     * Checks that the identity was merged into this one (which survived and took its logins).
     *
     * @param destinationIdentityId the surviving identity
     * @return this
     */
    public IdentityAssert wasMergedInto(String destinationIdentityId) {
        return check(
                () -> Objects.equals(actual.mergedInto(), destinationIdentityId),
                () -> "Expecting " + identity() + " to have been merged into " + destinationIdentityId + " but "
                        + (actual.mergedInto() == null
                                ? "it was never merged; its logins: " + logins()
                                : "it was merged into " + actual.mergedInto()));
    }

    /**
     * Checks the role GetCredentialsForIdentity last chose for the identity.
     *
     * @param roleArn the expected role ARN
     * @return this
     */
    public IdentityAssert hasLastRole(String roleArn) {
        return check(
                () -> Objects.equals(actual.lastRole(), roleArn),
                () -> "Expecting GetCredentialsForIdentity to have last chosen role " + roleArn + " for " + identity()
                        + " but "
                        + (actual.lastRole() == null
                                ? "it never gave the identity credentials"
                                : "it last chose " + actual.lastRole())
                        + "\nits logins: " + logins()
                        + (pool == null
                                ? ""
                                : "\nthe pool's roles: " + Describe.map(pool.roles())
                                        + (pool.roleMappings().isEmpty()
                                                ? ""
                                                : ", role mappings for "
                                                        + pool.roleMappings().keySet())));
    }

    /**
     * Checks a session tag that GetCredentialsForIdentity last passed to STS with the identity's role: a
     * principal tag of the identity's login (from the provider's principal-tag attribute map) or of the
     * developer token it used.
     *
     * @param key   the tag key, e.g. {@code department}, as in {@code aws:PrincipalTag/department}
     * @param value the expected value (several values of a claim are joined by commas)
     * @return this
     */
    public IdentityAssert hasSessionTag(String key, String value) {
        return check(
                () -> Objects.equals(actual.sessionTags().get(key), value),
                () -> "Expecting GetCredentialsForIdentity to have last passed the session tag " + key + "=" + value
                        + " for " + identity() + " but "
                        + (actual.lastRole() == null
                                ? "it never gave the identity credentials"
                                : actual.sessionTags().isEmpty()
                                        ? "it passed no session tags"
                                        : "it passed " + Describe.map(actual.sessionTags()))
                        + "\nits logins: " + logins()
                        + (pool == null ? "" : "\nthe pool's principal-tag maps: " + Describe.principalTagMaps(pool)));
    }

    /**
     * Checks that GetCredentialsForIdentity last passed no session tag with the identity's role (or never
     * gave it credentials).
     *
     * @return this
     */
    public IdentityAssert hasNoSessionTags() {
        return check(
                () -> actual.sessionTags().isEmpty(),
                () -> "Expecting " + identity() + " to have had no session tags but GetCredentialsForIdentity last"
                        + " passed " + Describe.map(actual.sessionTags()));
    }

    /**
     * Checks that the identity is authenticated: it has at least one login or developer user.
     *
     * @return this
     */
    public IdentityAssert isAuthenticated() {
        return check(
                () -> !Describe.loginProviders(actual, pool).isEmpty(),
                () -> "Expecting " + identity() + " to be authenticated but it has no logins"
                        + (actual.mergedInto() == null ? " (a guest)" : " (merged into " + actual.mergedInto() + ")"));
    }

    /**
     * Checks that the identity is unauthenticated: a guest, with no login and no developer user.
     *
     * @return this
     */
    public IdentityAssert isUnauthenticated() {
        return check(
                () -> Describe.loginProviders(actual, pool).isEmpty(),
                () -> "Expecting " + identity() + " to be unauthenticated but it has logins: " + logins());
    }
}
