package dev.fakecognito.junit5;

import static dev.fakecognito.junit5.ResetBeforeEachTest.poolNames;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@code @CognitoFixtures} adds to the class fixtures for one test only. */
@CognitoIdentityTest(fixtures = "cognito/world.yaml")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerTestFixturesTest {

    @Test
    @Order(1)
    @CognitoFixtures("cognito/admins.yaml")
    void annotatedTestSeesItsExtraPool(CognitoIdentityClient client) {
        assertThat(poolNames(client)).containsExactly("MobileApp", "AdminConsole");
    }

    @Test
    @Order(2)
    void nextTestSeesOnlyTheClassFixtures(CognitoIdentityClient client) {
        assertThat(poolNames(client)).containsExactly("MobileApp");
    }
}
