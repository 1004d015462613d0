package dev.fakecognito.server.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.server.internal.faults.FaultRegistry;
import dev.fakecognito.server.internal.faults.Strike;
import dev.fakecognito.server.internal.journal.RequestJournal;
import dev.fakecognito.server.internal.operations.Operation;
import dev.fakecognito.server.internal.operations.Operations;
import dev.fakecognito.server.internal.signing.SignableRequest;
import dev.fakecognito.server.internal.signing.SignatureChecker;
import dev.fakecognito.server.internal.signing.Verdict;
import dev.fakecognito.server.internal.validation.RequestValidator;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;
import org.xnio.Options;

/**
 * The HTTP front end: awsJson1_1 calls on {@code POST /}, CORS preflights, the token discovery
 * documents under {@code /.well-known/} and the admin endpoints under {@code /_fake/}. Every answer
 * carries an {@code x-amzn-RequestId}; every error is AWS-shaped; nothing a client sends produces a
 * 5xx or a stack trace. An API call an injected fault strikes is delayed, dropped, answered with the
 * fault's error or run with the fault's unprocessed identities, as the {@link Strike} says.
 */
public final class ApiHandler implements HttpHandler {
    /** The documented limit on a request body. */
    public static final long MAX_REQUEST_BYTES = 1024 * 1024;
    /** How much of a body over the limit is read and dropped before the 413 is sent. */
    private static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;
    /**
     * The hard limit for the HTTP server (Undertow's max entity size): beyond it the connection is dropped
     * without an answer. Well above {@link #MAX_REQUEST_BYTES}, so that this handler counts the bytes and
     * answers 413; Undertow counts chunk framing too and fixes the limit before a handler runs.
     */
    public static final long CONNECTION_LIMIT_BYTES = MAX_REQUEST_BYTES + MAX_DRAINED_BYTES;

    static final String TARGET_PREFIX = "AWSCognitoIdentityService.";
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    static final HttpString REQUEST_ID = new HttpString("x-amzn-RequestId");
    private static final AttachmentKey<ReceivedBody> BODY = AttachmentKey.create(ReceivedBody.class);
    /** The injected fault that strikes an API call, decided once when its body has arrived. */
    private static final AttachmentKey<Strike> STRIKE = AttachmentKey.create(Strike.class);

    static final HttpString ERROR_TYPE = new HttpString("x-amzn-ErrorType");
    static final HttpString ERROR_MESSAGE = new HttpString("x-amzn-ErrorMessage");
    private static final HttpString TARGET = new HttpString("X-Amz-Target");
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final Operations operations;
    private final RequestValidator validator;
    private final ObjectMapper json = AwsJson.mapper();
    private final HttpHandler wellKnown;
    private final HttpHandler admin;
    private final RequestJournal journal;
    private final SignatureChecker signatures;
    private final FaultRegistry faults;

    /**
     * Creates the front end.
     *
     * @param operations the operation table
     * @param validator  checks requests against the model
     * @param signatures checks (or only reads) the signatures of API calls
     * @param wellKnown  answers {@code GET /.well-known/*}
     * @param admin      answers {@code /_fake/*}
     * @param journal    records every API call
     * @param faults     the injected faults, consulted for every API call
     */
    public ApiHandler(
            Operations operations,
            RequestValidator validator,
            SignatureChecker signatures,
            HttpHandler wellKnown,
            HttpHandler admin,
            RequestJournal journal,
            FaultRegistry faults) {
        this.operations = operations;
        this.validator = validator;
        this.signatures = signatures;
        this.wellKnown = wellKnown;
        this.admin = admin;
        this.journal = journal;
        this.faults = faults;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (isApiCall(exchange) && exchange.getAttachment(BODY) == null) {
            receiveBody(exchange); // without blocking, whichever thread this is
        } else if (exchange.isInIoThread()) {
            exchange.dispatch(this);
        } else {
            serve(exchange);
        }
    }

    /**
     * Answers a request: on a worker thread, or on the IO thread for API calls whose body is already
     * received and whose operation does no RSA work (the hand-off to a worker costs more than they do).
     */
    private void serve(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(REQUEST_ID, requestId());
        Cors.addResponseHeaders(exchange);
        String path = exchange.getRelativePath();
        ApiCall call = null;
        try {
            if (Methods.OPTIONS.equals(exchange.getRequestMethod())) {
                Cors.answerPreflight(exchange);
            } else if (isAdminPath(path)) {
                admin.handleRequest(exchange);
            } else if (isWellKnownPath(path)) {
                wellKnown.handleRequest(exchange);
            } else {
                call = new ApiCall();
                handleApiCall(exchange, call);
            }
        } catch (CognitoException e) {
            answerError(exchange, call, e);
        } catch (Exception e) {
            if (exchange.isResponseStarted()) {
                // The answer went out; finishing the exchange failed, e.g. the fake is being closed.
                LOG.debug("Cannot finish answering {} {}", exchange.getRequestMethod(), path, e);
                return;
            }
            LOG.error("Internal error while answering {} {}", exchange.getRequestMethod(), path, e);
            answerError(exchange, call, new CognitoException(ErrorCode.INTERNAL_ERROR, "An internal error occurred."));
        }
    }

    /**
     * Continues with a received API call: first the injected fault that strikes it, if any (its delay
     * waits on the IO thread's timer, holding no thread); then here on the IO thread when the call is
     * cheap, else on a worker.
     */
    private void continueAfterBody(HttpServerExchange exchange) {
        Operation<?, ?> operation = operationNamed(exchange.getRequestHeaders().getFirst(TARGET));
        Strike strike = operation == null ? null : faults.strike(operation.name(), () -> parseQuietly(exchange));
        if (strike == null) {
            proceed(exchange, operation, null);
            return;
        }
        exchange.putAttachment(STRIKE, strike);
        if (strike.latencyMs() == 0) {
            proceed(exchange, operation, strike);
            return;
        }
        exchange.dispatch(
                SameThreadExecutor.INSTANCE,
                () -> exchange.getIoThread()
                        .executeAfter(
                                () -> exchange.dispatch(
                                        SameThreadExecutor.INSTANCE, ex -> proceed(ex, operation, strike)),
                                strike.latencyMs(),
                                TimeUnit.MILLISECONDS));
    }

    private void proceed(HttpServerExchange exchange, Operation<?, ?> operation, Strike strike) {
        if (strike != null && strike.resetConnection()) {
            resetConnection(exchange, strike);
        } else if (exchange.isInIoThread()
                && operation != null
                && operation.usesRsa()
                && (strike == null || strike.runsTheCall())) {
            exchange.dispatch(this);
        } else {
            serve(exchange);
        }
    }

    /** Journals the call as unanswered, then closes its connection with a TCP reset (SO_LINGER 0). */
    private void resetConnection(HttpServerExchange exchange, Strike strike) {
        String target = exchange.getRequestHeaders().getFirst(TARGET);
        journal.record(
                target.substring(TARGET_PREFIX.length()),
                new String(exchange.getAttachment(BODY).bytes(), StandardCharsets.UTF_8),
                0,
                null,
                null,
                false, // the signature of a reset call is not looked at
                null,
                strike.faultId());
        exchange.setPersistent(false);
        try {
            exchange.getConnection().setOption(Options.CLOSE_ABORT, true);
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("Cannot ask for a TCP reset; closing the connection instead", e);
        }
        IoUtils.safeClose(exchange.getConnection());
    }

    /** The received body as JSON, for faults that match on members; {@code null} when it is not JSON. */
    private JsonNode parseQuietly(HttpServerExchange exchange) {
        ReceivedBody body = exchange.getAttachment(BODY);
        if (body == null || body.bytes() == null) {
            return null;
        }
        try {
            return parse(body.bytes());
        } catch (CognitoException e) {
            return null;
        }
    }

    /** The operation an {@code X-Amz-Target} names, or {@code null}. */
    private Operation<?, ?> operationNamed(String target) {
        return target != null && target.startsWith(TARGET_PREFIX)
                ? operations.get(target.substring(TARGET_PREFIX.length()))
                : null;
    }

    /**
     * A request id: unique, not secret, so it need not come from the (locked) {@code SecureRandom}
     * behind {@link UUID#randomUUID()}. Formatted as a version 4 UUID, like AWS's.
     */
    static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private void answerError(HttpServerExchange exchange, ApiCall call, CognitoException error) {
        answerError(exchange, call, error.code().type(), error.code().httpStatus(), error.getMessage());
    }

    private void answerError(HttpServerExchange exchange, ApiCall call, String type, int status, String message) {
        if (call != null) {
            journal.record(
                    call.operation, call.body, status, type, message, call.signed, call.accessKeyId, call.faultId);
        }
        sendError(exchange, type, status, message);
    }

    /** What the journal needs to know of an API call, filled in as the call is read. */
    private static final class ApiCall {
        String operation;
        String body = "";
        boolean signed;
        String accessKeyId;
        String faultId;
    }

    private void handleApiCall(HttpServerExchange exchange, ApiCall call) throws IOException {
        if (!Methods.POST.equals(exchange.getRequestMethod())) {
            throw new CognitoException(
                    ErrorCode.UNKNOWN_OPERATION,
                    "Only POST requests with an X-Amz-Target header are API calls; got " + exchange.getRequestMethod()
                            + " " + exchange.getRequestPath() + ".");
        }
        String target = exchange.getRequestHeaders().getFirst(TARGET);
        call.operation =
                target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
        if (target == null || target.isBlank()) {
            throw new CognitoException(ErrorCode.UNKNOWN_OPERATION, "Missing X-Amz-Target header.");
        }
        Operation<?, ?> operation = operationNamed(target);
        if (operation == null) {
            throw new CognitoException(ErrorCode.UNKNOWN_OPERATION, "Unknown operation " + target + ".");
        }
        byte[] raw = readBody(exchange);
        call.body = new String(raw, StandardCharsets.UTF_8);
        JsonNode body = parse(raw);
        Verdict signature = signatures.check(operation.name(), signable(exchange, raw));
        call.signed = signature.signed();
        call.accessKeyId = signature.accessKeyId();
        if (signature.refusal() != null) {
            throw signature.refusal();
        }
        Strike strike = exchange.getAttachment(STRIKE);
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
        validator.validate(operation.name(), body);
        String response = respond(operation, body, strike);
        // journaled before answering: a client that reads the journal next sees it
        journal.record(call.operation, call.body, 200, null, null, call.signed, call.accessKeyId, call.faultId);
        sendJson(exchange, 200, response);
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

    /** Runs the operation and writes its response; a fault may keep DeleteIdentities from some identities. */
    private String respond(Operation<?, ?> operation, JsonNode body, Strike strike) throws IOException {
        if (strike == null || strike.unprocessedIdentityIds().isEmpty()) {
            Object output = invoke(operation, body);
            return output == null ? "" : json.writeValueAsString(output);
        }
        ObjectNode response = json.valueToTree(invoke(operation, strike.request(body)));
        strike.reportUnprocessed(response, body);
        return json.writeValueAsString(response);
    }

    private <I, O> O invoke(Operation<I, O> operation, JsonNode body) {
        I input;
        try {
            input = json.treeToValue(body, operation.inputType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CognitoException(
                    ErrorCode.SERIALIZATION,
                    "Request body does not match " + operation.name() + "'s input: " + e.getMessage());
        }
        return operation.handle(input);
    }

    /** A POST that the API answers: every path but the admin and discovery ones (one rule for routing and reading). */
    private static boolean isApiCall(HttpServerExchange exchange) {
        String path = exchange.getRelativePath();
        return Methods.POST.equals(exchange.getRequestMethod()) && !isAdminPath(path) && !isWellKnownPath(path);
    }

    private static boolean isAdminPath(String path) {
        return path.equals("/_fake") || path.startsWith("/_fake/");
    }

    private static boolean isWellKnownPath(String path) {
        return path.startsWith("/.well-known/");
    }

    /**
     * Reads an API call's body on the IO thread without blocking a worker (so clients that stall
     * mid-body cannot starve the others), then dispatches the call. A body over the limit is counted,
     * not kept, and dropped after {@link #MAX_DRAINED_BYTES} more bytes; the call is then answered 413
     * and the connection closed.
     */
    private void receiveBody(HttpServerExchange exchange) {
        if (exchange.getRequestContentLength() > MAX_REQUEST_BYTES + MAX_DRAINED_BYTES) {
            // Too large even to drain: answer at once (the client may see the connection close first).
            exchange.setPersistent(false);
            exchange.putAttachment(BODY, ReceivedBody.TOO_LARGE);
            serve(exchange);
            return;
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long[] total = {0};
        exchange.getRequestReceiver()
                .receivePartialBytes(
                        (ex, bytes, last) -> {
                            total[0] += bytes.length;
                            if (total[0] <= MAX_REQUEST_BYTES) {
                                kept.write(bytes, 0, bytes.length);
                            }
                            boolean giveUp = total[0] > MAX_REQUEST_BYTES + MAX_DRAINED_BYTES;
                            if (last || giveUp) {
                                if (!last) {
                                    ex.getRequestReceiver().pause();
                                }
                                if (total[0] > MAX_REQUEST_BYTES) {
                                    ex.setPersistent(false);
                                    ex.putAttachment(BODY, ReceivedBody.TOO_LARGE);
                                } else {
                                    ex.putAttachment(BODY, new ReceivedBody(kept.toByteArray()));
                                }
                                continueAfterBody(ex);
                            }
                        },
                        (ex, error) -> {
                            if (error instanceof RequestTooBigException) {
                                ex.setPersistent(false);
                                ex.putAttachment(BODY, ReceivedBody.TOO_LARGE);
                                serve(ex);
                            } else {
                                ex.endExchange(); // the client went away: nobody reads an answer
                            }
                        });
    }

    private static byte[] readBody(HttpServerExchange exchange) {
        ReceivedBody body = exchange.getAttachment(BODY);
        if (body == null || body.bytes() == null) {
            throw tooLarge();
        }
        return body.bytes();
    }

    /** The body of an API call as the IO thread received it; {@code bytes} is null when it was too large. */
    private record ReceivedBody(byte[] bytes) {
        static final ReceivedBody TOO_LARGE = new ReceivedBody(null);
    }

    static CognitoException tooLarge() {
        return new CognitoException(
                ErrorCode.REQUEST_TOO_LARGE, "Request body is larger than " + MAX_REQUEST_BYTES + " bytes.");
    }

    private JsonNode parse(byte[] body) {
        if (isBlank(body)) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = json.readTree(body);
            return node == null ? JsonNodeFactory.instance.objectNode() : node;
        } catch (IOException e) {
            throw new CognitoException(ErrorCode.SERIALIZATION, "Request body is not valid JSON.");
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static void sendJson(HttpServerExchange exchange, int status, String body) {
        send(exchange, status, CONTENT_TYPE, body);
    }

    static void send(HttpServerExchange exchange, int status, String contentType, String body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, bytes.length);
        exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(bytes));
    }

    /** Renders an error as the SDKs and the CLI parse it: {@code __type} and {@code message}, and both headers. */
    void sendError(HttpServerExchange exchange, CognitoException error) {
        sendError(exchange, error.code().type(), error.code().httpStatus(), error.getMessage());
    }

    private void sendError(HttpServerExchange exchange, String type, int status, String message) {
        if (exchange.isResponseStarted()) {
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().put(ERROR_TYPE, type + ":");
        if (isHeaderSafe(message)) {
            exchange.getResponseHeaders().put(ERROR_MESSAGE, message);
        }
        ObjectMapper mapper = json;
        String body;
        try {
            body = mapper.writeValueAsString(
                    mapper.createObjectNode().put("__type", type).put("message", message));
        } catch (JsonProcessingException e) {
            body = "{\"__type\":\"" + type + "\"}";
        }
        sendJson(exchange, status, body);
    }

    /** A header can only carry printable ASCII faithfully; otherwise clients read the message from the body. */
    private static boolean isHeaderSafe(String message) {
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
