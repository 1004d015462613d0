package dev.fakecognito.samples;

// snippet:start first-test
import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.samples.MobileSignInService.AppUser;
import dev.fakecognito.samples.MobileSignInService.Session;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

@CognitoIdentityTest(fixtures = "cognito/mobile-app.yaml")
class GettingStartedTest {

    @Test
    void returningUserSignsInToTheirIdentity(CognitoIdentityClient client, FakeCognitoIdentity fake) {
        MobileSignInService signIn = new MobileSignInService(
                client, "us-east-1:11111111-2222-3333-4444-555555555555", "login.example.app", Duration.ofMinutes(15));

        Session session = signIn.signIn(new AppUser("user-42", "premium"));

        assertThat(session.identityId()).isEqualTo("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
        assertThat(fake)
                .identity(session.identityId())
                .isLinkedToDeveloperUser("user-42")
                .hasLastRole("arn:aws:iam::123456789012:role/MobileApp-User");
    }
}
// snippet:end
