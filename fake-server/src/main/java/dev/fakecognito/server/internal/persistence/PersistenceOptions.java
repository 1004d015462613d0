package dev.fakecognito.server.internal.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How a data directory is kept; the defaults suit users, tests shrink them.
 *
 * @param compactAfterBytes when the log has grown this large, a snapshot replaces it (in the background)
 * @param awaitTimeout      how long a caller waits for its change to be durable before its call fails
 * @param maxBatch          the most changes one write and fsync carries (group commit)
 */
public record PersistenceOptions(long compactAfterBytes, Duration awaitTimeout, int maxBatch) {
    /** 64 MiB of log, 30 seconds, 1024 changes. */
    public static final PersistenceOptions DEFAULTS = new PersistenceOptions(64L << 20, Duration.ofSeconds(30), 1024);

    /** Checks the values. */
    public PersistenceOptions {
        Objects.requireNonNull(awaitTimeout, "awaitTimeout");
        if (compactAfterBytes < 1 || maxBatch < 1 || awaitTimeout.isNegative() || awaitTimeout.isZero()) {
            throw new IllegalArgumentException("persistence options must be positive: " + compactAfterBytes + ", "
                    + awaitTimeout + ", " + maxBatch);
        }
    }
}
