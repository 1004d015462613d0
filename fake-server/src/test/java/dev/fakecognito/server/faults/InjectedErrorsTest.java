package dev.fakecognito.server.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RecordedRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.InternalErrorException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** Injected errors, through the SDK (no retries) and raw HTTP: what is answered, to which calls, how often. */
class InjectedErrorsTest extends FaultTestSupport {

    @Test
    void throttlingIsAnsweredLikeTheRealServiceAndJournaledWithTheFaultId() throws Exception {
        FaultHandle throttling = fake.inject(Fault.on("GetId").error("TooManyRequestsException"));

        assertThatThrownBy(this::guest).isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
            assertThat(e.isThrottlingException()).isTrue();
            assertThat(e.requestId()).isNotBlank();
        });
        HttpResponse<String> raw = rawCall("GetId", "{\"IdentityPoolId\":\"" + pool + "\"}");
        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.body()).isEqualTo("{\"__type\":\"TooManyRequestsException\",\"message\":\"Rate exceeded\"}");
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValue("TooManyRequestsException:");
        assertThat(raw.headers().firstValue("x-amzn-ErrorMessage")).hasValue("Rate exceeded");
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");

        List<RecordedRequest> calls = journal("GetId");
        assertThat(calls).hasSize(2).allSatisfy(call -> {
            assertThat(call.faultId()).isEqualTo(throttling.id());
            assertThat(call.injected()).isTrue();
            assertThat(call.failed()).isTrue();
            assertThat(call.statusCode()).isEqualTo(400);
            assertThat(call.errorType()).isEqualTo("TooManyRequestsException");
            assertThat(call.errorMessage()).isEqualTo("Rate exceeded");
        });
        assertThat(throttling.hits()).isEqualTo(2);
        assertThat(throttling.remaining()).isEmpty();
        assertThat(journal("CreateIdentityPool"))
                .allSatisfy(call -> assertThat(call.injected()).isFalse());
    }

    @Test
    void internalErrorIs500AndAnyStatusCanBeChosen() {
        String identity = guest();
        fake.inject(Fault.on("GetCredentialsForIdentity")
                .error("InternalErrorException")
                .times(1));
        fake.inject(Fault.on("GetCredentialsForIdentity")
                .error("TooManyRequestsException")
                .status(429)
                .message("Slow down, please")
                .times(1));

        assertThatThrownBy(() -> cognito.getCredentialsForIdentity(b -> b.identityId(identity)))
                .isInstanceOfSatisfying(InternalErrorException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Internal server error.");
                });
        assertThatThrownBy(() -> cognito.getCredentialsForIdentity(b -> b.identityId(identity)))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Slow down, please");
                });
        assertThat(cognito.getCredentialsForIdentity(b -> b.identityId(identity))
                        .credentials()
                        .accessKeyId())
                .startsWith("ASIA");
    }

    /**
     * A chosen 401 carries its message like any other status. (The SDK's URLConnection HTTP client does not
     * read the body of a 401 answer to its streamed POST, so through that client the message is empty; AWS
     * itself answers NotAuthorizedException with 400.)
     */
    @Test
    void anInjectedUnauthorizedStatusCarriesItsMessage() throws Exception {
        fake.inject(Fault.on("DescribeIdentityPool")
                .error("NotAuthorizedException")
                .status(401)
                .message("Not today")
                .times(1));

        HttpResponse<String> raw = rawCall("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + pool + "\"}");

        assertThat(raw.statusCode()).isEqualTo(401);
        assertThat(raw.body()).isEqualTo("{\"__type\":\"NotAuthorizedException\",\"message\":\"Not today\"}");
        assertThat(raw.headers().firstValue("x-amzn-ErrorMessage")).hasValue("Not today");
    }

    @ParameterizedTest
    @CsvSource({
        "GetId, NotAuthorizedException, Access to this identity pool is forbidden.",
        "GetId, LimitExceededException, Limit exceeded.",
        "GetId, ExternalServiceException, An external identity provider did not answer.",
        "UpdateIdentityPool, ConcurrentModificationException, The identity pool was changed concurrently; try again.",
        "GetCredentialsForIdentity, InvalidIdentityPoolConfigurationException,"
                + " Invalid identity pool configuration. Check assigned IAM roles for this pool.",
    })
    void everyModelledErrorOfAnOperationCanBeInjected(String operation, String error, String message) throws Exception {
        fake.inject(Fault.on(operation).error(error));

        HttpResponse<String> raw = rawCall(operation, "{}");

        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValue(error + ":");
        assertThat(raw.body()).isEqualTo("{\"__type\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }

    @Test
    void resourceNotFoundNamesTheIdentityOrPoolOfTheCallAsAwsDoes() {
        String identity = guest();
        fake.inject(Fault.on("GetCredentialsForIdentity").error("ResourceNotFoundException"));
        fake.inject(Fault.on("DescribeIdentityPool").error("ResourceNotFoundException"));

        assertThatThrownBy(() -> cognito.getCredentialsForIdentity(b -> b.identityId(identity)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Identity '" + identity + "' not found.");
        assertThatThrownBy(() -> cognito.describeIdentityPool(b -> b.identityPoolId(pool)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("IdentityPool '" + pool + "' not found.");
    }

    @Test
    void aFaultWithTimesExpiresAndStaysListedAsUsedUp() {
        FaultHandle twice =
                fake.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));

        assertThatThrownBy(this::guest).isInstanceOf(TooManyRequestsException.class);
        assertThat(twice.remaining()).hasValue(1);
        assertThatThrownBy(this::guest).isInstanceOf(TooManyRequestsException.class);
        String identity = guest();

        assertThat(identity).startsWith("us-east-1:");
        assertThat(twice.hits()).isEqualTo(2);
        assertThat(twice.remaining()).hasValue(0);
        assertThat(fake.faults()).containsExactly(twice);
        assertThat(journal("GetId")).extracting(RecordedRequest::faultId).containsExactly(twice.id(), twice.id(), null);
    }

    @Test
    void faultsApplyInOrderAndOnlyToTheirOperation() {
        String identity = guest();
        FaultHandle first = fake.inject(Fault.on("GetCredentialsForIdentity")
                .error("InternalErrorException")
                .times(1));
        FaultHandle second = fake.inject(Fault.on("GetCredentialsForIdentity").error("TooManyRequestsException"));

        assertThatThrownBy(() -> cognito.getCredentialsForIdentity(b -> b.identityId(identity)))
                .isInstanceOf(InternalErrorException.class);
        assertThatThrownBy(() -> cognito.getCredentialsForIdentity(b -> b.identityId(identity)))
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(cognito.describeIdentity(b -> b.identityId(identity)).identityId())
                .isEqualTo(identity);

        assertThat(first.hits()).isEqualTo(1);
        assertThat(second.hits()).isEqualTo(1);
    }

    @Test
    void theAnyOperationFaultStrikesEveryApiCall() {
        String identity = guest();
        fake.inject(Fault.onAnyOperation().error("InternalErrorException").times(3));

        assertThatThrownBy(this::guest).isInstanceOf(InternalErrorException.class);
        assertThatThrownBy(() -> cognito.describeIdentity(b -> b.identityId(identity)))
                .isInstanceOf(InternalErrorException.class);
        assertThatThrownBy(() -> cognito.listIdentityPools(b -> b.maxResults(5)))
                .isInstanceOf(InternalErrorException.class);
        assertThat(cognito.listIdentityPools(b -> b.maxResults(5)).identityPools())
                .isNotEmpty();
    }

    @Test
    void matchNarrowsAFaultToCallsWithThoseMembers() {
        String victim = guest();
        String bystander = guest();
        FaultHandle onlyVictim = fake.inject(Fault.on("GetCredentialsForIdentity")
                .error("NotAuthorizedException")
                .match("IdentityId", victim));
        FaultHandle listingsOfSix = fake.inject(
                Fault.on("ListIdentityPools").error("InternalErrorException").match(Map.of("MaxResults", "6")));

        assertThatThrownBy(() -> cognito.getCredentialsForIdentity(b -> b.identityId(victim)))
                .isInstanceOf(CognitoIdentityException.class)
                .hasMessageStartingWith("Access to this identity pool is forbidden.");
        assertThat(cognito.getCredentialsForIdentity(b -> b.identityId(bystander))
                        .identityId())
                .isEqualTo(bystander);
        assertThatThrownBy(() -> cognito.listIdentityPools(b -> b.maxResults(6)))
                .isInstanceOf(InternalErrorException.class);
        cognito.listIdentityPools(b -> b.maxResults(7));

        assertThat(onlyVictim.hits()).isEqualTo(1);
        assertThat(listingsOfSix.hits()).isEqualTo(1);
    }

    @Test
    void aSeededProbabilityStrikesTheSameCallsOnEveryRun() {
        List<Boolean> firstRun = run(Fault.on("GetId")
                .error("InternalErrorException")
                .probability(0.5)
                .seed(7));
        List<Boolean> secondRun = run(Fault.on("GetId")
                .error("InternalErrorException")
                .probability(0.5)
                .seed(7));
        List<Boolean> otherSeed = run(Fault.on("GetId")
                .error("InternalErrorException")
                .probability(0.5)
                .seed(8));

        assertThat(firstRun).isEqualTo(secondRun).contains(true, false).isNotEqualTo(otherSeed);
    }

    @Test
    void anUnseededProbabilityGetsASeedThatReplaysItsRun() {
        FaultHandle unseeded =
                fake.inject(Fault.on("GetId").error("InternalErrorException").probability(0.5));
        Long chosen = unseeded.fault().seed();
        unseeded.remove();

        assertThat(chosen).isNotNull();
        assertThat(run(unseeded.fault()))
                .isEqualTo(run(Fault.on("GetId")
                        .error("InternalErrorException")
                        .probability(0.5)
                        .seed(chosen)));
    }

    @Test
    void probabilityZeroNeverStrikesAndOneAlwaysDoes() {
        assertThat(run(Fault.on("GetId").error("InternalErrorException").probability(0)))
                .containsOnly(false);
        assertThat(run(Fault.on("GetId").error("InternalErrorException").probability(1)))
                .containsOnly(true);
    }

    /** Twenty GetId calls under a fault: whether each failed. */
    private List<Boolean> run(Fault fault) {
        FaultHandle handle = fake.inject(fault);
        try {
            return java.util.stream.IntStream.range(0, 20)
                    .mapToObj(i -> catchThrowableOfType(InternalErrorException.class, this::guest) != null)
                    .toList();
        } finally {
            handle.remove();
        }
    }

    @Test
    void removingClearingAndResettingStopTheFaults() {
        FaultHandle removed = fake.inject(Fault.on("GetId").error("InternalErrorException"));
        assertThat(removed.remove()).isTrue();
        assertThat(removed.remove()).isFalse();
        assertThatThrownBy(removed::hits)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Fault " + removed.id() + " is no longer in the fake (removed, cleared or reset)");
        guest();

        FaultHandle cleared = fake.inject(Fault.on("GetId").error("InternalErrorException"));
        fake.clearFaults();
        assertThat(fake.faults()).isEmpty();
        assertThatThrownBy(cleared::remaining).isInstanceOf(IllegalStateException.class);
        guest();

        FaultHandle beforeReset = fake.inject(Fault.on("GetId").error("InternalErrorException"));
        fake.reset();
        assertThat(fake.faults()).isEmpty();
        assertThatThrownBy(beforeReset::hits).isInstanceOf(IllegalStateException.class);
        FaultHandle afterReset = fake.inject(Fault.on("GetId").latency(java.time.Duration.ZERO));
        assertThat(afterReset.id()).isNotIn(removed.id(), cleared.id(), beforeReset.id());
    }

    @Test
    void injectedErrorsComeBeforeValidation() throws Exception {
        fake.inject(Fault.on("DescribeIdentityPool").error("TooManyRequestsException"));

        HttpResponse<String> raw = rawCall("DescribeIdentityPool", "{\"IdentityPoolId\":\"not a pool id\"}");

        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.body()).contains("TooManyRequestsException");
    }
}
