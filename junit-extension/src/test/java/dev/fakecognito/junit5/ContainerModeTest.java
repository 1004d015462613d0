package dev.fakecognito.junit5;

import static dev.fakecognito.junit5.ResetBeforeEachTest.poolNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import dev.fakecognito.testcontainers.DockerAndImageCondition;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * {@code @CognitoIdentityTest(container = true)}: the same reset, seeding, injection and failure
 * messages as in process, against a real container (skipped without Docker or the image, except on CI).
 */
@ExtendWith(DockerAndImageCondition.class)
class ContainerModeTest {

    private static EngineExecutionResults run(Class<?> type) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(type))
                .execute();
    }

    @Test
    void theSameTestsPassInProcessAndInAContainer() {
        EngineExecutionResults inProcess = run(InProcess.class);
        EngineExecutionResults inContainer = run(InContainer.class);

        inProcess.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        inContainer.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void signaturesAreRequiredAndVerifiedInAContainerToo() {
        SignaturesTest.run(SignedInContainer.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @CognitoIdentityTest(
            container = true,
            requireSignatures = true,
            credentials = SignaturesTest.KEY + ":" + SignaturesTest.SECRET)
    static class SignedInContainer extends SignaturesTest.Contract {
        @Test
        void theContainerRequiresSignatures(CognitoIdentityContainer container) {
            assertThat(container.requiresSignatures()).isTrue();
            assertThat(container.accessKeyId()).isEqualTo(SignaturesTest.KEY);
            assertThat(container.secretAccessKey()).isEqualTo(SignaturesTest.SECRET);
        }
    }

    @Test
    void configureContainerAppliesToTheStartedContainer() {
        run(ConfiguredContainer.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    static class ConfiguredContainer {
        @RegisterExtension
        static CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
                .configureContainer(container -> container.withRegion("eu-west-1"))
                .build();

        @Test
        void theContainerHasTheRegion(CognitoIdentityContainer container, CognitoIdentityClient client) {
            assertThat(container.region()).isEqualTo("eu-west-1");
            assertThat(client.createIdentityPool(
                                    b -> b.identityPoolName("Configured").allowUnauthenticatedIdentities(true))
                            .identityPoolId())
                    .startsWith("eu-west-1:");
        }
    }

    @Test
    void theImageAttributeNamesTheImageStarted() {
        Throwable failure = run(MissingImage.class).containerEvents().failed().stream()
                .map(event -> event.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .findFirst()
                .orElseThrow(() -> new AssertionError("expected the class to fail"));

        // the local-only pull policy refused the image the attribute names: nothing else was started
        assertThat(failure)
                .hasStackTraceContaining("fakecognito/fake-cognito-identity:no-such-tag")
                .hasStackTraceContaining("scripts/build-image.sh");
    }

    @CognitoIdentityTest(container = true, image = "fakecognito/fake-cognito-identity:no-such-tag")
    static class MissingImage {
        @Test
        void never() {}
    }

    @Test
    void aContainerIsNotAnInProcessFake() {
        EngineExecutionResults results = run(AsksForTheInProcessFake.class);

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("inProcessFake"),
                                finishedWithFailure(
                                        instanceOf(ParameterResolutionException.class),
                                        message(m -> m.contains("Cannot inject FakeCognitoIdentity into test class "
                                                        + AsksForTheInProcessFake.class.getName())
                                                && m.contains("in a container (container = true)")
                                                && m.contains("Inject FakeAdmin")))));
    }

    @Test
    void aFixtureTheFakeRefusesFailsWithTheSameMessageEitherWay() {
        String inProcess = classFailure(run(WrongRegionInProcess.class));
        String inContainer = classFailure(run(WrongRegionInContainer.class));

        assertThat(inProcess)
                .contains("classpath:cognito/wrong-region.yaml:5:5: identityPools[0].id: ")
                .contains("not in the pool's region us-east-1");
        assertThat(inContainer.replace(WrongRegionInContainer.class.getName(), WrongRegionInProcess.class.getName()))
                .isEqualTo(inProcess);
    }

    @Test
    void declaredFaultsWorkTheSameInProcessAndInAContainer() {
        assertBothSucceeded(run(FaultsInProcess.class));
        assertBothSucceeded(run(FaultsInContainer.class));
    }

    /** Both tests of a fault contract passed; else the failures, with their messages. */
    private static void assertBothSucceeded(EngineExecutionResults results) {
        assertThat(results.allEvents().failed().stream()
                        .map(event -> event.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                                .getThrowable()
                                .map(Throwable::toString)
                                .orElse("?")))
                .as("failures")
                .isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void aFaultTheFakeRefusesFailsWithTheSameMessageEitherWay() {
        String inProcess = testFailure(run(BadFaultInProcess.class));
        String inContainer = testFailure(run(BadFaultInContainer.class));

        assertThat(inProcess).contains("Invalid fault: error: 'ThrottlingException' is not an error GetId can raise");
        assertThat(inContainer.replace(BadFaultInContainer.class.getName(), BadFaultInProcess.class.getName()))
                .isEqualTo(inProcess);
    }

    private static String testFailure(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(Event::getPayload)
                .flatMap(java.util.Optional::stream)
                .map(payload -> ((org.junit.platform.engine.TestExecutionResult) payload)
                        .getThrowable()
                        .orElseThrow())
                .map(Throwable::getMessage)
                .findFirst()
                .orElseThrow(() -> new AssertionError("expected the test to fail"));
    }

    /** Declared faults, against the admin contract: the same on either fake. */
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class FaultContract {
        @Test
        @Order(1)
        @CognitoFault(operation = "GetId", error = "InternalErrorException", times = 2)
        @CognitoFault(
                operation = "DeleteIdentities",
                unprocessedIdentityIds = "us-east-1:aaaaaaaa-0000-0000-0000-000000000002")
        void declaredFaultsStrike(CognitoIdentityClient client, FakeAdmin fake) {
            String guest = client.getId(b -> b.identityPoolId("us-east-1:11111111-2222-3333-4444-555555555555"))
                    .identityId(); // the SDK's default retries get past the two server errors

            assertThat(guest).startsWith("us-east-1:");
            assertThat(fake.faults().get(0).hits()).isEqualTo(2);
            assertThat(client.deleteIdentities(
                                    b -> b.identityIdsToDelete("us-east-1:aaaaaaaa-0000-0000-0000-000000000002", guest))
                            .unprocessedIdentityIds())
                    .singleElement()
                    .satisfies(unprocessed ->
                            assertThat(unprocessed.errorCodeAsString()).isEqualTo("InternalServerError"));
            assertThat(fake.snapshot().pool("MobileApp").identities()).hasSize(2);
        }

        @Test
        @Order(2)
        void andAreGoneForTheNextTest(FakeAdmin fake) {
            assertThat(fake.faults()).isEmpty();
        }
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class FaultsInProcess extends FaultContract {}

    @CognitoIdentityTest(fixtures = "cognito/world.yaml", container = true)
    static class FaultsInContainer extends FaultContract {}

    @CognitoIdentityTest
    static class BadFaultInProcess {
        @Test
        @CognitoFault(operation = "GetId", error = "ThrottlingException")
        void never() {}
    }

    @CognitoIdentityTest(container = true)
    static class BadFaultInContainer {
        @Test
        @CognitoFault(operation = "GetId", error = "ThrottlingException")
        void never() {}
    }

    private static String classFailure(EngineExecutionResults results) {
        return results.containerEvents().failed().stream()
                .map(Event::getPayload)
                .flatMap(java.util.Optional::stream)
                .map(payload -> ((org.junit.platform.engine.TestExecutionResult) payload)
                        .getThrowable()
                        .orElseThrow())
                .peek(error -> assertThat(error).isInstanceOf(ExtensionConfigurationException.class))
                .map(Throwable::getMessage)
                .findFirst()
                .orElseThrow(() -> new AssertionError("expected the class to fail"));
    }

    /** The test body, written against the admin contract and the SDK: it runs on either fake. */
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class Contract {
        @Test
        @Order(1)
        void fixturesAreSeeded(CognitoIdentityClient client) {
            String identityId = client.getId(b -> b.identityPoolId("us-east-1:11111111-2222-3333-4444-555555555555")
                            .logins(Map.of("graph.facebook.com", "alice")))
                    .identityId();

            assertThat(identityId).isEqualTo("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
        }

        @Test
        @Order(2)
        void aTestChangesTheWorld(CognitoIdentityClient client, FakeAdmin fake) {
            client.createIdentityPool(b -> b.identityPoolName("Scratch").allowUnauthenticatedIdentities(true));

            assertThat(fake.snapshot().pool("Scratch")).isNotNull();
            assertThat(fake.requests().forOperation("CreateIdentityPool")).hasSize(1);
        }

        @Test
        @Order(3)
        void theNextTestStartsFromTheFixturesAgain(
                CognitoIdentityClient client, FakeAdmin fake, @InjectCognito URI endpoint) {
            assertThat(poolNames(client)).containsExactly("MobileApp");
            assertThat(fake.requests().forOperation("CreateIdentityPool")).isEmpty();
            assertThat(endpoint).isEqualTo(fake.endpoint());
        }
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class InProcess extends Contract {}

    @CognitoIdentityTest(fixtures = "cognito/world.yaml", container = true)
    static class InContainer extends Contract {}

    @CognitoIdentityTest(container = true)
    static class AsksForTheInProcessFake {
        @Test
        void inProcessFake(FakeCognitoIdentity fake) {}

        @Test
        void theContainer(CognitoIdentityContainer container, FakeAdmin admin) {
            assertThat(admin).isSameAs(container);
        }
    }

    @CognitoIdentityTest(fixtures = "cognito/wrong-region.yaml")
    static class WrongRegionInProcess {
        @Test
        void never() {}
    }

    @CognitoIdentityTest(fixtures = "cognito/wrong-region.yaml", container = true)
    static class WrongRegionInContainer {
        @Test
        void never() {}
    }
}
