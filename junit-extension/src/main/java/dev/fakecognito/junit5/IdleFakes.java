package dev.fakecognito.junit5;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fakes of one set of settings that finished serving a scope (a test class, or a test), kept in the run's
 * root store for the next scope with the same settings: that scope resets one and seeds its fixtures
 * instead of starting a fake. A fake's start and stop cost milliseconds in this JVM (seconds in a
 * container); a reset costs microseconds. Scopes that run at the same time each take their own fake. The
 * run's end closes them all.
 */
final class IdleFakes implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final Deque<StartedFake> idle = new ArrayDeque<>();
    private boolean closed;

    /** The store key of the idle fakes of these settings. */
    static Object key(Settings settings) {
        return new Key(settings.reuseKey());
    }

    /** An idle fake, no longer idle, or {@code null} when there is none. */
    synchronized StartedFake take() {
        return idle.pollFirst();
    }

    /**
     * Keeps a fake a scope is done with, its state dropped at once (so that an idle fake holds no
     * memory); closes it instead when it no longer runs, cannot be reset, or the run has ended.
     */
    void give(StartedFake fake) {
        boolean kept = false;
        try {
            if (fake.running()) {
                fake.admin().reset();
                synchronized (this) {
                    if (!closed) {
                        idle.addFirst(fake);
                        kept = true;
                    }
                }
            }
        } catch (RuntimeException e) {
            // a fake that cannot be reset is not reused; closing it below reports what is wrong
        } finally {
            if (!kept) {
                fake.close();
            }
        }
    }

    @Override
    public void close() {
        List<StartedFake> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayList<>(idle);
            idle.clear();
        }
        RuntimeException first = null;
        for (StartedFake fake : toClose) {
            try {
                fake.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private record Key(Object settings) {}
}
