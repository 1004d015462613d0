package dev.fakecognito.samples;

import static dev.fakecognito.samples.ResourceServerTokenContract.POOL;
import static dev.fakecognito.samples.ResourceServerTokenContract.processor;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.proc.BadJOSEException;
import dev.fakecognito.junit5.CognitoIdentityExtension;
import dev.fakecognito.samples.MobileSignInService.AppUser;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The resource server refuses an expired token. The fake's clock is set an hour back (the extension's
 * builder configures the fake), so the 15-minute token it issues has expired by the real clock the JWT
 * library checks against.
 */
class ExpiredTokenTest {
    // snippet:start clock
    @RegisterExtension
    static CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
            .fixtures("cognito/mobile-app.yaml")
            .configure(fake -> fake.clock(Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC)))
            .build();
    // snippet:end

    @Test
    void refusesAnExpiredToken(CognitoIdentityClient client, FakeCognitoIdentity fake) {
        String token = new MobileSignInService(client, POOL, "login.example.app", Duration.ofMinutes(15))
                .signIn(new AppUser("user-42", "premium"))
                .openIdToken();

        assertThatThrownBy(() -> processor(fake, POOL).process(token, null))
                .isInstanceOf(BadJOSEException.class)
                .hasMessageContaining("Expired");
    }
}
