package dev.fakecognito.samples.spring;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Requests.getOpenIdTokenForDeveloperIdentity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.samples.MobileSignInService;
import dev.fakecognito.samples.MobileSignInService.AppUser;
import dev.fakecognito.samples.MobileSignInService.Session;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.spring.AutoConfigureFakeCognitoIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Style 1, the whole application with its own client configuration: the test properties point
 * {@code app.cognito.*} at the fake. Use it to test your own wiring too.
 */
// snippet:start properties
@SpringBootTest(
        properties = {
            "app.cognito.endpoint=${fake.cognito-identity.endpoint}",
            "app.cognito.region=${fake.cognito-identity.region}",
            "app.cognito.access-key-id=test",
            "app.cognito.secret-access-key=test"
        })
@AutoConfigureFakeCognitoIdentity(fixtures = "cognito/mobile-app.yaml")
class SignInPropertiesTest {

    @Autowired
    MobileSignInService signIn;

    @Autowired
    FakeCognitoIdentity fake;

    @Test
    void returningUserSignsInToTheirIdentity() {
        Session session = signIn.signIn(new AppUser("user-42", "premium"));

        assertThat(session.identityId()).isEqualTo("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
        assertThat(fake)
                .identity(session.identityId())
                .isLinkedToDeveloperUser("user-42")
                .hasLastRole("arn:aws:iam::123456789012:role/MobileApp-User");
    }
    // snippet:end

    @Test
    void newUserGetsANewIdentityThroughTheApplicationsClient() {
        Session session = signIn.signIn(new AppUser("user-7", "free"));

        assertThat(fake).identityPool("MobileApp").hasIdentityCount(3);
        assertThat(fake).identityOfDeveloperUser("user-7").isAuthenticated();
        assertThat(fake)
                .receivedRequests()
                .contains(getOpenIdTokenForDeveloperIdentity("us-east-1:11111111-2222-3333-4444-555555555555"));
        assertThat(session.credentials().accessKeyId()).startsWith("ASIA");
    }
}
