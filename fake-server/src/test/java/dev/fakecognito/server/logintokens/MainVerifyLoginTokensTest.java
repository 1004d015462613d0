package dev.fakecognito.server.logintokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import dev.fakecognito.server.MainAccess;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/** {@code --verify-login-tokens}, {@code --verify-login-tokens=false} and {@code FAKE_COGNITO_VERIFY_LOGIN_TOKENS}. */
class MainVerifyLoginTokensTest {
    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Main";

    /** Whether a fake configured so refuses a token signed by a key it cannot know. */
    private static boolean refusesAStrangersToken(String[] args, Map<String, String> env) {
        try (FakeCognitoIdentity fake = MainAccess.configure(args, env).port(0).start();
                CognitoIdentityClient cognito = FakeServerTestBase.client(fake)) {
            String pool = cognito.createIdentityPool(b -> b.identityPoolName("main")
                            .allowUnauthenticatedIdentities(false)
                            .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                    .providerName(USER_POOL)
                                    .clientId("client")
                                    .build()))
                    .identityPoolId();
            fake.seed(dev.fakecognito.fixtures.Fixtures.fromString("{\"loginTokenKeys\": {\"" + USER_POOL + "\": "
                    + SigningKeys.jwks(SigningKeys.rsa("known")) + "}}"));
            String token = SigningKeys.sign(
                    SigningKeys.rsa("stranger"), SigningKeys.idClaims("https://" + USER_POOL, "client", "alice"));
            NotAuthorizedException refused = catchThrowableOfType(
                    NotAuthorizedException.class,
                    () -> cognito.getId(b -> b.identityPoolId(pool).logins(Map.of(USER_POOL, token))));
            if (refused == null) {
                return false;
            }
            assertThat(refused.awsErrorDetails().errorMessage())
                    .isEqualTo("Invalid login token. Couldn't verify signed token.");
            return true;
        }
    }

    @Test
    void theFlagTheVariableAndFalseSwitchVerification() {
        assertThat(refusesAStrangersToken(new String[] {}, Map.of())).isFalse();
        assertThat(refusesAStrangersToken(new String[] {"--verify-login-tokens"}, Map.of()))
                .isTrue();
        assertThat(refusesAStrangersToken(new String[] {}, Map.of("FAKE_COGNITO_VERIFY_LOGIN_TOKENS", "true")))
                .isTrue();
        assertThat(refusesAStrangersToken(
                        new String[] {"--verify-login-tokens=false"},
                        Map.of("FAKE_COGNITO_VERIFY_LOGIN_TOKENS", "true")))
                .isFalse();
    }

    @Test
    void aValueOtherThanTrueOrFalseIsAMistake() {
        assertThatThrownBy(() -> MainAccess.configure(new String[] {"--verify-login-tokens=yes"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--verify-login-tokens is true or false, got 'yes'");
    }
}
