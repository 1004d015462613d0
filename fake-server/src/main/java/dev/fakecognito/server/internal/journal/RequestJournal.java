package dev.fakecognito.server.internal.journal;

import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.RequestLog;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The bounded journal of API calls: the most recent {@code capacity} calls, and at most
 * {@link #MAX_TOTAL_CHARS} characters of bodies and messages in all (bodies over
 * {@value JournalBody#MAX_CHARS} characters are cut); the oldest calls are dropped first and counted.
 * Login tokens in bodies are masked unless asked to be kept.
 *
 * <p>A call is recorded as it comes (its arrival time, sequence and outcome), but a small body is kept
 * as its bytes and re-written (masked, cut) only when the journal is first read: most journals are
 * never read, and masking is a JSON parse and write per call. Large bodies are cut at once, so that
 * the journal never holds more than the bounds say. Thread-safe.
 */
public final class RequestJournal {
    /** The default number of calls kept. */
    public static final int DEFAULT_CAPACITY = 5000;
    /** The most characters of bodies and error messages the journal holds (16 Mi, 16 to 32 MiB of heap). */
    public static final long MAX_TOTAL_CHARS = 16L * 1024 * 1024;

    private final int capacity;
    private final Clock clock;
    private final boolean keepLoginTokens;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long sequence;
    private long dropped;
    private long chars;

    /** One recorded call; its request is made when the journal is first read. */
    private static final class Entry {
        /** Its number, given under the journal's lock as it is added. */
        long sequence;

        final Instant receivedAt;
        final String operation;
        /** The body: its bytes as received (small ones), or the kept body once made. */
        Object body;

        final int statusCode;
        final String errorType;
        final String errorMessage;
        final boolean signed;
        final String accessKeyId;
        final String faultId;
        final String region;
        final String accountId;
        /** What this entry counts against {@link #MAX_TOTAL_CHARS}. */
        long size;

        RecordedRequest request;

        Entry(
                Instant receivedAt,
                String operation,
                Object body,
                int statusCode,
                String errorType,
                String errorMessage,
                boolean signed,
                String accessKeyId,
                String faultId,
                String region,
                String accountId) {
            this.receivedAt = receivedAt;
            this.operation = operation;
            this.body = body;
            this.statusCode = statusCode;
            this.errorType = errorType;
            this.errorMessage = errorMessage;
            this.signed = signed;
            this.accessKeyId = accessKeyId;
            this.faultId = faultId;
            this.region = region;
            this.accountId = accountId;
        }

        RecordedRequest request(boolean keepLoginTokens) {
            if (request == null) {
                JournalBody kept = body instanceof JournalBody made
                        ? made
                        : JournalBody.of(new String((byte[]) body, StandardCharsets.UTF_8), keepLoginTokens);
                body = kept;
                request = new RecordedRequest(
                        sequence,
                        receivedAt,
                        operation,
                        kept.text(),
                        kept.truncated(),
                        statusCode,
                        errorType,
                        errorMessage,
                        signed,
                        accessKeyId,
                        faultId,
                        region,
                        accountId);
            }
            return request;
        }
    }

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
        add(
                operation,
                body == null || body.isEmpty() ? EMPTY : JournalBody.of(body, keepLoginTokens),
                statusCode,
                errorType,
                errorMessage,
                signed,
                accessKeyId,
                faultId,
                null,
                null);
    }

    /**
     * Records an API call whose body is still bytes, as received (UTF-8); see
     * {@link #record(String, String, int, String, String, boolean, String, String)}.
     *
     * @param region    the region of the call
     * @param accountId the account of the call
     */
    public void record(
            String operation,
            byte[] body,
            int statusCode,
            String errorType,
            String errorMessage,
            boolean signed,
            String accessKeyId,
            String faultId,
            String region,
            String accountId) {
        Object kept;
        if (body == null || body.length == 0) {
            kept = EMPTY;
        } else if (body.length <= JournalBody.MAX_CHARS) {
            kept = body; // made when the journal is read
        } else {
            kept = JournalBody.of(new String(body, StandardCharsets.UTF_8), keepLoginTokens);
        }
        add(operation, kept, statusCode, errorType, errorMessage, signed, accessKeyId, faultId, region, accountId);
    }

    private static final JournalBody EMPTY = new JournalBody("", false);

    private void add(
            String operation,
            Object body,
            int statusCode,
            String errorType,
            String errorMessage,
            boolean signed,
            String accessKeyId,
            String faultId,
            String region,
            String accountId) {
        // made before the lock is taken: callers on several I/O threads hold it only to number and add
        Entry entry = new Entry(
                clock.instant(),
                operation,
                body,
                statusCode,
                errorType,
                errorMessage,
                signed,
                accessKeyId,
                faultId,
                region,
                accountId);
        entry.size = (body instanceof JournalBody kept ? kept.text().length() : ((byte[]) body).length)
                + (errorMessage == null ? 0 : errorMessage.length());
        synchronized (entries) {
            sequence++;
            if (capacity == 0) {
                dropped++;
                return;
            }
            entry.sequence = sequence;
            entries.addLast(entry);
            chars += entry.size;
            while (entries.size() > capacity || chars > MAX_TOTAL_CHARS) {
                chars -= entries.removeFirst().size;
                dropped++;
            }
        }
    }

    /** The calls held now, oldest first, and how many were dropped. */
    public RequestLog log() {
        synchronized (entries) {
            List<RecordedRequest> requests = new ArrayList<>(entries.size());
            for (Entry entry : entries) {
                boolean pending = entry.request == null;
                requests.add(entry.request(keepLoginTokens));
                if (pending) { // now counted as kept: masking changes a body's length
                    long size = entry.request.requestBody().length()
                            + (entry.errorMessage == null ? 0 : entry.errorMessage.length());
                    chars += size - entry.size;
                    entry.size = size;
                }
            }
            // Masking can make a body longer (a short token becomes "[masked N characters]"): the
            // oldest calls then go, as they would have when recorded.
            int drop = 0;
            for (Iterator<Entry> oldest = entries.iterator(); chars > MAX_TOTAL_CHARS && oldest.hasNext(); drop++) {
                Entry entry = oldest.next();
                chars -= entry.size;
                oldest.remove();
                dropped++;
            }
            return new RequestLog(new ArrayList<>(requests.subList(drop, requests.size())), dropped);
        }
    }

    /** Forgets every call. */
    public void clear() {
        synchronized (entries) {
            entries.clear();
            dropped = 0;
            chars = 0;
        }
    }
}
