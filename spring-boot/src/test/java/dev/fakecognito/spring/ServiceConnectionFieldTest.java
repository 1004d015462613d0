package dev.fakecognito.spring;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import dev.fakecognito.testcontainers.DockerAndImageCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@code @Container @ServiceConnection} on a static field: the connection details give the clients. */
@SpringBootTest
@ExtendWith(DockerAndImageCondition.class) // skipped without Docker or the image, except on CI
@Testcontainers
class ServiceConnectionFieldTest {

    @Container
    @ServiceConnection
    static CognitoIdentityContainer cognito = new CognitoIdentityContainer().withRegion("ap-northeast-1");

    @Autowired
    CognitoIdentityClient client;

    @Autowired
    CognitoIdentityAsyncClient asyncClient;

    @Autowired
    CognitoIdentityConnectionDetails details;

    @Test
    void theAutoConfiguredClientsReachTheContainer() {
        assertThat(details.endpoint()).isEqualTo(cognito.endpoint());
        assertThat(details.accessKeyId()).isEqualTo("test");

        client.createIdentityPool(b -> b.identityPoolName("Sync").allowUnauthenticatedIdentities(false));
        asyncClient
                .createIdentityPool(b -> b.identityPoolName("Async").allowUnauthenticatedIdentities(true))
                .join();

        assertThat(cognito).hasIdentityPoolCount(2);
        assertThat(cognito).identityPool("Async").allowsUnauthenticatedIdentities();
        assertThat(cognito.snapshot().pool("Sync").id()).startsWith("ap-northeast-1:");
    }
}
