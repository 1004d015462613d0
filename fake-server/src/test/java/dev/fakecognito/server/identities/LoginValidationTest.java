package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.model.World;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * How each kind of {@code Logins} key reads and checks its token (docs/reference/behaviour/login-tokens.md#login-tokens): JWT keys
 * compare the issuer with the key before anything else, opaque public providers and SAML providers name
 * their users themselves. Through GetId, like a client signing in.
 */
class LoginValidationTest extends IdentityTestSupport {
    private static final String ISSUER_MISMATCH = "Invalid login token. Issuer doesn't match providerName";
    private static final String MISSING_AUD = "Invalid login token. Missing a required claim: aud";
    private static final String NOT_AN_ID_TOKEN = "Invalid login token. Not a valid OpenId Connect identity token.";
    private static final String OTHER_USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Other";

    // ---------------------------------------------------------------- the issuer comes first

    @Test
    void userPoolTokenUnderAnotherConfiguredUserPoolsKeyIsAnIssuerMismatch() {
        String pool = newPool(b -> b.cognitoIdentityProviders(
                p -> p.providerName(USER_POOL).clientId(CLIENT_ID),
                p -> p.providerName(OTHER_USER_POOL).clientId(CLIENT_ID)));

        assertError(
                () -> getId(pool, Map.of(OTHER_USER_POOL, userPoolToken("alice"))),
                NotAuthorizedException.class,
                ISSUER_MISMATCH);
    }

    @Test
    void userPoolTokenUnderAnUnconfiguredKeyIsAnIssuerMismatchNotAnUnsupportedProvider() {
        String pool = newPool();

        assertError(
                () -> getId(pool, Map.of(OTHER_USER_POOL, userPoolToken("alice"))),
                NotAuthorizedException.class,
                ISSUER_MISMATCH);
        assertError(
                () -> getId(pool, Map.of("cognito-idp.us-east-1.amazonaws.com/" + pool, userPoolToken("alice"))),
                NotAuthorizedException.class,
                ISSUER_MISMATCH);
        assertError(
                () -> getId(pool, Map.of("loginKey", userPoolToken("alice"))),
                NotAuthorizedException.class,
                ISSUER_MISMATCH);
        assertThat(listIds(pool, false)).isEmpty();
    }

    @Test
    void userPoolTokenUnderTheIdentityPoolIdIsAnIssuerMismatch() {
        String pool = newPool();

        assertError(
                () -> getId(pool, Map.of(pool, userPoolToken("alice"))), NotAuthorizedException.class, ISSUER_MISMATCH);
    }

    @Test
    void keyWithTheSchemeDoesNotMatchAnIssuerWithIt() {
        String pool = newPool();

        assertError(
                () -> getId(pool, Map.of("https://" + USER_POOL, userPoolToken("alice"))),
                NotAuthorizedException.class,
                ISSUER_MISMATCH);
    }

    @Test
    void theIssuerIsCheckedBeforeTheExpiryAndTheExpiryBeforeTheProvider() {
        String pool = newPool();
        String expired =
                userPoolIdToken("alice").expiresIn(Duration.ofMinutes(-10)).build();
        String expiredOfAnotherClient = TOKENS.userPoolIdToken(USER_POOL, "unknown-client")
                .expiresIn(Duration.ofMinutes(-10))
                .build();

        assertError(() -> getId(pool, Map.of(OTHER_USER_POOL, expired)), NotAuthorizedException.class, ISSUER_MISMATCH);
        assertThat(errorMessage(
                        () -> getId(pool, Map.of(USER_POOL, expiredOfAnotherClient)), NotAuthorizedException.class))
                .startsWith("Invalid login token. Token expired: ");
    }

    @Test
    void accessTokenUnderItsUserPoolsKeyMissesTheAudience() {
        String pool = newPool();

        assertError(
                () -> getId(
                        pool,
                        Map.of(
                                USER_POOL,
                                TOKENS.userPoolAccessToken(USER_POOL, CLIENT_ID).build())),
                NotAuthorizedException.class,
                MISSING_AUD);
    }

    @Test
    void anOpaqueTokenUnderAJwtKeyIsNotAnIdToken() {
        String pool = newPool();

        assertError(
                () -> getId(pool, Map.of("Facebook", "EAAGm0PX4ZCpsBA")),
                NotAuthorizedException.class,
                NOT_AN_ID_TOKEN);
        assertError(() -> getId(pool, Map.of(USER_POOL, "not-a-jwt")), NotAuthorizedException.class, NOT_AN_ID_TOKEN);
        assertError(() -> getId(pool, Map.of(GOOGLE, "ya29.opaque")), NotAuthorizedException.class, NOT_AN_ID_TOKEN);
    }

    @Test
    void aJwtWithoutSubjectIsRefused() {
        String pool = newPool();

        assertError(
                () -> getId(
                        pool,
                        Map.of(USER_POOL, userPoolIdToken("x").without("sub").build())),
                NotAuthorizedException.class,
                "Invalid login token. Missing a required claim: sub");
    }

    // ---------------------------------------------------------------- Google and Apple

    @Test
    void googleTokenNeedsTheConfiguredClientAsAudience() {
        String pool = newPool();

        assertThat(loginsOf(getId(pool, Map.of(GOOGLE, googleToken("g-1"))))).containsExactly(GOOGLE);
        assertError(
                () -> getId(pool, Map.of(GOOGLE, TOKENS.google("another-app").build())),
                NotAuthorizedException.class,
                UNSUPPORTED_PROVIDER);
        assertError(
                () -> getId(
                        pool,
                        Map.of(GOOGLE, TOKENS.google(GOOGLE_APP).without("aud").build())),
                NotAuthorizedException.class,
                UNSUPPORTED_PROVIDER);
        assertError(
                () -> getId(
                        pool,
                        Map.of(
                                GOOGLE,
                                TOKENS.google(GOOGLE_APP)
                                        .without("aud")
                                        .without("azp")
                                        .build())),
                NotAuthorizedException.class,
                MISSING_AUD);
    }

    @Test
    void googleIssuerWithoutTheSchemeMatchesToo() {
        String pool = newPool();
        String token = TOKENS.google(GOOGLE_APP)
                .issuer("accounts.google.com")
                .subject("g-2")
                .build();

        assertThat(loginsOf(getId(pool, Map.of(GOOGLE, token)))).containsExactly(GOOGLE);
    }

    @Test
    void appleTokenNeedsTheConfiguredServicesIdAsAudience() {
        String pool = newPool();

        assertThat(loginsOf(getId(pool, Map.of(APPLE, TOKENS.apple(APPLE_APP).build()))))
                .containsExactly(APPLE);
        assertError(
                () -> getId(
                        pool, Map.of(APPLE, TOKENS.apple("com.example.other").build())),
                NotAuthorizedException.class,
                UNSUPPORTED_PROVIDER);
        assertError(
                () -> getId(
                        pool,
                        Map.of(APPLE, TOKENS.apple(APPLE_APP).without("aud").build())),
                NotAuthorizedException.class,
                MISSING_AUD);
    }

    @Test
    void appleTokenUnderThePoolWithoutAppleIsAnUnsupportedProvider() {
        String pool = newPool(b -> b.supportedLoginProviders(Map.of(FACEBOOK, "fb-app-id")));

        assertError(
                () -> getId(pool, Map.of(APPLE, TOKENS.apple(APPLE_APP).build())),
                NotAuthorizedException.class,
                UNSUPPORTED_PROVIDER);
    }

    // ---------------------------------------------------------------- OIDC

    @Test
    void oidcTokenNeedsTheKeyAsIssuerAndAnyAudience() {
        String pool = newPool();
        String token = TOKENS.oidc(OIDC, "any-client").subject("o-1").build();
        String withTrailingSlash = TOKENS.oidc(OIDC, "any-client")
                .issuer("https://" + OIDC + "/")
                .subject("o-1")
                .build();
        String azpOnly = TOKENS.oidc(OIDC, "c")
                .without("aud")
                .claim("azp", "c")
                .subject("o-2")
                .build();

        String id = getId(pool, Map.of(OIDC, token));

        assertThat(loginsOf(id)).containsExactly(OIDC);
        assertThat(getId(pool, Map.of(OIDC, withTrailingSlash))).isEqualTo(id);
        assertThat(loginsOf(getId(pool, Map.of(OIDC, azpOnly)))).containsExactly(OIDC);
        assertError(
                () -> getId(
                        pool, Map.of(OIDC, TOKENS.oidc(OIDC, "c").without("aud").build())),
                NotAuthorizedException.class,
                MISSING_AUD);
    }

    @Test
    void oidcProviderIsALoginKeyByNameNotByArn() {
        String pool = newPool();
        String token = TOKENS.oidc(OIDC, "c").build();

        assertError(() -> getId(pool, Map.of(OIDC_ARN, token)), NotAuthorizedException.class, ISSUER_MISMATCH);
    }

    // ---------------------------------------------------------------- opaque providers and SAML

    @Test
    void twitterLoginIsKeyedByItsAccessTokenNotItsSecret() {
        String pool = newPool();

        String first = getId(pool, Map.of(TWITTER, "dave;secret-1"));
        String second = getId(pool, Map.of(TWITTER, TOKENS.twitter("dave")));

        assertThat(second).isEqualTo(first);
        assertThat(identity(pool, first).logins()).containsEntry(TWITTER, "dave");
    }

    @Test
    void opaqueProvidersTakeAnyTokenAsTheirUser() {
        String pool = newPool();

        String id = getId(pool, Map.of(FACEBOOK, TOKENS.facebook("carol"), AMAZON, TOKENS.amazon("amzn1.account.C")));

        assertThat(identity(pool, id).logins())
                .containsEntry(FACEBOOK, "carol")
                .containsEntry(AMAZON, "amzn1.account.C");
    }

    @Test
    void samlLoginIsKeyedByTheNameIdOfItsAssertion() {
        String pool = newPool();
        String first = TOKENS.saml("alice@corp.example")
                .attribute("department", "finance")
                .build();
        String second = TOKENS.saml("alice@corp.example").build();
        assertThat(second).isNotEqualTo(first);

        String id = getId(pool, Map.of(SAML_ARN, first));

        assertThat(getId(pool, Map.of(SAML_ARN, second))).isEqualTo(id);
        assertThat(identity(pool, id).logins()).containsEntry(SAML_ARN, "alice@corp.example");
        assertThat(getId(pool, Map.of(SAML_ARN, "not-a-saml-response"))).isNotEqualTo(id);
    }

    @Test
    void samlAssertionUnderAnUnconfiguredSamlProviderIsAnUnsupportedProvider() {
        String pool = newPool();

        assertError(
                () -> getId(
                        pool,
                        Map.of(
                                "arn:aws:iam::123456789012:saml-provider/Other",
                                TOKENS.saml("alice").build())),
                NotAuthorizedException.class,
                UNSUPPORTED_PROVIDER);
    }

    private World.Identity identity(String poolId, String identityId) {
        return fake.snapshot().pool(poolId).identity(identityId);
    }
}
