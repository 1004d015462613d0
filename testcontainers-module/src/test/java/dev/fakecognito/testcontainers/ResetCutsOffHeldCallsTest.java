package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.World;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * A call that a latency fault holds when the fake in the container is reset (over the admin endpoint)
 * never runs: it creates no identity in the new world and no journal entry, and its connection is
 * reset, as a restart of the server would. (The client does not retry, so that what the held call did
 * shows; a retry is a new call, made after the reset.)
 */
@ContainerTest
class ResetCutsOffHeldCallsTest {
    private static final String WORLD = """
            identityPools:
              - id: us-east-1:11111111-2222-3333-4444-555555555555
                name: Shop
                allowUnauthenticatedIdentities: true
                supportedLoginProviders: {graph.facebook.com: app}
                identities:
                  - id: us-east-1:aaaaaaaa-0000-0000-0000-000000000001
                    logins: {graph.facebook.com: alice}
            """;

    @Container
    static CognitoIdentityContainer cognito = new CognitoIdentityContainer();

    static CognitoIdentityClient client;

    @BeforeAll
    static void clientWithoutRetries() {
        client = CognitoIdentityClient.builder()
                .endpointOverride(cognito.endpoint())
                .region(Region.of(cognito.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(cognito.accessKeyId(), cognito.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @Test
    void aHeldGetIdNeverRunsAfterAResetAndReseed() throws Exception {
        cognito.reset();
        String shop = cognito.seed(WORLD).identityPools().get(0).id();
        FaultHandle slow = cognito.inject(Fault.on("GetId").latency(Duration.ofMillis(800)));
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> client.getId(
                        b -> b.identityPoolId(shop).logins(Map.of("graph.facebook.com", "bob")))
                .identityId());
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (slow.hits() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(slow.hits()).as("the call is held").isEqualTo(1);

        cognito.reset();
        cognito.seed(WORLD);

        assertThatThrownBy(() -> held.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(SdkClientException.class)
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(cognito.snapshot().pool(shop).identities())
                .extracting(World.Identity::id)
                .containsExactly("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
        assertThat(cognito.requests().requests()).isEmpty();
    }
}
