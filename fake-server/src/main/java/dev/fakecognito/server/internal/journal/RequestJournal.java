package dev.fakecognito.server.internal.journal;

import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.RequestLog;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * The bounded journal of API calls: the most recent {@code capacity} calls, oldest dropped first and
 * counted. Thread-safe.
 */
public final class RequestJournal {
    /** The default number of calls kept. */
    public static final int DEFAULT_CAPACITY = 5000;

    private final int capacity;
    private final Clock clock;
    private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();
    private long sequence;
    private long dropped;

    /**
     * Creates an empty journal.
     *
     * @param capacity how many calls to keep (0 keeps none)
     * @param clock    the clock for arrival times
     */
    public RequestJournal(int capacity, Clock clock) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    /**
     * Records an API call.
     *
     * @param operation    the operation named by the call (or the raw target)
     * @param body         its body as received
     * @param statusCode   the status answered, 0 when none was (an injected connection reset)
     * @param errorType    the error code answered, or {@code null}
     * @param errorMessage the error message answered, or {@code null}
     * @param signed       whether it carried a Signature Version 4 {@code Authorization} header
     * @param accessKeyId  the access key id of that signature, or {@code null}
     * @param faultId      the injected fault that affected the call, or {@code null}
     */
    public void record(
            String operation,
            String body,
            int statusCode,
            String errorType,
            String errorMessage,
            boolean signed,
            String accessKeyId,
            String faultId) {
        java.time.Instant now = clock.instant();
        synchronized (requests) {
            sequence++;
            if (capacity == 0) {
                dropped++;
                return;
            }
            if (requests.size() == capacity) {
                requests.removeFirst();
                dropped++;
            }
            requests.addLast(new RecordedRequest(
                    sequence, now, operation, body, statusCode, errorType, errorMessage, signed, accessKeyId, faultId));
        }
    }

    /** The calls held now, oldest first, and how many were dropped. */
    public RequestLog log() {
        synchronized (requests) {
            return new RequestLog(new ArrayList<>(requests), dropped);
        }
    }

    /** Forgets every call. */
    public void clear() {
        synchronized (requests) {
            requests.clear();
            dropped = 0;
        }
    }
}
