package dev.fakecognito.assertj;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Requests.getId;
import static dev.fakecognito.assertj.Requests.request;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.time.Duration;
import org.assertj.core.api.SoftAssertionsProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.InternalErrorException;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** Assertions on injected faults, and on the journal's injected failures. */
class FaultAssertTest {
    private FakeCognitoIdentity fake;
    private CognitoIdentityClient cognito;
    private String pool;

    @BeforeEach
    void start() {
        fake = FakeCognitoIdentity.builder().start();
        cognito = Scenario.client(fake);
        pool = cognito.createIdentityPool(b -> b.identityPoolName("Faults").allowUnauthenticatedIdentities(true))
                .identityPoolId();
    }

    @AfterEach
    void stop() {
        cognito.close();
        fake.close();
    }

    private void throttledTwiceThenSucceeded(FaultHandle throttling) {
        assertThatThrownBy(() -> cognito.getId(b -> b.identityPoolId(pool)))
                .isInstanceOf(TooManyRequestsException.class);
        assertThatThrownBy(() -> cognito.getId(b -> b.identityPoolId(pool)))
                .isInstanceOf(TooManyRequestsException.class);
        cognito.getId(b -> b.identityPoolId(pool));
    }

    @Test
    void hitsAndRemaining() {
        FaultHandle throttling =
                fake.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));
        FaultHandle unused = fake.inject(Fault.on("DeleteIdentityPool").error("InternalErrorException"));

        throttledTwiceThenSucceeded(throttling);

        assertThat(throttling).hasHits(2).wasHit().hasRemaining(0).isUsedUp();
        assertThat(unused).wasNotHit().hasHits(0);
        assertThatThrownBy(() -> assertThat(throttling).hasHits(3))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting fault " + throttling.id() + " Fault[operation=GetId")
                .hasMessageContaining("to have affected 3 call(s) but it affected 2");
        assertThatThrownBy(() -> assertThat(unused).isUsedUp())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be used up but it has no limit (no times) remaining after 0 hit(s)");
        assertThatThrownBy(() -> assertThat(unused).hasRemaining(1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have 1 call(s) remaining but it has no limit (no times)");
        assertThatThrownBy(() -> assertThat(unused).wasHit())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have affected a call but it affected none");
        assertThatThrownBy(() -> assertThat(throttling).wasNotHit())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have affected no call but it affected 2");
    }

    @Test
    void injectedFailuresAreToldApart() {
        FaultHandle throttling =
                fake.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));
        FaultHandle slow = fake.inject(Fault.on("DescribeIdentityPool").latency(Duration.ofMillis(1)));
        throttledTwiceThenSucceeded(throttling);
        cognito.describeIdentityPool(b -> b.identityPoolId(pool));

        assertThat(fake)
                .receivedRequests()
                .contains(getId(pool).injected().failedWith("TooManyRequestsException"))
                .contains(
                        getId(pool).injectedBy(throttling).failed(),
                        getId(pool).notInjected().succeeded())
                .contains(request("DescribeIdentityPool").injectedBy(slow).succeeded())
                .doesNotContain(
                        getId(pool).notInjected().failed(),
                        request("CreateIdentityPool").injected())
                .hasNoFailuresExceptInjected();
        assertThatThrownBy(() -> assertThat(fake).receivedRequests().hasNoFailures())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting no request to have failed but 2 did:\n")
                .hasMessageContaining(
                        "-> 400 TooManyRequestsException: Rate exceeded (injected by " + throttling.id() + ")");
    }

    @Test
    void aRealFailureIsNotExcused() {
        fake.inject(Fault.on("GetCredentialsForIdentity").error("InternalErrorException"));
        assertThatThrownBy(() -> cognito.getCredentialsForIdentity(
                        b -> b.identityId("us-east-1:00000000-0000-0000-0000-000000000000")))
                .isInstanceOf(InternalErrorException.class);
        fake.clearFaults();
        assertThatThrownBy(() -> cognito.getCredentialsForIdentity(
                        b -> b.identityId("us-east-1:00000000-0000-0000-0000-000000000000")))
                .isInstanceOf(CognitoIdentityException.class)
                .isNotInstanceOf(InternalErrorException.class);

        assertThatThrownBy(() -> assertThat(fake).receivedRequests().hasNoFailuresExceptInjected())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting no request to have failed except by an injected fault but 1 did:\n")
                .hasMessageContaining("#3 GetCredentialsForIdentity")
                .hasMessageNotContaining("injected by");
    }

    @Test
    void aResetConnectionIsAFailureWithoutAnAnswer() {
        FaultHandle reset = fake.inject(Fault.on("GetId").connectionReset().times(1));
        assertThatThrownBy(() -> cognito.getId(b -> b.identityPoolId(pool)))
                .isInstanceOf(software.amazon.awssdk.core.exception.SdkClientException.class);

        assertThat(fake)
                .receivedRequests()
                .contains(getId(pool).injectedBy(reset).failed());
        assertThatThrownBy(() -> assertThat(fake).receivedRequests().hasNoFailures())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("-> no answer (connection reset) (injected by " + reset.id() + ")");
    }

    @Test
    void softly() {
        FaultHandle unused =
                fake.inject(Fault.on("GetId").error("InternalErrorException").times(1));

        assertThatThrownBy(() -> SoftAssertionsProvider.assertSoftly(CognitoIdentitySoftAssertions.class, softly -> {
                    softly.assertThat(unused).wasHit();
                    softly.assertThat(unused).hasRemaining(0);
                }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (2 failures)");
    }
}
