package dev.fakecognito.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;

/** By default each test starts from the fixtures alone, whatever ran before it. */
@CognitoIdentityTest(fixtures = "cognito/world.yaml")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetBeforeEachTest {

    @Test
    @Order(1)
    void firstTestChangesTheWorld(CognitoIdentityClient client) {
        client.createIdentityPool(b -> b.identityPoolName("Leftover").allowUnauthenticatedIdentities(true));
        client.deleteIdentityPool(b -> b.identityPoolId("us-east-1:11111111-2222-3333-4444-555555555555"));

        assertThat(poolNames(client)).containsExactly("Leftover");
    }

    @Test
    @Order(2)
    void secondTestSeesOnlyTheFixtures(CognitoIdentityClient client) {
        assertThat(poolNames(client)).containsExactly("MobileApp");
    }

    static java.util.List<String> poolNames(CognitoIdentityClient client) {
        return client.listIdentityPools(b -> b.maxResults(60)).identityPools().stream()
                .map(IdentityPoolShortDescription::identityPoolName)
                .toList();
    }
}
