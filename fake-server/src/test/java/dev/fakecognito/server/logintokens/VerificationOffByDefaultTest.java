package dev.fakecognito.server.logintokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import dev.fakecognito.server.FakeServerTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;

/** Without {@code verifyLoginTokens} no signature is checked and no key is fetched. */
class VerificationOffByDefaultTest extends FakeServerTestBase {
    @Test
    void aTokenSignedByAnyKeyIsTakenAndNothingIsFetched() throws Exception {
        try (KeyServer keys = new KeyServer()) {
            RSAKey stranger = SigningKeys.rsa("stranger");
            String pool = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("unverified"))
                            .allowUnauthenticatedIdentities(false)
                            .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                    .providerName(keys.providerName())
                                    .clientId("client")
                                    .build()))
                    .identityPoolId();
            String token = SigningKeys.sign(
                    stranger, SigningKeys.idClaims("http://" + keys.providerName(), "client", "alice"));

            String identity = cognito.getId(b -> b.identityPoolId(pool).logins(Map.of(keys.providerName(), token)))
                    .identityId();

            assertThat(identity).startsWith("us-east-1:");
            assertThat(keys.keyRequests.get() + keys.otherRequests.get()).isZero();
        }
    }
}
