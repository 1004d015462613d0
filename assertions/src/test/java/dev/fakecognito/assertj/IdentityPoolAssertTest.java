package dev.fakecognito.assertj;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Scenario.AUTH_ROLE;
import static dev.fakecognito.assertj.Scenario.UNAUTH_ROLE;
import static dev.fakecognito.assertj.Scenario.USER_POOL_KEY;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityPoolAssertTest extends ScenarioTestBase {

    @Test
    void passesOnThePoolsConfiguration() {
        assertThat(s.fake)
                .identityPool("MobileApp")
                .hasIdentityCount(5)
                .hasTag("env", "test")
                .hasTags(Map.of("env", "test", "team", "identity"))
                .hasAuthenticatedRole(AUTH_ROLE)
                .hasUnauthenticatedRole(UNAUTH_ROLE)
                .allowsUnauthenticatedIdentities()
                .hasDeveloperProviderName("login.example.app")
                .hasSupportedLoginProvider("graph.facebook.com")
                .hasSupportedLoginProvider("www.amazon.com", "amzn1.application.app");
        assertThat(s.fake)
                .identityPool(s.adminPoolId)
                .hasIdentityCount(0)
                .hasRoleMappingFor(USER_POOL_KEY)
                .doesNotAllowUnauthenticatedIdentities();
    }

    @Test
    void hasIdentityCountShowsTheIdentities() {
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("MobileApp").hasIdentityCount(2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting pool MobileApp (" + s.poolId + ") to have 2 identity(ies) but it has 5:")
                .hasMessageContaining(s.alice + ": graph.facebook.com: alice, www.amazon.com: zed")
                .hasMessageContaining(s.guest + ": no logins (a guest)")
                .hasMessageContaining(s.zed + ": no logins (a guest) [disabled, merged into " + s.alice + "]");
    }

    @Test
    void hasTagShowsTheTags() {
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("MobileApp").hasTag("env", "prod"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have tag env=prod but its value is test. Its tags: {");
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("MobileApp").hasTag("owner", "me"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("it has no tag owner")
                .hasMessageContaining("env=test");
    }

    @Test
    void hasTagsShowsTheTags() {
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("MobileApp").hasTags(Map.of("env", "test")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have exactly the tags {env=test} but it has {")
                .hasMessageContaining("team=identity");
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("AdminConsole").hasTags(Map.of("env", "test")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it has (none)");
    }

    @Test
    void roleAssertionsShowTheRoles() {
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("MobileApp").hasAuthenticatedRole(UNAUTH_ROLE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have the authenticated role " + UNAUTH_ROLE + " but it is " + AUTH_ROLE)
                .hasMessageContaining("Its roles: {");
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("AdminConsole").hasUnauthenticatedRole(UNAUTH_ROLE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have the unauthenticated role " + UNAUTH_ROLE + " but it has none")
                .hasMessageContaining("Its roles: {authenticated=arn:aws:iam::123456789012:role/Admin}");
    }

    @Test
    void hasRoleMappingForShowsTheMappedProviders() {
        assertThatThrownBy(
                        () -> assertThat(s.fake).identityPool("AdminConsole").hasRoleMappingFor("graph.facebook.com"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "to have a role mapping for graph.facebook.com but it has role mappings only for ["
                                + USER_POOL_KEY + "]");
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("MobileApp").hasRoleMappingFor(USER_POOL_KEY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it has none");
    }

    @Test
    void unauthenticatedIdentitiesAssertionsFail() {
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("AdminConsole").allowsUnauthenticatedIdentities())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting pool AdminConsole (" + s.adminPoolId
                        + ") to allow unauthenticated identities but it does not");
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("MobileApp").doesNotAllowUnauthenticatedIdentities())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not to allow unauthenticated identities but it does");
    }

    @Test
    void hasDeveloperProviderNameShowsTheName() {
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("MobileApp").hasDeveloperProviderName("other.app"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have the developer provider name other.app but it is login.example.app");
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("AdminConsole").hasDeveloperProviderName("other.app"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it has none");
    }

    @Test
    void hasSupportedLoginProviderShowsTheProviders() {
        assertThatThrownBy(() ->
                        assertThat(s.fake).identityPool("MobileApp").hasSupportedLoginProvider("accounts.google.com"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "to support the login provider accounts.google.com but its supported login providers are {")
                .hasMessageContaining("graph.facebook.com=1234567890");
        assertThatThrownBy(() -> assertThat(s.fake)
                        .identityPool("MobileApp")
                        .hasSupportedLoginProvider("graph.facebook.com", "999"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to support the login provider graph.facebook.com with app id 999 but")
                .hasMessageContaining("graph.facebook.com=1234567890");
    }

    @Test
    void describedAsPrefixesTheMessage() {
        assertThatThrownBy(() -> assertThat(s.fake)
                        .identityPool("MobileApp")
                        .as("after sign-up")
                        .hasIdentityCount(0))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[after sign-up] Expecting pool MobileApp");
    }
}
