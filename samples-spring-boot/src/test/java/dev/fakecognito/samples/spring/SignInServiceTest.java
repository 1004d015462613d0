package dev.fakecognito.samples.spring;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThatToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.samples.MobileSignInService;
import dev.fakecognito.samples.MobileSignInService.AppUser;
import dev.fakecognito.samples.MobileSignInService.Session;
import dev.fakecognito.spring.AutoConfigureFakeCognitoIdentity;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Style 2, the service alone on the auto-configured client: the context has the service's configuration
 * but not the application's client, so the fake's client is the one injected.
 */
// snippet:start auto-configured
@SpringBootTest(classes = SignInConfiguration.class)
@AutoConfigureFakeCognitoIdentity(fixtures = "cognito/mobile-app.yaml")
class SignInServiceTest {

    @Autowired
    MobileSignInService signIn;

    @Autowired
    FakeAdmin fake;

    @Test
    void tokenNamesTheIdentityAndCarriesThePlan() {
        Session session = signIn.signIn(new AppUser("user-42", "premium"));

        assertThatToken(session.openIdToken())
                .isSignedBy(fake)
                .hasSubject("us-east-1:aaaaaaaa-0000-0000-0000-000000000001")
                .hasPrincipalTag("plan", "premium")
                .expiresWithin(Duration.ofMinutes(15));
    }
    // snippet:end

    @Test
    void eachTestStartsFromTheFixtures() {
        signIn.signIn(new AppUser("user-8", "free"));

        assertThat(fake).identityPool("MobileApp").hasIdentityCount(3);
    }

    @Test
    void eachTestStartsFromTheFixturesToo() {
        signIn.signIn(new AppUser("user-9", "free"));

        assertThat(fake).identityPool("MobileApp").hasIdentityCount(3);
    }
}
