package dev.fakecognito.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * How the fake lives with the application context, seen from the JUnit Platform: test classes run
 * through {@link EngineTestKit}. The classes below run only from here (surefire skips nested classes).
 */
class ContextLifecycleTest {

    /** The endpoint each class below saw, by class. */
    static final Map<Class<?>, URI> SEEN = new ConcurrentHashMap<>();

    static EngineExecutionResults run(Class<?>... classes) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(classes)
                        .map(DiscoverySelectors::selectClass)
                        .toArray(DiscoverySelector[]::new))
                .execute();
    }

    /** The failures of the tests that failed. */
    static List<Throwable> failures(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .toList();
    }

    /** The failure of the one test that failed, with its causes. */
    static Throwable onlyFailure(EngineExecutionResults results) {
        List<Throwable> failures = failures(results);
        assertThat(failures).hasSize(1);
        return failures.get(0);
    }

    @Test
    void classesWithTheSameConfigurationShareOneFakeAndOthersGetTheirOwn() {
        run(SharedOne.class, SharedTwo.class, OtherRegion.class)
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(3).failed(0));

        assertThat(SEEN.get(SharedTwo.class)).isEqualTo(SEEN.get(SharedOne.class));
        assertThat(SEEN.get(OtherRegion.class)).isNotEqualTo(SEEN.get(SharedOne.class));
    }

    @Test
    void theFakeStopsWhenItsContextCloses() {
        run(ClosedAfterClass.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        URI endpoint = SEEN.get(ClosedAfterClass.class);
        assertThatThrownBy(() -> new Socket(endpoint.getHost(), endpoint.getPort()).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void closingTheContextClearsTheSdkEndpointSetting() {
        run(OwnsSdkEndpoint.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        assertThat(SEEN.get(OwnsSdkEndpoint.class)).isNotNull();
        assertThat(System.getProperty(AutoConfigureFakeCognitoIdentity.SDK_ENDPOINT_PROPERTY))
                .isNull();
    }

    @Test
    void aMissingFixtureNamesTheResourceAndTheTestClass() {
        Throwable failure = onlyFailure(run(MissingFixture.class));

        assertThat(failure)
                .rootCause()
                .hasMessage("classpath:cognito/missing.yaml: no such fixture resource on the classpath");
        assertThat(failure)
                .hasStackTraceContaining("Cannot load fixture 'cognito/missing.yaml' of "
                        + MissingFixture.class.getName()
                        + ": classpath:cognito/missing.yaml: no such fixture resource on the classpath");
    }

    @Test
    void aBrokenFixtureNamesTheLineAndTheField() {
        Throwable failure = onlyFailure(run(BrokenFixture.class));

        assertThat(failure)
                .hasStackTraceContaining(
                        "Cannot load fixture 'cognito/broken.yaml' of "
                                + BrokenFixture.class.getName()
                                + ": classpath:cognito/broken.yaml:4:5: identityPools[0].allowUnauthenticatedIdentites:"
                                + " unknown field 'allowUnauthenticatedIdentites'; did you mean 'allowUnauthenticatedIdentities'?");
    }

    @Test
    void aFixtureTheFakeRefusesNamesTheTestClassAndTheField() {
        Throwable failure = onlyFailure(run(FixtureOfAnotherRegion.class));

        assertThat(failure)
                .hasStackTraceContaining("Cannot seed fixture classpath:cognito/mismatched-region.yaml for test class "
                        + FixtureOfAnotherRegion.class.getName() + ": classpath:cognito/mismatched-region.yaml:")
                .hasStackTraceContaining("identityPools[0].id")
                .hasStackTraceContaining("not in the pool's region eu-west-1");
    }

    @Test
    void testsSharingAFakeThatTheyResetCannotRunAtTheSameTime() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(
                        DiscoverySelectors.selectClass(ConcurrentOne.class),
                        DiscoverySelectors.selectClass(ConcurrentTwo.class))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
                .execute();

        // the first test to start holds the fake until the other has failed, at once, saying why
        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
        List<String> messages =
                failures(results).stream().map(Throwable::getMessage).toList();
        assertThat(messages)
                .anySatisfy(message -> assertThat(message)
                        .endsWith("cannot start: another test is running on the same fake (at "
                                + SEEN.get(ConcurrentOne.class)
                                + "), and preparing this one would change the fake under it."
                                + " Tests that share an application context, and so its fake, must not run at the"
                                + " same time while resetBeforeEach = true: run them in the same thread"
                                + " (@Execution(SAME_THREAD)), give them different contexts, or use"
                                + " resetBeforeEach = false with unique names."));
    }

    @Test
    void anInvalidRegionNamesTheTestClass() {
        Throwable failure = onlyFailure(run(InvalidRegion.class));

        assertThat(failure)
                .hasStackTraceContaining(
                        "Invalid @AutoConfigureFakeCognitoIdentity of " + InvalidRegion.class.getName())
                .hasStackTraceContaining("not-a-region");
    }

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(
            fixtures = "cognito/eu-world.yaml",
            region = "eu-west-1",
            accountId = "111122223333")
    static class SharedOne {
        @Autowired
        FakeCognitoIdentity fake;

        @Test
        void recordsItsFake() {
            SEEN.put(getClass(), fake.endpoint());
        }
    }

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(
            fixtures = "cognito/eu-world.yaml",
            region = "eu-west-1",
            accountId = "111122223333")
    static class SharedTwo extends SharedOne {}

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(region = "ap-southeast-2", accountId = "111122223333")
    static class OtherRegion extends SharedOne {}

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(region = "ca-central-1")
    @DirtiesContext
    static class ClosedAfterClass extends SharedOne {}

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(region = "sa-east-1", sdkEndpointSystemProperty = true)
    @DirtiesContext
    static class OwnsSdkEndpoint {
        @Autowired
        FakeCognitoIdentity fake;

        @Test
        void recordsTheSetting() {
            assertThat(System.getProperty(AutoConfigureFakeCognitoIdentity.SDK_ENDPOINT_PROPERTY))
                    .isEqualTo(fake.endpoint().toString());
            SEEN.put(getClass(), fake.endpoint());
        }
    }

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(fixtures = {"cognito/world.yaml", "cognito/missing.yaml"})
    static class MissingFixture extends SharedOne {}

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(fixtures = "cognito/broken.yaml")
    static class BrokenFixture extends SharedOne {}

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(fixtures = "cognito/mismatched-region.yaml", region = "eu-west-1")
    static class FixtureOfAnotherRegion extends SharedOne {}

    /**
     * Runs beside {@link ConcurrentTwo} on one context: the first test to start holds the fake until the
     * other one has failed.
     */
    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(region = "me-south-1")
    @ExtendWith(ConcurrentOne.CountDownOnFailure.class)
    static class ConcurrentOne {
        static final CountDownLatch OTHER_FAILED = new CountDownLatch(1);

        @Autowired
        FakeCognitoIdentity fake;

        @Test
        void holdsTheFake() throws InterruptedException {
            SEEN.put(ConcurrentOne.class, fake.endpoint());
            OTHER_FAILED.await(20, TimeUnit.SECONDS);
        }

        static class CountDownOnFailure implements TestWatcher {
            @Override
            public void testFailed(ExtensionContext context, Throwable cause) {
                OTHER_FAILED.countDown();
            }
        }
    }

    static class ConcurrentTwo extends ConcurrentOne {}

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(region = "not-a-region")
    static class InvalidRegion extends SharedOne {}
}
