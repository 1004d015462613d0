package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.InternalErrorException;

/**
 * The in-process fake shares its JVM with the user's tests, so it never swallows the JVM's own
 * failures: a call that hits one is answered 500 {@code InternalErrorException} saying so, the error
 * reaches the thread's uncaught-exception handler (here the JVM's default handler, which a test
 * installs), and the fake keeps serving. The error is thrown by the fake's clock, which the builder
 * takes from the user.
 */
class FatalErrorsTest extends FakeServerTestBase {
    private final FailingClock clock = new FailingClock();
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private String pool;

    @Override
    protected FakeCognitoIdentity.Builder configure(FakeCognitoIdentity.Builder builder) {
        return builder.clock(clock);
    }

    @BeforeEach
    void recordWhatReachesTheJvm() {
        reported.clear(); // one fake and one instance for the whole class
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reported.add(error));
        pool = cognito.createIdentityPool(
                        b -> b.identityPoolName(uniqueName("fatal")).allowUnauthenticatedIdentities(true))
                .identityPoolId();
    }

    @AfterEach
    void restoreTheJvmsHandler() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Test
    void anOutOfMemoryErrorIsAnsweredThenHandedToTheJvmAndTheFakeServesOn() throws InterruptedException {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        clock.failNextWith(error);

        assertThatThrownBy(() -> cognito.getId(b -> b.identityPoolId(pool)))
                .isInstanceOfSatisfying(InternalErrorException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("ran out of memory");
                });

        assertThat(reportedSoon()).containsExactly(error);
        assertThat(cognito.getId(b -> b.identityPoolId(pool)).identityId()).startsWith("us-east-1:");
    }

    @Test
    void aStackOverflowIsAnsweredThenHandedToTheJvmAndTheFakeServesOn() throws InterruptedException {
        StackOverflowError error = new StackOverflowError();
        clock.failNextWith(error);

        assertThatThrownBy(() -> cognito.getId(b -> b.identityPoolId(pool)))
                .isInstanceOfSatisfying(
                        InternalErrorException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("ran out of stack"));

        assertThat(reportedSoon()).containsExactly(error);
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(pool)).identityPoolId())
                .isEqualTo(pool);
    }

    @Test
    void aBugIsAnswered500AndStaysInTheFakesLog() throws InterruptedException {
        clock.failNextWith(new IllegalStateException("a bug"));

        assertThatThrownBy(() -> cognito.getId(b -> b.identityPoolId(pool)))
                .isInstanceOfSatisfying(
                        InternalErrorException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("An internal error occurred."));

        assertThat(reportedSoon()).isEmpty();
        assertThat(fake.requests().forOperation("GetId"))
                .last()
                .satisfies(call -> assertThat(call.statusCode()).isEqualTo(500));
    }

    /**
     * What reached the handler: the fake hands the error on after answering, so the client may see the
     * answer first. Waits up to 1 s for it.
     */
    private List<Throwable> reportedSoon() throws InterruptedException {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (reported.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return reported;
    }

    /** The system clock, but its next reading throws what a test arms it with. */
    private static final class FailingClock extends Clock {
        private final AtomicReference<Throwable> next = new AtomicReference<>();

        void failNextWith(Throwable failure) {
            next.set(failure);
        }

        @Override
        public Instant instant() {
            Throwable failure = next.getAndSet(null);
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure instanceof RuntimeException exception) {
                throw exception;
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
