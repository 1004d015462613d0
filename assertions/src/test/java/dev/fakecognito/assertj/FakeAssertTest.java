package dev.fakecognito.assertj;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Scenario.DEVELOPER;
import static dev.fakecognito.assertj.Scenario.FACEBOOK;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.Test;

class FakeAssertTest extends ScenarioTestBase {

    @Test
    void hasIdentityPoolCount() {
        assertThat(s.fake).hasIdentityPoolCount(2);
        assertThatThrownBy(() -> assertThat(s.fake).hasIdentityPoolCount(3))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the fake to have 3 identity pool(s) but it has 2:")
                .hasMessageContaining(
                        "  pool MobileApp (" + s.poolId + ")\n  pool AdminConsole (" + s.adminPoolId + ")");
    }

    @Test
    void identityPoolByNameOrId() {
        assertThat(s.fake).identityPool("MobileApp").hasDeveloperProviderName(DEVELOPER);
        assertThat(s.fake).identityPool(s.poolId).hasDeveloperProviderName(DEVELOPER);
        assertThatThrownBy(() -> assertThat(s.fake).identityPool("WebApp"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting an identity pool with id or name \"WebApp\" but there is none. Pools:\n")
                .hasMessageContaining("pool MobileApp (" + s.poolId + ")");
    }

    @Test
    void identityPoolByANameSeveralPoolsHave() {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            fake.seed(Fixtures.fromString("identityPools: [ {name: Twin}, {name: Twin} ]"));
            assertThatThrownBy(() -> assertThat(fake).identityPool("Twin"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(
                            "Expecting one identity pool named \"Twin\" but there are 2 (name the pool by its id):")
                    .hasMessageContaining("pool Twin ("
                            + fake.snapshot().identityPools().get(1).id() + ")");
        }
    }

    @Test
    void identityById() {
        assertThat(s.fake).identity(s.alice).hasLogin(FACEBOOK, "alice");
        assertThatThrownBy(() -> assertThat(s.fake).identity("us-east-1:00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting an identity with id \"us-east-1:00000000-0000-0000-0000-000000000000\" but there is none. Identities:")
                .hasMessageContaining(
                        "pool MobileApp (" + s.poolId + "):\n    " + s.alice + ": graph.facebook.com: alice")
                .hasMessageContaining("pool AdminConsole (" + s.adminPoolId + "):\n    (no identities)");
    }

    @Test
    void identityWithLogin() {
        assertThat(s.fake).identityWithLogin(FACEBOOK, "alice").hasLastRole(Scenario.AUTH_ROLE);
        assertThat(s.fake).identityWithLogin(DEVELOPER, "carol").isLinkedToDeveloperUser("bob");
        assertThatThrownBy(() -> assertThat(s.fake).identityWithLogin(FACEBOOK, "mallory"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting an identity with login graph.facebook.com: mallory but there is none. Identities by pool:")
                .hasMessageContaining(s.alice + ": graph.facebook.com: alice, www.amazon.com: zed")
                .hasMessageContaining(s.bob + ": login.example.app (developer): [bob, carol]");
    }

    @Test
    void identityWithALoginIdentitiesOfSeveralPoolsHave() {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            fake.seed(Fixtures.fromString("""
                    identityPools:
                      - name: A
                        supportedLoginProviders: { graph.facebook.com: "1" }
                        identities: [ { logins: { graph.facebook.com: alice } } ]
                      - name: B
                        supportedLoginProviders: { graph.facebook.com: "1" }
                        identities: [ { logins: { graph.facebook.com: alice } } ]
                    """));
            assertThatThrownBy(() -> assertThat(fake).identityWithLogin(FACEBOOK, "alice"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting one identity with login graph.facebook.com: alice but 2 have it")
                    .hasMessageContaining("of pool A (")
                    .hasMessageContaining("of pool B (");
        }
    }

    @Test
    void identityOfDeveloperUser() {
        assertThat(s.fake).identityOfDeveloperUser("bob").isLinkedToDeveloperUser("carol");
        assertThatThrownBy(() -> assertThat(s.fake).identityOfDeveloperUser("dave"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting an identity with login developer user dave but there is none.")
                .hasMessageContaining(s.bob + ": login.example.app (developer): [bob, carol]");
    }

    @Test
    void hasMergeFrom() {
        assertThat(s.fake).hasMergeFrom(s.zed).into(s.alice).viaOperation("GetId");
        assertThat(s.fake).hasMergeFrom(s.carol).into(s.bob).viaOperation("MergeDeveloperIdentities");
        assertThatThrownBy(() -> assertThat(s.fake).hasMergeFrom(s.alice))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting identity " + s.alice + " to have been merged into another but it never was. Merges:")
                .hasMessageContaining(s.zed + " -> " + s.alice + " (GetId at ")
                .hasMessageContaining(s.carol + " -> " + s.bob + " (MergeDeveloperIdentities at ");
    }

    @Test
    void mergeIntoAndViaOperation() {
        assertThatThrownBy(() -> assertThat(s.fake).hasMergeFrom(s.zed).into(s.bob))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting identity " + s.zed + " to have been merged into " + s.bob
                        + " but it was merged into " + s.alice)
                .hasMessageContaining(s.alice + ": graph.facebook.com: alice");
        assertThatThrownBy(() -> assertThat(s.fake).hasMergeFrom(s.zed).viaOperation("MergeDeveloperIdentities"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have been made by MergeDeveloperIdentities but it was made by GetId");
    }

    @Test
    void navigationReadsTheStateOfThatMoment() {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start();
                var cognito = Scenario.client(fake)) {
            String poolId = fake.seed(Fixtures.fromString(
                            "identityPools: [ {name: Live, allowUnauthenticatedIdentities: true} ]"))
                    .identityPools()
                    .get(0)
                    .id();
            FakeAssert onFake = assertThat(fake);
            IdentityPoolAssert before = onFake.identityPool("Live");
            cognito.getId(b -> b.identityPoolId(poolId));
            before.hasIdentityCount(0);
            onFake.identityPool("Live").hasIdentityCount(1);
            onFake.receivedRequests().contains(Requests.getId(poolId));
        }
    }

    @Test
    void failsOnANullFake() {
        assertThatThrownBy(() -> assertThat((FakeCognitoIdentity) null).identity("x"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> new IdentityAssert(null).hasNoLogins())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }
}
