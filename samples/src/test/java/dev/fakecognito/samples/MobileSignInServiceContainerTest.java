package dev.fakecognito.samples;

import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testcontainers.junit.jupiter.Container;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * {@link MobileSignInServiceContract} on the fake in its container: one container for the class, emptied and
 * seeded with {@value #FIXTURES} before each test.
 */
@CognitoIdentityContainerTest
class MobileSignInServiceContainerTest extends MobileSignInServiceContract {
    @Container
    static CognitoIdentityContainer container = new CognitoIdentityContainer();

    static CognitoIdentityClient client;

    @BeforeAll
    static void connect() {
        client = SampleContainers.client(container);
    }

    @AfterAll
    static void disconnect() {
        if (client != null) {
            client.close();
        }
    }

    MobileSignInServiceContainerTest() {
        super(client, container);
    }

    @BeforeEach
    void seed() {
        SampleContainers.reseed(container, FIXTURES);
    }
}
