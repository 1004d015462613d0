package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Requests.getId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.junit5.CognitoFault;
import dev.fakecognito.junit5.CognitoFixtures;
import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.model.Fault;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** docs/guides/faults.md: one fault from each surface, against the SDK's retries. */
@CognitoIdentityTest(fixtures = "cognito/mobile-app.yaml")
class SimulatingFailuresTest {
    static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";

    private static CognitoIdentityClient client(FakeAdmin fake, RetryMode retryMode, int maxAttempts) {
        return CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.of(fake.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(c -> c.retryStrategy(retryMode).retryStrategy(b -> b.maxAttempts(maxAttempts)))
                .build();
    }

    @Test
    void theSdksStandardRetrySucceedsOnTheThirdAttempt(FakeAdmin fake) {
        try (CognitoIdentityClient client = client(fake, RetryMode.STANDARD, 3)) {
            // snippet:start java
            FaultHandle throttling = fake.inject(
                    Fault.on("GetId").error("TooManyRequestsException").times(2));

            String identityId = client.getId(b -> b.identityPoolId(POOL)).identityId(); // SDK retries: 3 attempts

            assertThat(throttling).hasHits(2).isUsedUp();
            assertThat(fake)
                    .receivedRequests()
                    .hasRequestCount("GetId", 3)
                    .contains(getId(POOL).injectedBy(throttling).failedWith("TooManyRequestsException"))
                    .contains(getId(POOL).notInjected().succeeded());
            // snippet:end
            assertThat(identityId).startsWith("us-east-1:");
        }
    }

    @Test
    void withoutRetriesTheCallerSeesTheThrottling(FakeAdmin fake) {
        fake.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));

        try (CognitoIdentityClient client = client(fake, RetryMode.STANDARD, 1)) {
            assertThatThrownBy(() -> client.getId(b -> b.identityPoolId(POOL)))
                    .isInstanceOf(TooManyRequestsException.class)
                    .hasMessageStartingWith("Rate exceeded (Service: CognitoIdentity, Status Code: 400");
        }
        assertThat(fake).receivedRequests().hasRequestCount("GetId", 1);
    }

    // snippet:start annotation
    @Test
    @CognitoFault(operation = "GetId", error = "TooManyRequestsException", times = 2)
    void declaredOnTheTest(CognitoIdentityClient client, FakeAdmin fake) {
        client.getId(b -> b.identityPoolId(POOL)); // the extension's client retries as the SDK does by default

        assertThat(fake).receivedRequests().hasRequestCount("GetId", 3).hasNoFailuresExceptInjected();
    }
    // snippet:end

    @Test
    @CognitoFixtures("cognito/flaky-sign-in.yaml")
    void declaredInAFixtureDocument(CognitoIdentityClient client, FakeAdmin fake) {
        assertThat(fake.faults()).hasSize(2);
        client.getId(b -> b.identityPoolId(POOL));
        assertThat(client.deleteIdentities(b -> b.identityIdsToDelete("us-east-1:aaaaaaaa-0000-0000-0000-000000000002"))
                        .unprocessedIdentityIds())
                .singleElement()
                .satisfies(unprocessed ->
                        assertThat(unprocessed.errorCodeAsString()).isEqualTo("AccessDenied"));
        assertThat(fake.faults()).allSatisfy(fault -> assertThat(fault).wasHit());
    }
}
