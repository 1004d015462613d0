package dev.fakecognito.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.fakecognito.model.internal.Copies;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A failure to inject into a fake: which API calls it affects and what happens to them. Immutable;
 * each method returns a changed copy, so a fault reads as one line:
 *
 * <pre>{@code
 * fake.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));
 * fake.inject(Fault.on("GetCredentialsForIdentity").latency(Duration.ofSeconds(3)));
 * fake.inject(Fault.onAnyOperation().connectionReset().probability(0.1).seed(42));
 * fake.inject(Fault.on("DeleteIdentities").unprocessedIdentityIds(identityId));
 * }</pre>
 *
 * <p>The same fault is a JSON object for {@code POST /_fake/faults} and an entry of {@code faults:} in
 * a fixture document, with these record components as member names. The fake checks a fault when it
 * is injected (the operation exists, it can raise the error, the numbers are in range) and refuses a
 * bad one, naming the field and value.
 *
 * <p>What happens to an affected call, in order: it waits {@code latencyMs}; then the connection is
 * closed without an answer ({@code connection: reset}), or the call is answered with {@code error},
 * or it runs as usual except that a DeleteIdentities call leaves {@code unprocessedIdentityIds} in
 * place and reports them. A call is affected by the first fault (in the order they were injected)
 * whose operation and {@code match} fit the call, that has {@code times} left and whose
 * {@code probability} draw succeeds.
 *
 * @param operation              the operation name, as in {@code X-Amz-Target} ({@code GetId}, …), or
 *                               {@code "*"} for every operation; required
 * @param error                  the error code to answer with, e.g. {@code TooManyRequestsException}: one
 *                               the service model declares for the operation (for {@code "*"}: one every
 *                               operation declares)
 * @param message                the error message; by default the text AWS sends for that error
 * @param status                 the HTTP status of the error (400–599); by default 500 for
 *                               {@code InternalErrorException}, else 400, as AWS answers
 * @param latencyMs              how long to wait before answering, in milliseconds (0–300,000)
 * @param connection             {@code "reset"}: close the connection without an answer
 * @param unprocessedIdentityIds for DeleteIdentities: identities not to delete but to report in
 *                               {@code UnprocessedIdentityIds}; a call is only affected when it names
 *                               at least one of them
 * @param unprocessedErrorCode   their {@code ErrorCode}: {@code InternalServerError} (the default) or
 *                               {@code AccessDenied}
 * @param times                  how many calls to affect before the fault is used up; every call when absent
 * @param probability            the chance (0–1) that a matching call is affected; 1 when absent
 * @param seed                   the seed of this fault's random draws, for reproducible runs; when absent
 *                               and {@code probability} is below 1 the fake picks one and shows it in the
 *                               fault it lists
 * @param match                  top-level request members the call must have, with these values (JSON
 *                               equality; a number or boolean also matches the same text), e.g.
 *                               {@code {"IdentityId": "us-east-1:…"}}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "operation",
    "error",
    "message",
    "status",
    "latencyMs",
    "connection",
    "unprocessedIdentityIds",
    "unprocessedErrorCode",
    "times",
    "probability",
    "seed",
    "match"
})
public record Fault(
        String operation,
        String error,
        String message,
        Integer status,
        Long latencyMs,
        String connection,
        List<String> unprocessedIdentityIds,
        String unprocessedErrorCode,
        Integer times,
        Double probability,
        Long seed,
        Map<String, Object> match) {

    /** The {@link #operation()} that stands for every operation. */
    public static final String ANY_OPERATION = "*";

    /** The value of {@link #connection()} that closes the connection without an answer. */
    public static final String CONNECTION_RESET = "reset";

    /** Absent collections are empty; present ones are copied. */
    public Fault {
        unprocessedIdentityIds = Copies.list(unprocessedIdentityIds);
        match = Copies.map(match);
    }

    /**
     * A fault on one operation, with no effect yet: add one with {@link #error}, {@link #latency},
     * {@link #connectionReset()} or {@link #unprocessedIdentityIds}.
     *
     * @param operation the operation name, e.g. {@code GetId}
     * @return the fault
     */
    public static Fault on(String operation) {
        return new Fault(
                Objects.requireNonNull(operation, "operation"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * A fault on every operation ({@code "*"}).
     *
     * @return the fault
     */
    public static Fault onAnyOperation() {
        return on(ANY_OPERATION);
    }

    /**
     * Answers affected calls with this error, with AWS's message and status for it.
     *
     * @param errorCode the error code, e.g. {@code TooManyRequestsException} or {@code InternalErrorException}
     * @return the changed fault
     */
    public Fault error(String errorCode) {
        return with(copy -> copy.error = errorCode);
    }

    /**
     * Answers affected calls with this error message instead of AWS's.
     *
     * @param message the message
     * @return the changed fault
     */
    public Fault message(String message) {
        return with(copy -> copy.message = message);
    }

    /**
     * Answers the error with this HTTP status instead of AWS's (e.g. 429 or 503, to exercise other
     * retry paths).
     *
     * @param status 400–599
     * @return the changed fault
     */
    public Fault status(int status) {
        return with(copy -> copy.status = status);
    }

    /**
     * Delays the answer of affected calls (with or without an error) by this long, without holding a
     * thread of the fake.
     *
     * @param latency 0 to 5 minutes, whole milliseconds
     * @return the changed fault
     */
    public Fault latency(Duration latency) {
        return with(copy ->
                copy.latencyMs = Objects.requireNonNull(latency, "latency").toMillis());
    }

    /**
     * Closes the connection of affected calls without an answer (a TCP reset), as a failing load
     * balancer might; SDKs see an I/O error, which they retry.
     *
     * @return the changed fault
     */
    public Fault connectionReset() {
        return with(copy -> copy.connection = CONNECTION_RESET);
    }

    /**
     * For DeleteIdentities: leaves these identities in place and reports them in
     * {@code UnprocessedIdentityIds} (with {@code InternalServerError} unless
     * {@link #unprocessedErrorCode} says otherwise); the call deletes the others as usual.
     *
     * @param identityIds the identities
     * @return the changed fault
     */
    public Fault unprocessedIdentityIds(String... identityIds) {
        return unprocessedIdentityIds(Arrays.asList(identityIds));
    }

    /**
     * For DeleteIdentities: leaves these identities in place and reports them in
     * {@code UnprocessedIdentityIds}; see {@link #unprocessedIdentityIds(String...)}.
     *
     * @param identityIds the identities
     * @return the changed fault
     */
    public Fault unprocessedIdentityIds(List<String> identityIds) {
        return with(copy -> copy.unprocessedIdentityIds = Objects.requireNonNull(identityIds, "identityIds"));
    }

    /**
     * The {@code ErrorCode} reported for {@link #unprocessedIdentityIds}.
     *
     * @param errorCode {@code InternalServerError} or {@code AccessDenied}
     * @return the changed fault
     */
    public Fault unprocessedErrorCode(String errorCode) {
        return with(copy -> copy.unprocessedErrorCode = errorCode);
    }

    /**
     * Affects only this many calls; the fault is then used up (it stays listed, with nothing remaining).
     *
     * @param times at least 1
     * @return the changed fault
     */
    public Fault times(int times) {
        return with(copy -> copy.times = times);
    }

    /**
     * Affects each matching call with this chance only.
     *
     * @param probability 0 to 1
     * @return the changed fault
     */
    public Fault probability(double probability) {
        return with(copy -> copy.probability = probability);
    }

    /**
     * Seeds this fault's random draws: the same calls in the same order are then affected on every run.
     *
     * @param seed any number
     * @return the changed fault
     */
    public Fault seed(long seed) {
        return with(copy -> copy.seed = seed);
    }

    /**
     * Affects only calls whose top-level request members have these values.
     *
     * @param members member names as on the wire (e.g. {@code IdentityId}) to JSON values
     * @return the changed fault
     */
    public Fault match(Map<String, ?> members) {
        return with(copy -> copy.match = new LinkedHashMap<>(Objects.requireNonNull(members, "members")));
    }

    /**
     * Affects only calls whose top-level request member has this value (added to the other members
     * to match).
     *
     * @param member the member name as on the wire, e.g. {@code IdentityId}
     * @param value  its value: a string, number, boolean, list or map
     * @return the changed fault
     */
    public Fault match(String member, Object value) {
        Map<String, Object> members = new LinkedHashMap<>(match);
        members.put(Objects.requireNonNull(member, "member"), value);
        return match(members);
    }

    /** A copy of this fault with one change. */
    private Fault with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.fault();
    }

    /** The members of a fault while one is being changed. */
    private static final class Copy {
        String operation;
        String error;
        String message;
        Integer status;
        Long latencyMs;
        String connection;
        List<String> unprocessedIdentityIds;
        String unprocessedErrorCode;
        Integer times;
        Double probability;
        Long seed;
        Map<String, Object> match;

        Copy(Fault fault) {
            operation = fault.operation;
            error = fault.error;
            message = fault.message;
            status = fault.status;
            latencyMs = fault.latencyMs;
            connection = fault.connection;
            unprocessedIdentityIds = fault.unprocessedIdentityIds;
            unprocessedErrorCode = fault.unprocessedErrorCode;
            times = fault.times;
            probability = fault.probability;
            seed = fault.seed;
            match = fault.match;
        }

        Fault fault() {
            return new Fault(
                    operation,
                    error,
                    message,
                    status,
                    latencyMs,
                    connection,
                    unprocessedIdentityIds,
                    unprocessedErrorCode,
                    times,
                    probability,
                    seed,
                    match);
        }
    }
}
