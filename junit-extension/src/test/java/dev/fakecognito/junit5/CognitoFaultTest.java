package dev.fakecognito.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * {@link CognitoFault}: faults declared on tests and classes, injected after seeding and removed after
 * the test; checked on the events of classes run through {@link EngineTestKit}.
 */
class CognitoFaultTest {
    static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";
    static final String ALICE = "us-east-1:aaaaaaaa-0000-0000-0000-000000000001";

    private static EngineExecutionResults run(Class<?> type) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(type))
                .execute();
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    @CognitoFault(operation = "DescribeIdentityPool", latencyMs = 1)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Declared {
        @Test
        @Order(1)
        @CognitoFault(operation = "GetId", error = "InternalErrorException", times = 2)
        @CognitoFault(
                operation = "GetCredentialsForIdentity",
                error = "InternalErrorException",
                match = "IdentityId=" + ALICE)
        void classFaultsThenMethodFaultsAreInjected(CognitoIdentityClient client, FakeAdmin fake) {
            List<FaultHandle> faults = fake.faults();
            assertThat(faults)
                    .extracting(FaultHandle::fault)
                    .containsExactly(
                            Fault.on("DescribeIdentityPool").latency(java.time.Duration.ofMillis(1)),
                            Fault.on("GetId").error("InternalErrorException").times(2),
                            Fault.on("GetCredentialsForIdentity")
                                    .error("InternalErrorException")
                                    .match(Map.of("IdentityId", ALICE)));

            // The extension's client retries server errors (the SDK's default, after short back-offs; a
            // throttling error would wait longer): the third attempt succeeds.
            String guest = client.getId(b -> b.identityPoolId(POOL)).identityId();

            assertThat(guest).startsWith("us-east-1:");
            assertThat(faults.get(1).hits()).isEqualTo(2);
            assertThat(fake.requests().forOperation("GetId"))
                    .extracting(RecordedRequest::faultId)
                    .containsExactly(faults.get(1).id(), faults.get(1).id(), null);
        }

        @Test
        @Order(2)
        void theNextTestHasOnlyTheClassFaults(CognitoIdentityClient client, FakeAdmin fake) {
            assertThat(fake.faults())
                    .extracting(handle -> handle.fault().operation())
                    .containsExactly("DescribeIdentityPool");
            assertThat(client.getId(b -> b.identityPoolId(POOL)).identityId()).startsWith("us-east-1:");
        }
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class ResetAndUnprocessed {
        @Test
        @CognitoFault(operation = "GetId", connectionReset = true)
        @CognitoFault(
                operation = "DeleteIdentities",
                unprocessedIdentityIds = ALICE,
                unprocessedErrorCode = "AccessDenied")
        @CognitoFault(
                operation = "DescribeIdentityPool",
                error = "NotAuthorizedException",
                status = 401,
                message = "Not today")
        void connectionResetUnprocessedErrorCodeStatusAndMessageAreDeclared(
                CognitoIdentityClient client, FakeAdmin fake) {
            assertThat(fake.faults())
                    .extracting(FaultHandle::fault)
                    .containsExactly(
                            Fault.on("GetId").connectionReset(),
                            Fault.on("DeleteIdentities")
                                    .unprocessedIdentityIds(ALICE)
                                    .unprocessedErrorCode("AccessDenied"),
                            Fault.on("DescribeIdentityPool")
                                    .error("NotAuthorizedException")
                                    .status(401)
                                    .message("Not today"));
            assertThatThrownBy(() -> client.describeIdentityPool(b -> b.identityPoolId(POOL)))
                    .isInstanceOf(NotAuthorizedException.class)
                    .satisfies(e -> assertThat(((NotAuthorizedException) e).statusCode())
                            .isEqualTo(401));
            assertThat(fake.requests().forOperation("DescribeIdentityPool"))
                    .singleElement()
                    .satisfies(request -> {
                        assertThat(request.statusCode()).isEqualTo(401);
                        assertThat(request.errorMessage()).isEqualTo("Not today");
                    });
            assertThat(client.deleteIdentities(b -> b.identityIdsToDelete(ALICE))
                            .unprocessedIdentityIds())
                    .singleElement()
                    .satisfies(unprocessed ->
                            assertThat(unprocessed.errorCodeAsString()).isEqualTo("AccessDenied"));
        }
    }

    @Test
    void connectionResetAndUnprocessedErrorCodeBecomeTheirFault() {
        EngineExecutionResults results = run(ResetAndUnprocessed.class);

        assertThat(results.testEvents().failed().stream()
                        .map(event -> event.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                                .getThrowable()
                                .map(Throwable::toString)
                                .orElse("?")))
                .as("failures")
                .isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void declaredFaultsApplyToTheirTestOnly() {
        run(Declared.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml", resetBeforeEach = false)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class KeepingState {
        @Test
        @Order(1)
        @CognitoFault(operation = "GetId", error = "NotAuthorizedException") // not retried: no back-off waits
        void refused(CognitoIdentityClient client, FakeAdmin fake) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.getId(b -> b.identityPoolId(POOL)))
                    .isInstanceOf(NotAuthorizedException.class);
        }

        @Test
        @Order(2)
        void notAnyMore(CognitoIdentityClient client, FakeAdmin fake) {
            assertThat(fake.faults()).isEmpty();
            client.getId(b -> b.identityPoolId(POOL));
        }
    }

    @Test
    void aDeclaredFaultIsRemovedAfterItsTestEvenWhenStateIsKept() {
        run(KeepingState.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @CognitoIdentityTest
    static class BadFault {
        @Test
        @CognitoFault(operation = "GetId", error = "ThrottlingException")
        void never() {}
    }

    @Test
    void aFaultTheFakeRefusesFailsTheTestNamingTheField() {
        run(BadFault.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("never"),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.startsWith(
                                                "Cannot inject @CognitoFault(operation = \"GetId\") of test "
                                                        + BadFault.class.getName() + ".never(): Invalid fault: error: "
                                                        + "'ThrottlingException' is not an error GetId can raise")))));
    }

    @CognitoIdentityTest
    static class BadMatch {
        @Test
        @CognitoFault(operation = "GetId", error = "InternalErrorException", match = "IdentityPoolId")
        void never() {}
    }

    @Test
    void aMatchEntryNeedsAnEqualsSign() {
        run(BadMatch.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("never"),
                                finishedWithFailure(message(m ->
                                        m.endsWith("match entry 'IdentityPoolId' is not of the form Member=value")))));
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class Probable {
        @Test
        @CognitoFault(operation = "GetId", error = "InternalErrorException", probability = 0.5)
        @CognitoFault(operation = "GetOpenIdToken", error = "InternalErrorException", probability = 0.5, seed = 42)
        void drawn() {}
    }

    @Test
    void theSeedOfEachProbableFaultIsReported() {
        List<String> entries = run(Probable.class).allEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .map(pairs -> pairs.get("cognito-fault"))
                .toList();

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).matches("fault-\\d+ on GetId drew with seed = -?\\d+");
        assertThat(entries.get(1)).matches("fault-\\d+ on GetOpenIdToken drew with seed = 42");
    }
}
