package dev.fakecognito.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * Starts one fake per test class and gives tests a real SDK v2 client pointed at it (no retries, so
 * errors surface at once), plus a raw HTTP client for protocol cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FakeServerTestBase {
    protected FakeCognitoIdentity fake;
    protected CognitoIdentityClient cognito;
    protected final HttpClient http = HttpClient.newHttpClient();

    /** Override to configure the fake (region, clock, …). */
    protected FakeCognitoIdentity.Builder configure(FakeCognitoIdentity.Builder builder) {
        return builder;
    }

    @BeforeAll
    void startFake() {
        fake = configure(FakeCognitoIdentity.builder()).start();
        cognito = client(fake);
    }

    @AfterAll
    void stopFake() {
        cognito.close();
        fake.close();
    }

    /** An SDK client for a fake, signed with the fake's credentials (dummy ones unless configured), without retries. */
    public static CognitoIdentityClient client(FakeCognitoIdentity fake) {
        return CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.of(fake.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(fake.accessKeyId(), fake.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    /** A pool name no other test uses. */
    protected static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sends a raw awsJson request: {@code POST /} with the target header and body as given. */
    protected HttpResponse<String> rawCall(String operation, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(fake.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityService." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The fake's endpoint resolved against a path. */
    protected URI url(String path) {
        return fake.endpoint().resolve(path);
    }
}
