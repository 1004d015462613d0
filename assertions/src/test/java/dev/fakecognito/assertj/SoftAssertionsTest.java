package dev.fakecognito.assertj;

import static dev.fakecognito.assertj.Scenario.FACEBOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.assertj.core.api.SoftAssertionsProvider;
import org.junit.jupiter.api.Test;

class SoftAssertionsTest extends ScenarioTestBase {

    @Test
    void collectsSeveralFailuresAndReportsThemTogether() {
        CognitoIdentitySoftAssertions softly = new CognitoIdentitySoftAssertions();
        softly.assertThat(s.fake).hasIdentityPoolCount(5);
        softly.assertThat(s.fake).identityPool("MobileApp").hasIdentityCount(1).hasTag("env", "prod");
        softly.assertThat(s.fake).identity(s.alice).hasLogins(FACEBOOK).isDisabled();
        softly.assertThat(s.fake)
                .identityWithLogin(FACEBOOK, "mallory")
                .hasLogin(FACEBOOK, "mallory")
                .isEnabled();
        softly.assertThat(s.fake).hasMergeFrom(s.zed).into(s.bob);
        softly.assertThatToken(s.aliceToken)
                .isSignedBy(s.fake)
                .hasSubject(s.bob)
                .isUnauthenticated();
        softly.assertThat(s.fake).receivedRequests().hasRequestCount("GetId", 0);
        softly.assertThat("plain AssertJ").startsWith("fancy");

        assertThat(softly.errorsCollected()).hasSize(11);
        assertThatThrownBy(softly::assertAll)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (11 failures)")
                .hasMessageContaining("to have 5 identity pool(s) but it has 2")
                .hasMessageContaining("to have 1 identity(ies) but it has 5")
                .hasMessageContaining("to have tag env=prod but its value is test")
                .hasMessageContaining("to have logins of exactly [graph.facebook.com]")
                .hasMessageContaining("to be disabled but it is enabled")
                .hasMessageContaining("Expecting an identity with login graph.facebook.com: mallory but there is none")
                .hasMessageContaining("but it was merged into " + s.alice)
                .hasMessageContaining("subject (sub) to be " + s.bob)
                .hasMessageContaining("to be for an unauthenticated identity")
                .hasMessageContaining("to have received 0 GetId request(s)")
                .hasMessageContaining("fancy");
    }

    @Test
    void aMissingIdentityIsOneFailure() {
        CognitoIdentitySoftAssertions softly = new CognitoIdentitySoftAssertions();
        softly.assertThat(s.fake)
                .identity("us-east-1:00000000-0000-0000-0000-000000000000")
                .hasLogins(FACEBOOK)
                .isDisabled()
                .wasMergedInto(s.alice);
        assertThat(softly.errorsCollected())
                .singleElement()
                .extracting(Throwable::getMessage)
                .asString()
                .startsWith(
                        "Expecting an identity with id \"us-east-1:00000000-0000-0000-0000-000000000000\" but there is none");
    }

    @Test
    void passingSoftAssertionsPass() {
        SoftAssertionsProvider.assertSoftly(CognitoIdentitySoftAssertions.class, softly -> {
            softly.assertThat(s.fake)
                    .hasIdentityPoolCount(2)
                    .identityPool("MobileApp")
                    .hasIdentityCount(5);
            softly.assertThat(s.fake).identityWithLogin(FACEBOOK, "alice").hasLastRole(Scenario.AUTH_ROLE);
            softly.assertThat(s.fake).hasMergeFrom(s.carol).into(s.bob);
            softly.assertThatToken(s.guestToken)
                    .isSignedBy(s.fake)
                    .isUnauthenticated()
                    .expiresWithin(Duration.ofMinutes(10));
            softly.assertThat(s.fake).receivedRequests().contains(Requests.getId(s.poolId));
        });
    }
}
