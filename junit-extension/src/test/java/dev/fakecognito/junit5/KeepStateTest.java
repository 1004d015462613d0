package dev.fakecognito.junit5;

import static dev.fakecognito.junit5.ResetBeforeEachTest.poolNames;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** With {@code resetBeforeEach = false} the tests of a class see each other's changes. */
@CognitoIdentityTest(fixtures = "cognito/world.yaml", resetBeforeEach = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeepStateTest {

    @Test
    @Order(1)
    void firstTestAddsAPool(CognitoIdentityClient client) {
        assertThat(poolNames(client)).containsExactly("MobileApp");

        client.createIdentityPool(b -> b.identityPoolName("Kept").allowUnauthenticatedIdentities(true));

        assertThat(poolNames(client)).containsExactly("MobileApp", "Kept");
    }

    @Test
    @Order(2)
    void secondTestStillSeesIt(CognitoIdentityClient client) {
        assertThat(poolNames(client)).containsExactly("MobileApp", "Kept");
    }
}
