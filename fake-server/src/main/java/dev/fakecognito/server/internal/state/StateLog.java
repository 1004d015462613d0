package dev.fakecognito.server.internal.state;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where a fake with a data directory records each change of its state, as the post-state of what
 * changed, in the order the changes happened. The state calls it while holding the lock that orders the
 * change (a pool's lock, or the pool-creation lock), so each call only hands the change over; it then
 * waits, outside the lock, until the change is durable ({@link #await}), before the caller answers.
 * Without a data directory the state has no log and none of this runs.
 */
public interface StateLog {
    /** A pool was created or its configuration changed: its configuration now. */
    CompletableFuture<Void> poolChanged(Pool pool);

    /** A pool was deleted with its identities. */
    CompletableFuture<Void> poolDeleted(String poolId);

    /**
     * One operation changed identities of a pool.
     *
     * @param pool     the pool
     * @param changed  the identities created or changed, as they are now
     * @param deleted  the ids of identities deleted
     * @param merges   the merges the operation made
     */
    CompletableFuture<Void> identitiesChanged(
            Pool pool, List<IdentitySnapshot> changed, List<String> deleted, List<MergeRecord> merges);

    /** Pools were seeded, whole, from fixtures. */
    CompletableFuture<Void> poolsSeeded(List<Pool> pools);

    /** Every pool and identity was dropped. */
    CompletableFuture<Void> reset();

    /**
     * Waits until a change handed over is durable.
     *
     * @param durable what a method of this log answered, or {@code null} for nothing to wait for
     * @throws IllegalStateException when the change could not be made durable
     */
    void await(CompletableFuture<Void> durable);
}
