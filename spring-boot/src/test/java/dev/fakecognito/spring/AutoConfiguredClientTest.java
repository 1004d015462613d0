package dev.fakecognito.spring;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** An application without a client of its own gets clients pointed at the context's fake. */
@SpringBootTest
@AutoConfigureFakeCognitoIdentity(fixtures = "cognito/world.yaml")
class AutoConfiguredClientTest {
    static final String MOBILE_APP = "us-east-1:11111111-2222-3333-4444-555555555555";

    @Autowired
    CognitoIdentityClient client;

    @Autowired
    CognitoIdentityAsyncClient asyncClient;

    @Autowired
    FakeCognitoIdentity fake;

    @Autowired
    FakeAdmin admin;

    @Autowired
    CognitoIdentityConnectionDetails details;

    @Test
    void theClientReachesTheSeededFake() {
        String identityId = client.getId(
                        b -> b.identityPoolId(MOBILE_APP).logins(Map.of("graph.facebook.com", "alice")))
                .identityId();

        assertThat(identityId).isEqualTo("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
        assertThat(fake).receivedRequests().hasRequestCount("GetId", 1);
    }

    @Test
    void theAsyncClientReachesTheSameFake() {
        String poolId = asyncClient
                .createIdentityPool(b -> b.identityPoolName("FromAsync").allowUnauthenticatedIdentities(true))
                .join()
                .identityPoolId();

        assertThat(fake).identityPool("FromAsync").hasIdentityCount(0);
        assertThat(poolId).startsWith("us-east-1:");
    }

    @Test
    void theFakeIsOneBeanUnderBothTypes() {
        assertThat(admin).isSameAs(fake);
        assertThat(fake).hasIdentityPoolCount(1).identityPool("MobileApp").hasIdentityCount(2);
    }

    @Test
    void propertiesAndConnectionDetailsDescribeTheFake(
            @Value("${fake.cognito-identity.endpoint}") URI endpoint,
            @Value("${fake.cognito-identity.region}") String region,
            @Value("${fake.cognito-identity.account-id}") String accountId) {
        assertThat(endpoint).isEqualTo(fake.endpoint());
        assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
        assertThat(region).isEqualTo("us-east-1");
        assertThat(accountId).isEqualTo("123456789012");
        assertThat(details.endpoint()).isEqualTo(fake.endpoint());
        assertThat(details.region()).isEqualTo("us-east-1");
        assertThat(details.accessKeyId()).isEqualTo("test");
        assertThat(details.secretAccessKey()).isEqualTo("test");
    }
}
