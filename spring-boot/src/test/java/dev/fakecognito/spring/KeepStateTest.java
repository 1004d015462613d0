package dev.fakecognito.spring;

import static dev.fakecognito.spring.ResetBeforeEachTest.poolNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * With {@code resetBeforeEach = false} the fake is reset and seeded once, before the class's first test:
 * the tests of the class see each other's changes, but not those of other classes on the same context.
 */
@SpringBootTest
@AutoConfigureFakeCognitoIdentity(fixtures = "cognito/world.yaml", resetBeforeEach = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeepStateTest {

    @Autowired
    CognitoIdentityClient client;

    @Autowired
    FakeCognitoIdentity fake;

    @Test
    @Order(1)
    void firstTestStartsFromTheFixturesAndAddsAPool() {
        assertThat(poolNames(fake)).containsExactly("MobileApp");

        client.createIdentityPool(b -> b.identityPoolName("Kept").allowUnauthenticatedIdentities(true));
    }

    @Test
    @Order(2)
    void secondTestSeesThePool() {
        assertThat(poolNames(fake)).containsExactly("MobileApp", "Kept");
    }
}
