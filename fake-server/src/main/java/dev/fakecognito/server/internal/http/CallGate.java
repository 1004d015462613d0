package dev.fakecognito.server.internal.http;

import java.util.concurrent.locks.StampedLock;

/**
 * Keeps a reset of the fake apart from the API calls around it, as a restart of a server would: a call
 * belongs to the generation of the fake in which its request arrived, and runs (checks, changes the
 * state, is journaled) only while that generation lasts. A reset starts a new generation once the calls
 * that are running have finished; a call of an older generation that has not run yet (one a latency
 * fault holds, or one waiting for a worker thread) is not run at all: its connection is reset. Thread-safe.
 */
public final class CallGate {
    private final StampedLock lock = new StampedLock();
    private volatile long generation;

    /** The generation a request that arrives now belongs to. */
    long generation() {
        return generation;
    }

    /**
     * Lets a call of the given generation run, holding off resets until {@link #leave}.
     *
     * @return the stamp to leave with, or 0 when a reset ended the call's generation: it must not run
     */
    long enter(long callGeneration) {
        long stamp = lock.readLock();
        if (generation != callGeneration) {
            lock.unlockRead(stamp);
            return 0;
        }
        return stamp;
    }

    /** Ends what {@link #enter} began. */
    void leave(long stamp) {
        lock.unlockRead(stamp);
    }

    /**
     * Resets the fake: waits for the calls that are running, starts a new generation (so that the calls
     * of the old one that have not run yet never do) and clears the state while no call runs.
     *
     * @param clear drops the state, the journal and the faults
     */
    public void reset(Runnable clear) {
        long stamp = lock.writeLock();
        try {
            generation++;
            clear.run();
        } finally {
            lock.unlockWrite(stamp);
        }
    }
}
