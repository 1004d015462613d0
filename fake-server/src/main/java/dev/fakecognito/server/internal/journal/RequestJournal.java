package dev.fakecognito.server.internal.journal;

import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.RequestLog;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * The bounded journal of API calls: the most recent {@code capacity} calls, and at most
 * {@link #MAX_TOTAL_CHARS} characters of bodies and messages in all (bodies over
 * {@value JournalBody#MAX_CHARS} characters are cut); the oldest calls are dropped first and counted.
 * Login tokens in bodies are masked unless asked to be kept. Thread-safe.
 */
public final class RequestJournal {
    /** The default number of calls kept. */
    public static final int DEFAULT_CAPACITY = 5000;
    /** The most characters of bodies and error messages the journal holds (16 Mi, 16 to 32 MiB of heap). */
    public static final long MAX_TOTAL_CHARS = 16L * 1024 * 1024;

    private final int capacity;
    private final Clock clock;
    private final boolean keepLoginTokens;
    private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();
    private long sequence;
    private long dropped;
    private long chars;

    /**
     * Creates an empty journal that masks login tokens.
     *
     * @param capacity how many calls to keep (0 keeps none)
     * @param clock    the clock for arrival times
     */
    public RequestJournal(int capacity, Clock clock) {
        this(capacity, clock, false);
    }

    /**
     * Creates an empty journal.
     *
     * @param capacity        how many calls to keep (0 keeps none)
     * @param clock           the clock for arrival times
     * @param keepLoginTokens whether the values of {@code Logins} are kept as received (else masked)
     */
    public RequestJournal(int capacity, Clock clock, boolean keepLoginTokens) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        }
        this.capacity = capacity;
        this.clock = clock;
        this.keepLoginTokens = keepLoginTokens;
    }

    /**
     * Records an API call.
     *
     * @param operation    the operation named by the call (or the raw target)
     * @param body         its body as received (masked and bounded here)
     * @param statusCode   the status answered, 0 when none was (an injected connection reset)
     * @param errorType    the error code answered, or {@code null}
     * @param errorMessage the error message answered (bounded by the errors layer), or {@code null}
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
        JournalBody kept = capacity == 0 ? null : JournalBody.of(body, keepLoginTokens);
        synchronized (requests) {
            sequence++;
            if (capacity == 0) {
                dropped++;
                return;
            }
            RecordedRequest request = new RecordedRequest(
                    sequence,
                    now,
                    operation,
                    kept.text(),
                    kept.truncated(),
                    statusCode,
                    errorType,
                    errorMessage,
                    signed,
                    accessKeyId,
                    faultId);
            requests.addLast(request);
            chars += size(request);
            while (requests.size() > capacity || chars > MAX_TOTAL_CHARS) {
                chars -= size(requests.removeFirst());
                dropped++;
            }
        }
    }

    private static long size(RecordedRequest request) {
        return request.requestBody().length()
                + (request.errorMessage() == null ? 0 : request.errorMessage().length());
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
            chars = 0;
        }
    }
}
