package dev.fakecognito.server.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/**
 * Latency and connection resets. No timing assertions: what is checked is the order in which calls are
 * answered (an undelayed call is answered while a delayed one is still waiting) and what the client sees.
 */
class LatencyAndResetTest extends FaultTestSupport {
    private static final Duration DELAY = Duration.ofMillis(1000);

    @Test
    void aDelayedCallWaitsWhileOtherCallsAreAnsweredAtOnce() throws Exception {
        FaultHandle slow = fake.inject(Fault.on("GetId").latency(DELAY));

        List<CompletableFuture<HttpResponse<String>>> delayed = IntStream.range(0, 50)
                .mapToObj(i -> send("GetId", "{\"IdentityPoolId\":\"" + pool + "\"}"))
                .toList();
        HttpResponse<String> undelayed = send("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + pool + "\"}")
                .get(DELAY.toMillis() * 10, TimeUnit.MILLISECONDS);

        assertThat(undelayed.statusCode()).isEqualTo(200);
        assertThat(delayed).noneMatch(CompletableFuture::isDone); // all 50 still wait, holding no thread
        for (CompletableFuture<HttpResponse<String>> call : delayed) {
            HttpResponse<String> answered = call.get(DELAY.toMillis() * 10, TimeUnit.MILLISECONDS);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("\"IdentityId\":\"us-east-1:");
        }
        assertThat(slow.hits()).isEqualTo(50);
        assertThat(fake.snapshot().pool(pool).identities()).hasSize(50);
        assertThat(journal("GetId")).hasSize(50).allSatisfy(call -> {
            assertThat(call.faultId()).isEqualTo(slow.id());
            assertThat(call.failed()).isFalse();
        });
    }

    @Test
    void latencyCombinesWithAnError() throws Exception {
        fake.inject(Fault.on("GetId").latency(Duration.ofMillis(300)).error("TooManyRequestsException"));

        HttpResponse<String> answered =
                send("GetId", "{\"IdentityPoolId\":\"" + pool + "\"}").get(30, TimeUnit.SECONDS);

        assertThat(answered.statusCode()).isEqualTo(400);
        assertThat(answered.body()).contains("TooManyRequestsException");
    }

    @Test
    void aDelayedRsaOperationStillRunsOnAWorker() throws Exception {
        String identity = guest();
        fake.inject(Fault.on("GetOpenIdToken").latency(Duration.ofMillis(200)));

        HttpResponse<String> answered =
                send("GetOpenIdToken", "{\"IdentityId\":\"" + identity + "\"}").get(30, TimeUnit.SECONDS);

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"Token\":\"ey");
    }

    @Test
    void aResetConnectionGetsNoAnswerAtAll() throws Exception {
        FaultHandle reset = fake.inject(Fault.on("GetId").connectionReset());
        byte[] body = ("{\"IdentityPoolId\":\"" + pool + "\"}").getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AWSCognitoIdentityService.GetId\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: " + body.length + "\r\n\r\n";

        try (Socket socket = new Socket("127.0.0.1", fake.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            int read;
            try {
                read = in.read();
            } catch (SocketException e) {
                read = -2; // "Connection reset": the TCP reset the fault asks for
            }
            assertThat(read).as("no byte of an answer").isIn(-1, -2);
        }

        assertThat(reset.hits()).isEqualTo(1);
        RecordedRequest call = journal("GetId").get(0);
        assertThat(call.answered()).isFalse();
        assertThat(call.failed()).isTrue();
        assertThat(call.statusCode()).isZero();
        assertThat(call.errorType()).isNull();
        assertThat(call.faultId()).isEqualTo(reset.id());
    }

    @Test
    void theSdkSeesAResetAsAnIoErrorAndItsRetrySucceeds() {
        fake.inject(Fault.on("GetId").connectionReset().times(1));
        assertThatThrownBy(this::guest)
                .isInstanceOf(SdkClientException.class)
                .hasRootCauseInstanceOf(IOException.class);

        fake.inject(Fault.on("GetId").connectionReset().times(1));
        try (CognitoIdentityClient retrying = CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.of(fake.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
                .build()) {
            String identity = retrying.getId(b -> b.identityPoolId(pool)).identityId();

            assertThat(identity).startsWith("us-east-1:");
        }
        assertThat(journal("GetId")).extracting(RecordedRequest::statusCode).containsExactly(0, 0, 200);
    }

    @Test
    void aDelayedResetWaitsThenDrops() throws Exception {
        fake.inject(Fault.on("GetId").latency(Duration.ofMillis(200)).connectionReset());

        CompletableFuture<HttpResponse<String>> call = send("GetId", "{\"IdentityPoolId\":\"" + pool + "\"}");

        assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        assertThat(journal("GetId")).extracting(RecordedRequest::answered).containsExactly(false);
    }

    @Test
    void throttlingWithLatencyStillReachesTheSdkAsThrottling() {
        fake.inject(Fault.on("GetId").latency(Duration.ofMillis(100)).error("TooManyRequestsException"));

        assertThatThrownBy(this::guest).isInstanceOf(TooManyRequestsException.class);
    }

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

    @Test
    void aCallHeldByALatencyFaultWhenTheFakeIsResetNeverRunsAndItsConnectionIsReset() throws Exception {
        fake.reset();
        String shop = fake.seed(WORLD).identityPools().get(0).id();
        FaultHandle slow = fake.inject(Fault.on("GetId").latency(Duration.ofMillis(700)));
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> cognito.getId(
                        b -> b.identityPoolId(shop).logins(java.util.Map.of(FACEBOOK, "bob")))
                .identityId());
        awaitHits(slow, 1);

        fake.reset();
        fake.seed(WORLD);

        assertThatThrownBy(() -> held.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(SdkClientException.class)
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(fake.snapshot().pool(shop).identities())
                .extracting(dev.fakecognito.model.World.Identity::id)
                .containsExactly("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
        assertThat(fake.requests().requests()).isEmpty();
        assertThat(cognito.getId(b -> b.identityPoolId(shop).logins(java.util.Map.of(FACEBOOK, "alice")))
                        .identityId())
                .as("the fake serves on")
                .isEqualTo("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
    }

    @Test
    void aHeldConnectionResetIsNotJournaledAfterAReset() throws Exception {
        FaultHandle dropped =
                fake.inject(Fault.on("GetId").latency(Duration.ofMillis(500)).connectionReset());
        CompletableFuture<HttpResponse<String>> call = send("GetId", "{\"IdentityPoolId\":\"" + pool + "\"}");
        awaitHits(dropped, 1);

        fake.reset();

        assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        assertThat(fake.requests().requests()).isEmpty();
    }

    /** Waits (at most 2 s) until the fault has struck this often: the call is then held. */
    private static void awaitHits(FaultHandle fault, long hits) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (fault.hits() < hits) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the fault struck " + fault.hits() + " times, not " + hits);
            }
            Thread.sleep(5);
        }
    }

    private CompletableFuture<HttpResponse<String>> send(String operation, String body) {
        return http.sendAsync(
                HttpRequest.newBuilder(url("/"))
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .header("X-Amz-Target", "AWSCognitoIdentityService." + operation)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
