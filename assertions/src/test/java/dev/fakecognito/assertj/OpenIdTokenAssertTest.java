package dev.fakecognito.assertj;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThatToken;
import static dev.fakecognito.assertj.Scenario.DEVELOPER;
import static dev.fakecognito.assertj.Scenario.FACEBOOK;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenIdTokenAssertTest extends ScenarioTestBase {

    @Test
    void passesOnTokensOfTheFake() {
        assertThatToken(s.aliceToken)
                .isSignedBy(s.fake)
                .hasSubject(s.alice)
                .hasAudience(s.poolId)
                .hasIssuer("https://cognito-identity.amazonaws.com")
                .isAuthenticated()
                .isAuthenticatedWith(FACEBOOK)
                .expiresWithin(Duration.ofMinutes(10))
                .hasClaim("amr", List.of("authenticated", FACEBOOK, FACEBOOK + ":1234567890:alice"))
                .hasPrincipalTag("user", "alice")
                .hasClaim("sub", s.alice);
        assertThatToken(s.guestToken).isSignedBy(s.fake).isUnauthenticated().hasSubject(s.guest);
        assertThatToken(s.bobToken)
                .isSignedBy(s.fake)
                .isAuthenticatedWith(DEVELOPER)
                .hasPrincipalTag("team", "blue")
                .expiresWithin(Duration.ofMinutes(15));
    }

    @Test
    void isSignedByAnotherFakeWithTheSameKid() {
        try (FakeCognitoIdentity other = FakeCognitoIdentity.builder().start()) {
            assertThatThrownBy(() -> assertThatToken(s.aliceToken).isSignedBy(other))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting the token to be signed by the fake at " + other.jwksUri())
                    .hasMessageContaining(
                            "but its signature does not verify with the fake's key us-east-1-1 (kids in the JWKS: [us-east-1-1])");
        }
    }

    @Test
    void isSignedByAFakeWithOtherKids() {
        try (FakeCognitoIdentity other =
                FakeCognitoIdentity.builder().region("eu-west-1").start()) {
            assertThatThrownBy(() -> assertThatToken(s.aliceToken).isSignedBy(other))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(
                            "but its key id (kid) us-east-1-1 is not in the fake's JWKS, whose kids are [eu-west-1-1]");
        }
    }

    @Test
    void isSignedByFailsOnAnAlteredToken() {
        String[] parts = s.aliceToken.split("\\.");
        String altered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThatThrownBy(() -> assertThatToken(altered).isSignedBy(s.fake))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but its signature does not verify with the fake's key us-east-1-1");
    }

    @Test
    void claimAssertionsShowTheActualClaim() {
        assertThatThrownBy(() -> assertThatToken(s.aliceToken).hasSubject(s.bob))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the token's subject (sub) to be " + s.bob + " but it is " + s.alice);
        assertThatThrownBy(() -> assertThatToken(s.aliceToken).hasAudience(s.adminPoolId))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the token's audience (aud) to be " + s.adminPoolId + " but it is " + s.poolId);
        assertThatThrownBy(() -> assertThatToken(s.aliceToken).hasIssuer("https://example.com"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the token's issuer (iss) to be https://example.com but it is https://cognito-identity.amazonaws.com");
    }

    @Test
    void amrAssertionsShowTheAmr() {
        assertThatThrownBy(() -> assertThatToken(s.guestToken).isAuthenticatedWith(FACEBOOK))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the token to be authenticated with graph.facebook.com but its amr is [unauthenticated]");
        assertThatThrownBy(() -> assertThatToken(s.aliceToken).isAuthenticatedWith(DEVELOPER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "but its amr is [authenticated, graph.facebook.com, graph.facebook.com:1234567890:alice]");
        assertThatThrownBy(() -> assertThatToken(s.guestToken).isAuthenticated())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the token to be for an authenticated identity but its amr is [unauthenticated]");
        assertThatThrownBy(() -> assertThatToken(s.bobToken).isUnauthenticated())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the token to be for an unauthenticated identity but its amr is [authenticated, login.example.app, login.example.app:"
                                + s.poolId + ":bob]");
    }

    @Test
    void expiresWithinShowsTheExpiry() {
        assertThatThrownBy(() -> assertThatToken(s.aliceToken).expiresWithin(Duration.ofMinutes(1)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the token to expire within PT1M of now (")
                .hasMessageContaining("but it expires at ")
                .hasMessageContaining(", in PT9M")
                .hasMessageContaining("(issued at ");
    }

    @Test
    void hasClaimShowsTheClaim() {
        assertThatThrownBy(() -> assertThatToken(s.aliceToken).hasClaim("amr", List.of("unauthenticated")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the token's claim amr to be [unauthenticated] but it is [authenticated, graph.facebook.com");
        assertThatThrownBy(() -> assertThatToken(s.aliceToken).hasClaim("email", "alice@example.com"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but the token has no such claim; its claims are [")
                .hasMessageContaining("sub");
    }

    @Test
    void hasPrincipalTagShowsThePrincipalTags() {
        assertThatThrownBy(() -> assertThatToken(s.bobToken).hasPrincipalTag("team", "red"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the token to have principal tag team=red but its principal tags are {team=[blue]}");
        assertThatThrownBy(() -> assertThatToken(s.guestToken).hasPrincipalTag("team", "blue"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but its principal tags are none");
    }

    @Test
    void failsOnWhatIsNotAToken() {
        assertThatThrownBy(() -> assertThatToken("not-a-token").hasSubject(s.alice))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting an OpenID token (a signed JWT) but could not decode \"not-a-token\"");
        assertThatThrownBy(() -> assertThatToken(null).isSignedBy(s.fake))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }
}
