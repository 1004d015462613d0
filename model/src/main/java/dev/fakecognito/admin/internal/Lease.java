package dev.fakecognito.admin.internal;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A fake as test frameworks lend it to tests: the fixtures it starts from, how to bring it back to them
 * (reset and reseed), and a guard against a test changing the fake while another test runs on it. The
 * JUnit extension and the Spring support both prepare their tests through one. Thread-safe. Not API.
 */
public final class Lease {
    private final FakeAdmin fake;
    private final List<Fixtures> fixtures;
    private final BiFunction<String, Throwable, ? extends RuntimeException> failure;
    private final AtomicInteger running = new AtomicInteger();

    /**
     * A lease of a fake.
     *
     * @param fake     the fake
     * @param fixtures the documents it starts from, seeded in order
     * @param failure  makes the exception the framework reports a mistake with, from a message and a cause
     */
    public Lease(
            FakeAdmin fake,
            List<Fixtures> fixtures,
            BiFunction<String, Throwable, ? extends RuntimeException> failure) {
        this.fake = Objects.requireNonNull(fake, "fake");
        this.fixtures = List.copyOf(fixtures);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** The fake. */
    public FakeAdmin fake() {
        return fake;
    }

    /**
     * Seeds documents, in order.
     *
     * @param documents the documents
     * @param owner     who asked for them, for the message, e.g. {@code test class com.example.SignInTest}
     * @throws RuntimeException (of the framework's kind) naming the document, the owner and the mistake
     */
    public void seed(List<Fixtures> documents, String owner) {
        for (Fixtures document : documents) {
            try {
                fake.seed(document);
            } catch (FixtureException e) {
                throw failure.apply(
                        "Cannot seed fixture " + document.source() + " for " + owner + ": " + e.getMessage(), e);
            }
        }
    }

    /** Drops the fake's state and seeds the lease's fixtures again. */
    public void reseed(String owner) {
        fake.reset();
        seed(fixtures, owner);
    }

    /**
     * Starts a test. A test that changes the fake (resets it, seeds or injects faults) must run alone on
     * it: it fails when another test runs on the fake, whose state it would pull from under it.
     *
     * @param test      the test, for the message
     * @param changes   whether the test changes the fake before it runs
     * @param advice    what the user can do about tests running at once, for the message
     * @param prepare   what changes the fake (run only when the test may start; nothing for a test that
     *                  does not change it)
     * @throws RuntimeException (of the framework's kind) when another test runs on the fake
     */
    public void begin(String test, boolean changes, String advice, Runnable prepare) {
        if (running.getAndIncrement() > 0 && changes) {
            running.decrementAndGet();
            throw failure.apply(
                    test + " cannot start: another test is running on the same fake (at " + fake.endpoint()
                            + "), and preparing this one would change the fake under it. " + advice,
                    null);
        }
        try {
            prepare.run();
        } catch (RuntimeException | Error e) {
            running.decrementAndGet();
            throw e;
        }
    }

    /** Ends a test started with {@link #begin}. */
    public void end() {
        running.decrementAndGet();
    }
}
