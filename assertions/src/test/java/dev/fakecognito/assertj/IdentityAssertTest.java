package dev.fakecognito.assertj;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Scenario.AMAZON;
import static dev.fakecognito.assertj.Scenario.AUTH_ROLE;
import static dev.fakecognito.assertj.Scenario.DEVELOPER;
import static dev.fakecognito.assertj.Scenario.FACEBOOK;
import static dev.fakecognito.assertj.Scenario.UNAUTH_ROLE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentityAssertTest extends ScenarioTestBase {

    @Test
    void passesOnLoginsMergesAndRoles() {
        assertThat(s.fake)
                .identity(s.alice)
                .hasLogins(AMAZON, FACEBOOK)
                .hasLogin(FACEBOOK, "alice")
                .hasLogin(AMAZON, "zed")
                .isEnabled()
                .isAuthenticated()
                .hasLastRole(AUTH_ROLE);
        assertThat(s.fake)
                .identity(s.bob)
                .hasLogins(DEVELOPER)
                .hasLogin(DEVELOPER, "carol")
                .isLinkedToDeveloperUser("bob")
                .isLinkedToDeveloperUser("carol");
        assertThat(s.fake).identity(s.guest).hasNoLogins().isUnauthenticated().hasLastRole(UNAUTH_ROLE);
        assertThat(s.fake).identity(s.zed).isDisabled().wasMergedInto(s.alice).hasNoLogins();
        assertThat(s.fake).identity(s.carol).isDisabled().wasMergedInto(s.bob);
    }

    @Test
    void hasLoginsShowsTheActualLogins() {
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.alice).hasLogins(FACEBOOK, "accounts.google.com"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting identity " + s.alice + " of pool MobileApp (" + s.poolId + ")"
                        + " to have logins of exactly [graph.facebook.com, accounts.google.com]")
                .hasMessageContaining("but it has: graph.facebook.com: alice, www.amazon.com: zed")
                .hasMessageContaining("missing: [accounts.google.com]")
                .hasMessageContaining("unexpected: [www.amazon.com]");
    }

    @Test
    void hasLoginShowsTheActualLogins() {
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.alice).hasLogin(FACEBOOK, "zed"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have the login graph.facebook.com: zed")
                .hasMessageContaining("but it has: graph.facebook.com: alice, www.amazon.com: zed");
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.bob).hasLogin(DEVELOPER, "dave"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it has: login.example.app (developer): [bob, carol]");
    }

    @Test
    void hasNoLoginsShowsTheLogins() {
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.bob).hasNoLogins())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have no logins\nbut it has: login.example.app (developer): [bob, carol]");
    }

    @Test
    void isLinkedToDeveloperUserShowsTheDeveloperUsers() {
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.bob).isLinkedToDeveloperUser("dave"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be linked to developer user dave\nbut its developer users are [bob, carol]");
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.alice).isLinkedToDeveloperUser("bob"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but its developer users are []; its logins: graph.facebook.com: alice");
    }

    @Test
    void isDisabledAndIsEnabledExplain() {
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.alice).isDisabled())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be disabled but it is enabled; its logins: graph.facebook.com: alice");
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.zed).isEnabled())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting identity " + s.zed + " of pool MobileApp (" + s.poolId
                        + ") to be enabled but it is disabled (merged into " + s.alice + ")");
    }

    @Test
    void wasMergedIntoShowsTheActualMerge() {
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.zed).wasMergedInto(s.bob))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have been merged into " + s.bob + " but it was merged into " + s.alice);
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.alice).wasMergedInto(s.zed))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it was never merged; its logins: graph.facebook.com: alice");
    }

    @Test
    void hasLastRoleShowsTheChosenRoleAndThePoolsRoles() {
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.alice).hasLastRole(UNAUTH_ROLE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting GetCredentialsForIdentity to have last chosen role " + UNAUTH_ROLE)
                .hasMessageContaining("but it last chose " + AUTH_ROLE)
                .hasMessageContaining("the pool's roles: {");
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.bob).hasLastRole(AUTH_ROLE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it never gave the identity credentials");
    }

    @Test
    void isAuthenticatedAndIsUnauthenticatedShowTheLogins() {
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.guest).isAuthenticated())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting identity " + s.guest + " of pool MobileApp (" + s.poolId
                        + ") to be authenticated but it has no logins (a guest)");
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.alice).isUnauthenticated())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "to be unauthenticated but it has logins: graph.facebook.com: alice, www.amazon.com: zed");
    }

    @Test
    void hasSessionTagPassesOnTheTagsOfTheLastCredentials() {
        assertThat(s.fake).identity(s.alice).hasSessionTag("user", "alice");
        assertThat(s.fake).identity(s.guest).hasNoSessionTags();
    }

    @Test
    void hasSessionTagShowsTheTagsPassedTheLoginsAndThePoolsMaps() {
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.alice).hasSessionTag("user", "zed"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting GetCredentialsForIdentity to have last passed the session tag user=zed"
                        + " for identity " + s.alice)
                .hasMessageContaining("but it passed {user=alice}")
                .hasMessageContaining("its logins: graph.facebook.com: alice, www.amazon.com: zed")
                .hasMessageContaining("the pool's principal-tag maps: graph.facebook.com {user=sub}");
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.guest).hasSessionTag("user", "alice"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it passed no session tags");
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.zed).hasSessionTag("user", "zed"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it never gave the identity credentials");
    }

    @Test
    void hasNoSessionTagsShowsTheTagsPassed() {
        assertThatThrownBy(() -> assertThat(s.fake).identity(s.alice).hasNoSessionTags())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "to have had no session tags but GetCredentialsForIdentity last passed {user=alice}");
    }
}
