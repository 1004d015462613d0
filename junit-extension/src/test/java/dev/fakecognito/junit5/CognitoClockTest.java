package dev.fakecognito.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FakeClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link CognitoClock} freezes the fake's clock for a test, and the clock runs on real time after it. */
@CognitoIdentityTest
class CognitoClockTest {
    private static final Instant NEW_YEAR = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    @CognitoClock("2026-01-01T00:00:00Z")
    void aTestStartsAtTheDeclaredInstantAndItsIdentitiesAreDatedThen(FakeAdmin fake, CognitoIdentityClient client) {
        String poolId = client.createIdentityPool(
                        b -> b.identityPoolName("Clocked").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        fake.advanceClock(Duration.ofMinutes(5));
        String identityId = client.getId(b -> b.identityPoolId(poolId)).identityId();

        assertThat(fake.clock()).isEqualTo(new FakeClock(NEW_YEAR.plus(Duration.ofMinutes(5)), true));
        assertThat(client.describeIdentity(b -> b.identityId(identityId)).creationDate())
                .isEqualTo(NEW_YEAR.plus(Duration.ofMinutes(5)));
    }

    @Test
    void withoutTheAnnotationTheClockIsReal(FakeAdmin fake) {
        assertThat(fake.clock().frozen()).isFalse();
    }

    @Nested
    @CognitoClock("2030-06-01T00:00:00Z")
    class OnAClass {
        @Test
        void eachTestOfTheClassStartsThere(FakeAdmin fake) {
            assertThat(fake.clock()).isEqualTo(new FakeClock(Instant.parse("2030-06-01T00:00:00Z"), true));
        }

        @Test
        @CognitoClock("2031-01-01T00:00:00Z")
        void aMethodsOwnWins(FakeAdmin fake) {
            assertThat(fake.clock().now()).isEqualTo("2031-01-01T00:00:00Z");
        }
    }

    @CognitoIdentityTest(resetBeforeEach = false)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class KeepingState {
        @Test
        @Order(1)
        @CognitoClock("2026-01-01T00:00:00Z")
        void frozen(FakeAdmin fake) {
            assertThat(fake.clock().frozen()).isTrue();
        }

        @Test
        @Order(2)
        void realAgainAfterIt(FakeAdmin fake) {
            assertThat(fake.clock().frozen()).isFalse();
        }
    }

    @CognitoIdentityTest
    static class BadInstant {
        @Test
        @CognitoClock("new year")
        void neverRuns() {}
    }

    @Test
    void aStateKeepingClassGetsItsRealClockBackAfterTheFrozenTest() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(KeepingState.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    @Test
    void anInstantThatIsNotIso8601FailsTheTestNamingIt() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(BadInstant.class))
                .execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("neverRuns"),
                                finishedWithFailure(message(m -> m.startsWith("Invalid @CognitoClock(\"new year\")")
                                        && m.contains("not an ISO-8601 instant")))));
    }
}
