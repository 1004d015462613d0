package dev.fakecognito.spring;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A context's fake with the fixtures it starts from: what the test listener resets it to, and how many
 * tests that reset it before they start are running on it now.
 */
final class FakeSeeder {
    private final FakeCognitoIdentity fake;
    private final List<Fixtures> fixtures;
    private final AtomicInteger running = new AtomicInteger();

    FakeSeeder(FakeCognitoIdentity fake, List<Fixtures> fixtures) {
        this.fake = fake;
        this.fixtures = List.copyOf(fixtures);
    }

    /** Seeds the fixtures, in order; a fixture the fake refuses names the test class. */
    void seed(String owner) {
        for (Fixtures document : fixtures) {
            try {
                fake.seed(document);
            } catch (FixtureException e) {
                throw new IllegalStateException("Cannot seed the fixtures of " + owner + ": " + e.getMessage(), e);
            }
        }
    }

    /** Drops all state and seeds the fixtures again. */
    void reseed(String owner) {
        fake.reset();
        seed(owner);
    }

    /**
     * Starts a test that resets the fake: resets and reseeds it, unless another such test is running on
     * it, whose state the reset would pull from under it.
     *
     * @throws IllegalStateException when another test is running on the fake
     */
    void startTest(String test) {
        if (running.getAndIncrement() > 0) {
            running.decrementAndGet();
            throw new IllegalStateException(test + " cannot start: another test is running on the same fake (at "
                    + fake.endpoint() + ") and resetting it before this one would pull its state from under it."
                    + " Tests that share an application context, and so its fake, must not run at the same time"
                    + " while resetBeforeEach = true: run them in the same thread (@Execution(SAME_THREAD)),"
                    + " give them different contexts, or use resetBeforeEach = false with unique names.");
        }
        try {
            reseed(test);
        } catch (RuntimeException e) {
            running.decrementAndGet();
            throw e;
        }
    }

    /** Ends a test started with {@link #startTest(String)}. */
    void endTest() {
        running.decrementAndGet();
    }
}
