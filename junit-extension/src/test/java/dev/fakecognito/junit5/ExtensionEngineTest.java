package dev.fakecognito.junit5;

import static dev.fakecognito.junit5.ResetBeforeEachTest.poolNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClientBuilder;

/**
 * The extension seen from the JUnit Platform: lifecycle, isolation and error reports, checked on the
 * events of test classes run through {@link EngineTestKit}. The classes below are run only from here
 * (surefire skips nested classes).
 */
class ExtensionEngineTest {

    private static EngineExecutionResults run(Class<?>... classes) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(classes)
                        .map(DiscoverySelectors::selectClass)
                        .toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .execute();
    }

    private static EngineExecutionResults runInParallel(Class<?>... classes) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(classes)
                        .map(DiscoverySelectors::selectClass)
                        .toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .execute();
    }

    /** The report entries published by the run's tests, in order: key to value. */
    private static List<Map<String, String>> reports(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .collect(Collectors.toList());
    }

    // --- without Docker

    static class ContainerWithoutDockerSkipped {
        @org.junit.jupiter.api.extension.RegisterExtension
        static CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
                .container(true)
                .disabledWithoutDocker(true)
                .dockerProbe(() -> false)
                .build();

        @Test
        void neverRuns() {}
    }

    static class ContainerWithoutDockerFailing {
        @org.junit.jupiter.api.extension.RegisterExtension
        static CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
                .image("fakecognito/fake-cognito-identity:no-such-tag")
                .dockerProbe(() -> false)
                .build();

        @Test
        void neverRuns() {}
    }

    @Test
    void withoutDockerAContainerClassIsSkippedOnlyWhenItSaysSo() {
        EngineExecutionResults skipped = run(ContainerWithoutDockerSkipped.class);
        EngineExecutionResults failing = run(ContainerWithoutDockerFailing.class);

        skipped.containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(ContainerWithoutDockerSkipped.class),
                                org.junit.platform.testkit.engine.EventConditions.skippedWithReason(
                                        reason -> reason.contains("disabledWithoutDocker = true"))));
        skipped.testEvents().assertStatistics(stats -> stats.started(0));
        failing.containerEvents()
                .assertThatEvents()
                .haveExactly(1, event(container(ContainerWithoutDockerFailing.class), finishedWithFailure()));
    }

    // --- errors

    @CognitoIdentityTest(fixtures = "cognito/missing.yaml")
    static class MissingClassFixture {
        @Test
        void neverRuns() {}
    }

    @Test
    void missingClassFixtureFailsTheClassNamingPathAndClass() {
        EngineExecutionResults results = run(MissingClassFixture.class);

        results.containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(MissingClassFixture.class),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.contains("cognito/missing.yaml")
                                                && m.contains(MissingClassFixture.class.getName())
                                                && m.contains("no such fixture resource on the classpath")))));
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }

    @CognitoIdentityTest(fixtures = "cognito/broken.yaml")
    static class BrokenClassFixture {
        @Test
        void neverRuns() {}
    }

    @Test
    void malformedFixtureNamesLineAndField() {
        run(BrokenClassFixture.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(BrokenClassFixture.class),
                                finishedWithFailure(message(m -> m.contains("classpath:cognito/broken.yaml:2:")
                                        && m.contains("did you mean 'name'?")))));
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class MissingMethodFixture {
        @Test
        @CognitoFixtures("cognito/nope.yaml")
        void withMissingExtra() {}

        @Test
        void withoutExtra() {}
    }

    @Test
    void missingPerTestFixtureFailsThatTestOnly() {
        EngineExecutionResults results = run(MissingMethodFixture.class);

        results.testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("withMissingExtra"),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.contains("cognito/nope.yaml")
                                                && m.contains("@CognitoFixtures")
                                                && m.contains(MissingMethodFixture.class.getName()
                                                        + ".withMissingExtra()")))));
    }

    @CognitoIdentityTest
    static class UnsupportedParameters {
        @Test
        void plainString(String unclaimed) {}

        @Test
        void markedString(@InjectCognito String marked) {}

        @Test
        void sdkBuilder(CognitoIdentityClientBuilder builder) {}
    }

    @Test
    void aParameterizedTestKeepsItsOwnUriArguments() {
        EngineExecutionResults results = run(ParameterizedUris.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @CognitoIdentityTest
    static class ParameterizedUris {
        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"https://example.com/a", "urn:isbn:0451450523"})
        void takesTheArgument(URI uri) {
            assertThat(uri.toString()).isIn("https://example.com/a", "urn:isbn:0451450523");
        }

        @Test
        void markedUriIsTheEndpoint(@InjectCognito URI endpoint, FakeCognitoIdentity fake) {
            assertThat(endpoint).isEqualTo(fake.endpoint());
        }
    }

    @Test
    void anUnmarkedUriParameterIsNotClaimed() {
        EngineExecutionResults results = run(UnmarkedUri.class);

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("unmarked"),
                                finishedWithFailure(
                                        instanceOf(ParameterResolutionException.class),
                                        message(m -> m.contains("No ParameterResolver registered")))));
    }

    @CognitoIdentityTest
    static class UnmarkedUri {
        @Test
        void unmarked(URI uri) {}
    }

    @Test
    void theInProcessFakeIsAlsoItsAdminContract() {
        EngineExecutionResults results = run(AdminContract.class);

        results.testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("noContainerInProcess"),
                                finishedWithFailure(
                                        instanceOf(ParameterResolutionException.class),
                                        message(m -> m.contains("Cannot inject CognitoIdentityContainer")
                                                && m.contains("in this JVM")
                                                && m.contains("Inject FakeAdmin")))));
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class AdminContract {
        @Test
        void sameObject(dev.fakecognito.admin.FakeAdmin admin, FakeCognitoIdentity fake) {
            assertThat(admin).isSameAs(fake);
            assertThat(admin.snapshot().pool("MobileApp")).isNotNull();
        }

        @Test
        void noContainerInProcess(dev.fakecognito.testcontainers.CognitoIdentityContainer container) {}
    }

    @Test
    void unsupportedParametersAreLeftToOthersUnlessMeantForTheFake() {
        EngineExecutionResults results = run(UnsupportedParameters.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).failed(3));
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("plainString"),
                                finishedWithFailure(
                                        instanceOf(ParameterResolutionException.class),
                                        message(m -> m.contains("No ParameterResolver registered")))))
                .haveExactly(
                        1,
                        event(
                                test("markedString"),
                                finishedWithFailure(
                                        instanceOf(ParameterResolutionException.class),
                                        message(m -> m.contains(
                                                        "supports CognitoIdentityClient, CognitoIdentityAsyncClient, "
                                                                + "FakeAdmin, FakeCognitoIdentity, CognitoIdentityContainer and java.net.URI")
                                                && m.contains("java.lang.String")
                                                && m.contains("markedString()")))))
                .haveExactly(
                        1,
                        event(
                                test("sdkBuilder"),
                                finishedWithFailure(
                                        instanceOf(ParameterResolutionException.class),
                                        message(m -> m.contains("supports CognitoIdentityClient")
                                                && m.contains(CognitoIdentityClientBuilder.class.getName())))));
    }

    @CognitoIdentityTest
    static class UnsupportedField {
        @InjectCognito
        String endpoint;

        @Test
        void neverRuns() {}
    }

    @Test
    void unsupportedFieldTypeSaysWhichTypesAreSupported() {
        run(UnsupportedField.class)
                .allEvents()
                .assertThatEvents()
                .haveAtLeastOne(event(finishedWithFailure(
                        instanceOf(ExtensionConfigurationException.class),
                        message(m -> m.contains(UnsupportedField.class.getName() + ".endpoint")
                                && m.contains("supports CognitoIdentityClient")))));
    }

    // --- lifecycle

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class ReportsItsEndpoint {
        @Test
        void one(@InjectCognito URI endpoint, TestReporter reporter) {
            reporter.publishEntry("endpoint", endpoint.toString());
        }

        @Test
        void two(@InjectCognito URI endpoint, TestReporter reporter) {
            reporter.publishEntry("endpoint", endpoint.toString());
        }
    }

    @Test
    void classFakeServesAllTestsOfTheClassAndStopsAfterIt() {
        EngineExecutionResults results = run(ReportsItsEndpoint.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<String> endpoints =
                reports(results).stream().map(entry -> entry.get("endpoint")).toList();
        assertThat(endpoints).hasSize(2).containsOnly(endpoints.get(0));
        assertNotListening(URI.create(endpoints.get(0)));
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class ReusedFirst {
        @Test
        void addsAPoolAndFreezesTheClock(
                FakeCognitoIdentity fake, CognitoIdentityClient client, TestReporter reporter) {
            reporter.publishEntry("endpoint", fake.endpoint().toString());
            client.createIdentityPool(b -> b.identityPoolName("FromFirst").allowUnauthenticatedIdentities(true));
            fake.freezeClock(java.time.Instant.parse("2001-01-01T00:00:00Z"));
        }
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml", resetBeforeEach = false)
    static class ReusedSecond {
        @Test
        void getsTheIdleFakeResetWithOnlyItsFixtures(
                FakeCognitoIdentity fake, CognitoIdentityClient client, TestReporter reporter) {
            reporter.publishEntry("endpoint", fake.endpoint().toString());
            assertThat(fake.requests().requests()).as("the first class's calls").isEmpty();
            assertThat(fake.clock().frozen()).isFalse();
            assertThat(poolNames(client)).containsExactly("MobileApp");
            fake.close(); // a fake a test stops is not given to a later class
        }
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class ReusedThird {
        @Test
        void getsANewFakeAfterTheLastOneWasStopped(FakeCognitoIdentity fake, TestReporter reporter) {
            reporter.publishEntry("endpoint", fake.endpoint().toString());
            assertThat(fake.isRunning()).isTrue();
        }
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml", region = "eu-west-1")
    static class OtherSettings {
        @Test
        void getsAFakeOfItsOwnSettings(FakeCognitoIdentity fake, TestReporter reporter) {
            reporter.publishEntry("endpoint", fake.endpoint().toString());
            assertThat(fake.region()).isEqualTo("eu-west-1");
        }
    }

    @Test
    void aClassGetsTheFakeAnEarlierClassOfTheSameSettingsFinishedWithResetAndTheRunStopsIt() {
        EngineExecutionResults results =
                run(ReusedFirst.class, ReusedSecond.class, ReusedThird.class, OtherSettings.class);

        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        List<String> endpoints =
                reports(results).stream().map(entry -> entry.get("endpoint")).toList();
        assertThat(endpoints).hasSize(4);
        assertThat(endpoints.get(1))
                .as("the second class reuses the first's fake")
                .isEqualTo(endpoints.get(0));
        assertThat(endpoints.get(2)).as("the third class gets a new fake").isNotEqualTo(endpoints.get(0));
        assertThat(endpoints.get(3)).as("other settings, another fake").isNotIn(endpoints.subList(0, 3));
        endpoints.forEach(endpoint -> assertNotListening(URI.create(endpoint)));
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml", shared = true)
    static class SharedFirst {
        @Test
        void addsAPool(@InjectCognito URI endpoint, CognitoIdentityClient client, TestReporter reporter) {
            reporter.publishEntry("endpoint", endpoint.toString());
            client.createIdentityPool(b -> b.identityPoolName("FromFirst").allowUnauthenticatedIdentities(true));
        }
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml", shared = true, resetBeforeEach = false)
    static class SharedSecond {
        @Test
        void seesTheSameFakeButOnlyItsFixtures(
                @InjectCognito URI endpoint, CognitoIdentityClient client, TestReporter reporter) {
            reporter.publishEntry("endpoint", endpoint.toString());
            assertThat(poolNames(client)).containsExactly("MobileApp");
        }
    }

    @Test
    void sharedFakeServesEveryClassOfTheRunAndStopsAtItsEnd() {
        EngineExecutionResults results = run(SharedFirst.class, SharedSecond.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<String> endpoints =
                reports(results).stream().map(entry -> entry.get("endpoint")).toList();
        assertThat(endpoints).hasSize(2).containsOnly(endpoints.get(0));
        assertNotListening(URI.create(endpoints.get(0)));
    }

    // --- isolation in parallel runs

    /** Each class waits here until all three run at once. */
    private static final CyclicBarrier ALL_THREE = new CyclicBarrier(3);

    abstract static class IsolatedClass {
        @Test
        void seesOnlyItsOwnPool(CognitoIdentityClient client, FakeCognitoIdentity fake, TestReporter reporter)
                throws Exception {
            String name = getClass().getSimpleName();
            client.createIdentityPool(b -> b.identityPoolName(name).allowUnauthenticatedIdentities(true));
            ALL_THREE.await(30, TimeUnit.SECONDS);

            assertThat(poolNames(client)).containsExactly("MobileApp", name);
            reporter.publishEntry(Map.of(
                    "class",
                    name,
                    "endpoint",
                    fake.endpoint().toString(),
                    "thread",
                    Thread.currentThread().getName()));
        }
    }

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class ParallelA extends IsolatedClass {}

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    static class ParallelB extends IsolatedClass {}

    static class ParallelC extends IsolatedClass {
        @org.junit.jupiter.api.extension.RegisterExtension
        static CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
                .fixtures("cognito/world.yaml")
                .build();
    }

    @Test
    void classesRunInParallelEachSeeOnlyTheirOwnFake() {
        EngineExecutionResults results = runInParallel(ParallelA.class, ParallelB.class, ParallelC.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        List<Map<String, String>> reports = reports(results);
        assertThat(reports)
                .extracting(entry -> entry.get("class"))
                .containsExactlyInAnyOrder("ParallelA", "ParallelB", "ParallelC");
        assertThat(reports).extracting(entry -> entry.get("endpoint")).doesNotHaveDuplicates();
        assertThat(reports).extracting(entry -> entry.get("thread")).doesNotHaveDuplicates();
    }

    /**
     * Both tests wait here: they only pass if they run at the same time. With the extension working, one
     * fails before it gets here and the other waits out the time-out alone, so the time-out is short.
     */
    private static final CyclicBarrier BOTH = new CyclicBarrier(2);

    @CognitoIdentityTest(fixtures = "cognito/world.yaml")
    @org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
    static class ConcurrentMethods {
        @Test
        void one() throws Exception {
            BOTH.await(500, TimeUnit.MILLISECONDS);
        }

        @Test
        void two() throws Exception {
            BOTH.await(500, TimeUnit.MILLISECONDS);
        }
    }

    @Test
    void concurrentTestsThatWouldResetEachOthersFakeFailClearly() {
        BOTH.reset();
        EngineExecutionResults results = runInParallel(ConcurrentMethods.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message(m -> m.contains("another test is running on the same fake")
                                        && m.contains(ConcurrentMethods.class.getName())))))
                .haveExactly(1, event(finishedWithFailure(instanceOf(TimeoutException.class))));
    }

    private static void assertNotListening(URI endpoint) {
        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
                        socket.getPort();
                    }
                })
                .isInstanceOf(ConnectException.class);
    }
}
