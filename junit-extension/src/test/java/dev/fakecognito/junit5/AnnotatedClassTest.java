package dev.fakecognito.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;

/** The user's view: {@code @CognitoIdentityTest} with fixtures, parameters, fields and a constructor. */
// snippet:start annotated
@CognitoIdentityTest(fixtures = "cognito/world.yaml")
class AnnotatedClassTest {
    private static final String MOBILE_APP = "us-east-1:11111111-2222-3333-4444-555555555555";

    @InjectCognito
    static URI endpoint;

    @InjectCognito
    CognitoIdentityClient fieldClient;

    @Test
    void returningUserKeepsTheirIdentity(CognitoIdentityClient client) {
        String identityId = client.getId(
                        b -> b.identityPoolId(MOBILE_APP).logins(Map.of("graph.facebook.com", "alice")))
                .identityId();

        assertThat(identityId).isEqualTo("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
    }

    @Test
    void createdPoolIsInTheFake(CognitoIdentityClient client, FakeCognitoIdentity fake) {
        String poolId = client.createIdentityPool(
                        b -> b.identityPoolName("Scratch").allowUnauthenticatedIdentities(true))
                .identityPoolId();

        assertThat(fake.snapshot().pool("Scratch").id()).isEqualTo(poolId);
    }
    // snippet:end

    private final FakeCognitoIdentity constructed;
    private String poolNameSeenBeforeEach;

    AnnotatedClassTest(FakeCognitoIdentity fake) {
        this.constructed = fake;
    }

    @BeforeAll
    static void lifecycleMethodsGetTheStartedFake(FakeCognitoIdentity fake) {
        assertThat(fake.isRunning()).isTrue();
    }

    @BeforeEach
    void seeTheFixturesBeforeEachTest(CognitoIdentityClient client) {
        poolNameSeenBeforeEach = client.listIdentityPools(b -> b.maxResults(10))
                .identityPools()
                .get(0)
                .identityPoolName();
    }

    @Test
    void beforeEachMethodsSeeTheSeededFixtures() {
        assertThat(poolNameSeenBeforeEach).isEqualTo("MobileApp");
    }

    @Test
    void endpointParameterFieldAndConstructorAllNameTheSameFake(
            @InjectCognito URI endpointParameter, FakeCognitoIdentity fake) {
        assertThat(endpointParameter).isEqualTo(fake.endpoint()).isEqualTo(endpoint);
        assertThat(constructed).isSameAs(fake);
        assertThat(endpointParameter.getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void injectedFieldClientTalksToTheFake() {
        assertThat(fieldClient.listIdentityPools(b -> b.maxResults(10)).identityPools())
                .extracting(IdentityPoolShortDescription::identityPoolId)
                .containsExactly(MOBILE_APP);
    }

    @Test
    void parameterAndFieldClientsAreTheSameClient(CognitoIdentityClient client) {
        assertThat(client).isSameAs(fieldClient);
    }

    @Test
    void asyncClientTalksToTheFake(CognitoIdentityAsyncClient async) {
        String identityId = async.getId(b -> b.identityPoolId(MOBILE_APP).logins(Map.of("graph.facebook.com", "alice")))
                .join()
                .identityId();

        assertThat(identityId).isEqualTo("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
    }
    // snippet:start annotated
}
// snippet:end
