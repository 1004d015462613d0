package dev.fakecognito.spring;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import dev.fakecognito.testcontainers.DockerAndImageCondition;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@code @Bean @ServiceConnection}: the container is a bean, and its connection details give the client. */
@SpringBootTest
@ExtendWith(DockerAndImageCondition.class) // skipped without Docker or the image, except on CI
class ServiceConnectionBeanTest {

    // snippet:start bean
    @TestConfiguration(proxyBeanMethods = false)
    static class Containers {
        @Bean
        @ServiceConnection
        CognitoIdentityContainer cognitoIdentityContainer() {
            return new CognitoIdentityContainer()
                    .withFixtures(MountableFile.forClasspathResource("cognito/eu-world.yaml"))
                    .withRegion("eu-west-1");
        }
    }
    // snippet:end

    @Autowired
    CognitoIdentityClient client;

    @Autowired
    CognitoIdentityConnectionDetails details;

    @Autowired
    CognitoIdentityContainer container;

    @Autowired
    FakeAdmin fake;

    @Test
    void theAutoConfiguredClientReachesTheContainer() {
        assertThat(details.endpoint()).isEqualTo(container.endpoint());
        assertThat(details.region()).isEqualTo("eu-west-1");
        assertThat(fake).isSameAs(container);

        String identityId = client.getId(b -> b.identityPoolId("eu-west-1:11111111-2222-3333-4444-555555555555")
                        .logins(Map.of()))
                .identityId();

        assertThat(fake).identity(identityId).hasNoLogins();
    }
}
