package dev.fakecognito.assertj;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Requests.describeIdentityPool;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;

/** A user's test: "my service signs DescribeIdentityPool with the service's own role credentials". */
class SignedRequestsTest {
    private static final String POOL = "us-east-1:44444444-2222-3333-4444-555555555555";
    private static final String ROLE_KEY = "ASIASERVICEROLE01";
    private static final String ROLE_SECRET = "service-role-secret/0123456789abcdefghij";

    /** The code under test: checks at start-up that its pool exists, with whatever credentials it is given. */
    static final class PoolCheck {
        private final CognitoIdentityClient client;

        PoolCheck(URI endpoint, String accessKeyId, String secretAccessKey) {
            this.client = CognitoIdentityClient.builder()
                    .endpointOverride(endpoint)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                    .httpClient(UrlConnectionHttpClient.create())
                    .overrideConfiguration(
                            c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
                    .build();
        }

        String poolName(String poolId) {
            return client.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolName();
        }
    }

    private FakeCognitoIdentity fake;

    @BeforeEach
    void start() {
        // snippet:start signed-with
        fake = FakeCognitoIdentity.builder()
                .requireSignatures(true)
                .credentials(ROLE_KEY, ROLE_SECRET)
                .fixtures(Fixtures.fromString(
                        "identityPools: [ {name: Orders, id: '" + POOL + "', allowUnauthenticatedIdentities: false} ]"))
                .start();
        // snippet:end
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void myServiceSignsDescribeIdentityPoolWithItsOwnRoleCredentials() {
        // snippet:start signed-with-assertion
        new PoolCheck(fake.endpoint(), ROLE_KEY, ROLE_SECRET).poolName(POOL);

        assertThat(fake)
                .receivedRequests()
                .contains(describeIdentityPool(POOL).signedWith(ROLE_KEY).succeeded())
                .hasNoFailures();
        // snippet:end
    }

    @Test
    void aServiceSigningWithOtherCredentialsFailsTheAssertionWithTheReason() {
        PoolCheck misconfigured = new PoolCheck(fake.endpoint(), "AKIADEVELOPERLAPTOP", "laptop-secret");
        assertThatThrownBy(() -> misconfigured.poolName(POOL)).isInstanceOf(CognitoIdentityException.class);

        assertThatThrownBy(() -> assertThat(fake)
                        .receivedRequests()
                        .contains(describeIdentityPool(POOL).signedWith(ROLE_KEY)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the fake to have received:\n  DescribeIdentityPool with IdentityPoolId=" + POOL
                                + " signed with access key " + ROLE_KEY + "\n")
                .hasMessageContaining("#1 DescribeIdentityPool {\"IdentityPoolId\":\"" + POOL + "\"} -> 400 "
                        + "UnrecognizedClientException: The security token included in the request is invalid. "
                        + "(signed with AKIADEVELOPERLAPTOP in us-east-1, account 123456789012)");
    }
}
