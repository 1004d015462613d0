package dev.fakecognito.samples.spring;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Requests.getCredentialsForIdentity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.samples.MobileSignInService;
import dev.fakecognito.samples.MobileSignInService.AppUser;
import dev.fakecognito.samples.MobileSignInService.Session;
import dev.fakecognito.spring.AutoConfigureCognitoIdentityClient;
import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import dev.fakecognito.testcontainers.DockerAndImageCondition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Style 3, the fake in its container with {@code @ServiceConnection}: the auto-configured client is built
 * from the container's connection details ({@code @AutoConfigureCognitoIdentityClient} brings the
 * auto-configuration into this context of the service's configuration alone). Skipped without Docker or the image, except on CI.
 */
@ExtendWith(DockerAndImageCondition.class)
// snippet:start service-connection
@SpringBootTest(classes = SignInConfiguration.class)
@AutoConfigureCognitoIdentityClient
@Testcontainers
class SignInContainerTest {

    @Container
    @ServiceConnection
    static CognitoIdentityContainer cognito = new CognitoIdentityContainer();

    @Autowired
    MobileSignInService signIn;

    @BeforeEach
    void startFromTheFixtures() {
        cognito.reset();
        cognito.seed(Fixtures.fromResource("cognito/mobile-app.yaml"));
    }

    @Test
    void returningUserGetsCredentialsForTheirIdentity() {
        Session session = signIn.signIn(new AppUser("user-42", "premium"));

        assertThat(session.identityId()).isEqualTo("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
        assertThat(cognito).receivedRequests().contains(getCredentialsForIdentity(session.identityId()));
    }
    // snippet:end
}
