package dev.fakecognito.server.internal.http;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.Echo;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.server.internal.faults.FaultRegistry;
import dev.fakecognito.server.internal.faults.Strike;
import dev.fakecognito.server.internal.journal.RequestJournal;
import dev.fakecognito.server.internal.operations.Operation;
import dev.fakecognito.server.internal.operations.OperationCalls;
import dev.fakecognito.server.internal.operations.Operations;
import dev.fakecognito.server.internal.signing.SignableRequest;
import dev.fakecognito.server.internal.signing.SignatureChecker;
import dev.fakecognito.server.internal.signing.Verdict;
import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.validation.RequestBody;
import dev.fakecognito.server.internal.validation.RequestValidator;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;
import org.xnio.Options;

/**
 * The API: awsJson 1.1 calls, {@code POST /} with an {@code X-Amz-Target}. A call is read, its
 * signature checked (or only read), checked against the API model, run and journaled; every error is
 * AWS-shaped and journaled too. An injected fault that strikes a call delays it, drops its connection,
 * answers the fault's error or runs it with the fault's unprocessed identities, as the {@link Strike}
 * says. Every call belongs to the generation of the fake it arrived in ({@link CallGate}): one that a
 * reset overtook before it ran is cut off, as a server restart would cut it.
 */
public final class ApiHandler implements HttpHandler {
    static final String TARGET_PREFIX = "AWSCognitoIdentityService.";
    private static final HttpString TARGET = new HttpString("X-Amz-Target");
    /** The call a request is, made when it has arrived whole. */
    private static final AttachmentKey<ApiCall> CALL = AttachmentKey.create(ApiCall.class);

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final byte[] NO_BODY = {};

    private final Operations operations;
    private final RequestValidator validator;
    private final RequestJournal journal;
    private final SignatureChecker signatures;
    private final FaultRegistry faults;
    private final CallGate gate;
    private final Callers callers;
    private final boolean durable;

    /**
     * Creates the API.
     *
     * @param operations the operation table
     * @param validator  checks requests against the model
     * @param signatures checks (or only reads) the signatures of API calls
     * @param journal    records every API call
     * @param faults     the injected faults, consulted for every API call
     * @param gate       keeps resets apart from calls
     * @param callers    finds the region and account of each call
     * @param durable    whether changes wait for a data directory's disk (then calls that may change the
     *                   state run on a worker thread, never on an I/O thread)
     */
    public ApiHandler(
            Operations operations,
            RequestValidator validator,
            SignatureChecker signatures,
            RequestJournal journal,
            FaultRegistry faults,
            CallGate gate,
            Callers callers,
            boolean durable) {
        this.durable = durable;
        this.operations = operations;
        this.validator = validator;
        this.signatures = signatures;
        this.journal = journal;
        this.faults = faults;
        this.gate = gate;
        this.callers = callers;
    }

    /**
     * Takes a request whose body has arrived (or that has none): on first sight decides the fault that
     * strikes it, if any (its delay waits on the I/O thread's timer, holding no thread), then answers it
     * here, or on a worker when the operation does RSA work.
     */
    @Override
    public void handleRequest(HttpServerExchange exchange) {
        ApiCall call = exchange.getAttachment(CALL);
        if (call != null) {
            proceed(exchange, call); // back from the timer or on a worker
            return;
        }
        String target = exchange.getRequestHeaders().getFirst(TARGET);
        Operation<?, ?> operation = operationNamed(target);
        call = new ApiCall(gate.generation(), target, operation);
        exchange.putAttachment(CALL, call);
        if (operation != null && Methods.POST.equals(exchange.getRequestMethod())) {
            call.strike = faults.strike(operation.name(), BodyReceiver.bytesOrNull(exchange));
        }
        long latencyMs = call.strike == null ? 0 : call.strike.latencyMs();
        if (latencyMs > 0) {
            exchange.dispatch(
                    SameThreadExecutor.INSTANCE,
                    () -> exchange.getIoThread()
                            .executeAfter(
                                    () -> exchange.dispatch(SameThreadExecutor.INSTANCE, this),
                                    latencyMs,
                                    TimeUnit.MILLISECONDS));
            return;
        }
        proceed(exchange, call);
    }

    private void proceed(HttpServerExchange exchange, ApiCall call) {
        Strike strike = call.strike;
        if (strike != null && strike.resetConnection()) {
            resetConnection(exchange, call);
            return;
        }
        Operation<?, ?> operation = call.resolved;
        if (exchange.isInIoThread()
                && operation != null
                && (operation.usesRsa() || durable && !operation.readOnly())
                && (strike == null || strike.runsTheCall())) {
            exchange.dispatch(this);
            return;
        }
        run(exchange, call);
    }

    /** Runs the call in its generation, or cuts it off when a reset ended that. */
    private void run(HttpServerExchange exchange, ApiCall call) {
        long stamp = gate.enter(call.generation);
        if (stamp == 0) {
            abort(exchange);
            return;
        }
        Throwable failure = null;
        try {
            exchange.getResponseHeaders().put(Responses.REQUEST_ID, Responses.requestId());
            Cors.addResponseHeaders(exchange);
            answer(exchange, call);
        } catch (CognitoException e) {
            answerError(exchange, call, e);
        } catch (Exception | LinkageError | AssertionError | VirtualMachineError e) {
            failure = e;
            CognitoException answer = Failures.answerFor(exchange, e);
            if (answer != null) {
                answerError(exchange, call, answer);
            }
        } finally {
            gate.leave(stamp);
        }
        if (failure != null) {
            Failures.report(failure);
        }
    }

    /** Journals the call as unanswered (unless a reset overtook it), then resets its connection. */
    private void resetConnection(HttpServerExchange exchange, ApiCall call) {
        long stamp = gate.enter(call.generation);
        if (stamp != 0) {
            try {
                placeIfUnknown(exchange, call);
                journal.record(
                        call.target.substring(TARGET_PREFIX.length()),
                        BodyReceiver.bytesOrNull(exchange),
                        0,
                        null,
                        null,
                        false, // the signature of a reset call is not looked at
                        null,
                        call.strike.faultId(),
                        call.region,
                        call.accountId);
            } finally {
                gate.leave(stamp);
            }
        }
        abort(exchange);
    }

    /** Closes the connection with a TCP reset (SO_LINGER 0), without an answer. */
    private static void abort(HttpServerExchange exchange) {
        exchange.setPersistent(false);
        try {
            exchange.getConnection().setOption(Options.CLOSE_ABORT, true);
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("Cannot ask for a TCP reset; closing the connection instead", e);
        }
        IoUtils.safeClose(exchange.getConnection());
    }

    /** The operation an {@code X-Amz-Target} names, or {@code null}. */
    private Operation<?, ?> operationNamed(String target) {
        return target != null && target.startsWith(TARGET_PREFIX)
                ? operations.get(target.substring(TARGET_PREFIX.length()))
                : null;
    }

    /** Journals and answers an error; the journal gets the fake's own detail of it, when it has one. */
    private void answerError(HttpServerExchange exchange, ApiCall call, CognitoException error) {
        placeIfUnknown(exchange, call);
        journal.record(
                call.operation,
                call.body,
                error.code().httpStatus(),
                error.code().type(),
                error.journalMessage(),
                call.signed,
                call.accessKeyId,
                call.faultId,
                call.region,
                call.accountId);
        Responses.sendError(exchange, error.code().type(), error.code().httpStatus(), error.getMessage());
    }

    private void answerError(HttpServerExchange exchange, ApiCall call, String type, int status, String message) {
        placeIfUnknown(exchange, call);
        journal.record(
                call.operation,
                call.body,
                status,
                type,
                message,
                call.signed,
                call.accessKeyId,
                call.faultId,
                call.region,
                call.accountId);
        Responses.sendError(exchange, type, status, message);
    }

    /** The region and account of a call refused before its body and signature were read: its host's, or the defaults. */
    private void placeIfUnknown(HttpServerExchange exchange, ApiCall call) {
        if (call.region == null) {
            Caller caller = callers.of(
                    signatures.read(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION)),
                    exchange.getRequestHeaders().getFirst(Headers.HOST),
                    null);
            call.region = caller.region();
            call.accountId = caller.accountId();
        }
    }

    /** What the journal needs to know of an API call, filled in as the call is read. */
    private static final class ApiCall {
        final long generation;
        final String target;
        /** The operation the target names, or {@code null}. */
        final Operation<?, ?> resolved;

        Strike strike;
        String operation;
        byte[] body = NO_BODY;
        boolean signed;
        String accessKeyId;
        String faultId;
        /** The region and account of the call, once known. */
        String region;

        String accountId;

        ApiCall(long generation, String target, Operation<?, ?> resolved) {
            this.generation = generation;
            this.target = target;
            this.resolved = resolved;
        }
    }

    private void answer(HttpServerExchange exchange, ApiCall call) throws IOException {
        if (!Methods.POST.equals(exchange.getRequestMethod())) {
            throw new CognitoException(
                    ErrorCode.UNKNOWN_OPERATION,
                    "Only POST requests with an X-Amz-Target header are API calls; got "
                            + Echo.of(exchange.getRequestMethod() + " " + exchange.getRequestPath()) + ".");
        }
        String target = call.target;
        call.operation =
                target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
        if (target == null || target.isBlank()) {
            throw new CognitoException(ErrorCode.UNKNOWN_OPERATION, "Missing X-Amz-Target header.");
        }
        Operation<?, ?> operation = call.resolved;
        if (operation == null) {
            throw new CognitoException(ErrorCode.UNKNOWN_OPERATION, "Unknown operation " + Echo.of(target) + ".");
        }
        byte[] raw = BodyReceiver.bytes(exchange);
        call.body = raw;
        RequestBody body = validator.read(operation.name(), raw);
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        Verdict signature = signatures.needsRequest(operation.name(), authorization)
                ? signatures.check(operation.name(), signable(exchange, raw))
                : signatures.read(authorization);
        call.signed = signature.signed();
        call.accessKeyId = signature.accessKeyId();
        Caller caller = callers.of(signature, exchange.getRequestHeaders().getFirst(Headers.HOST), body);
        call.region = caller.region();
        call.accountId = caller.accountId();
        if (signature.refusal() != null) {
            throw signature.refusal();
        }
        Strike strike = call.strike;
        if (strike != null) {
            call.faultId = strike.faultId();
            if (strike.error() != null) {
                answerError(
                        exchange,
                        call,
                        strike.error().type(),
                        strike.error().status(),
                        strike.error().message());
                return;
            }
        }
        validator.check(body);
        byte[] response = strike == null || strike.unprocessedIdentityIds().isEmpty()
                ? OperationCalls.call(operation, caller, body.members())
                : OperationCalls.callKeeping(
                        operation,
                        caller,
                        body.members(),
                        strike.unprocessedIdentityIds(),
                        strike.unprocessedErrorCode());
        // journaled before answering: a client that reads the journal next sees it
        journal.record(
                call.operation,
                call.body,
                200,
                null,
                null,
                call.signed,
                call.accessKeyId,
                call.faultId,
                call.region,
                call.accountId);
        Responses.send(exchange, 200, Responses.AWS_JSON, response);
    }

    /** The request as its signature covers it: path and query as on the wire, every header, the body's bytes. */
    private static SignableRequest signable(HttpServerExchange exchange, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HeaderValues values : exchange.getRequestHeaders()) {
            headers.computeIfAbsent(
                            values.getHeaderName().toString().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .addAll(values);
        }
        String path = exchange.getRequestURI();
        int scheme = path.indexOf("://");
        if (scheme >= 0) { // absolute form: http://host:port/path
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        return new SignableRequest(
                exchange.getRequestMethod().toString(), path, exchange.getQueryString(), headers, body);
    }
}
