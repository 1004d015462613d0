package dev.fakecognito.server.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RecordedRequest;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/**
 * The AWS SDK for Java v2's own retry strategies against injected faults: what they retry, how often,
 * and what reaches the caller. (Retry delays are the SDK's; the fake answers at once.)
 */
class SdkRetryTest extends FaultTestSupport {

    @Test
    void standardRetrySucceedsOnTheThirdAttemptAfterTwoThrottles() {
        FaultHandle throttling =
                fake.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));

        String identity;
        try (CognitoIdentityClient client = client(c -> c.retryStrategy(RetryMode.STANDARD))) {
            identity = client.getId(b -> b.identityPoolId(pool)).identityId();
        }

        assertThat(identity).startsWith("us-east-1:");
        assertThat(throttling.hits()).isEqualTo(2);
        assertThat(throttling.remaining()).hasValue(0);
        assertThat(journal("GetId"))
                .extracting(RecordedRequest::statusCode, RecordedRequest::errorType, RecordedRequest::faultId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(400, "TooManyRequestsException", throttling.id()),
                        org.assertj.core.groups.Tuple.tuple(400, "TooManyRequestsException", throttling.id()),
                        org.assertj.core.groups.Tuple.tuple(200, null, null));
    }

    @Test
    void withRetriesOffTheCallerSeesTheThrottling() {
        fake.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));

        try (CognitoIdentityClient client =
                client(c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))) {
            assertThatThrownBy(() -> client.getId(b -> b.identityPoolId(pool)))
                    .isInstanceOf(TooManyRequestsException.class)
                    .hasMessageStartingWith("Rate exceeded");
        }
        assertThat(journal("GetId")).hasSize(1);
    }

    @Test
    void standardRetryGivesUpAfterThreeAttempts() {
        FaultHandle throttling = fake.inject(Fault.on("GetId").error("TooManyRequestsException"));

        try (CognitoIdentityClient client = client(c -> c.retryStrategy(RetryMode.STANDARD))) {
            assertThatThrownBy(() -> client.getId(b -> b.identityPoolId(pool)))
                    .isInstanceOf(TooManyRequestsException.class);
        }
        assertThat(throttling.hits()).isEqualTo(3);
    }

    @Test
    void legacyRetryMakesFourAttempts() {
        FaultHandle failing = fake.inject(Fault.on("GetId").error("InternalErrorException"));

        try (CognitoIdentityClient client = client(c -> c.retryStrategy(RetryMode.LEGACY))) {
            assertThatThrownBy(() -> client.getId(b -> b.identityPoolId(pool)))
                    .isInstanceOf(software.amazon.awssdk.services.cognitoidentity.model.InternalErrorException.class);
        }
        assertThat(failing.hits()).isEqualTo(4);
    }

    /** LimitExceededException is not in the Java SDK's throttling codes: a 400 that is not retried. */
    @Test
    void limitExceededIsNotRetriedByTheJavaSdk() {
        FaultHandle limit = fake.inject(Fault.on("CreateIdentityPool").error("LimitExceededException"));

        try (CognitoIdentityClient client = client(c -> c.retryStrategy(RetryMode.STANDARD))) {
            assertThatThrownBy(() -> client.createIdentityPool(
                            b -> b.identityPoolName("more").allowUnauthenticatedIdentities(true)))
                    .isInstanceOf(LimitExceededException.class);
        }
        assertThat(limit.hits()).isEqualTo(1);
    }

    private CognitoIdentityClient client(Consumer<ClientOverrideConfiguration.Builder> retries) {
        return CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.of(fake.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(retries)
                .build();
    }
}
