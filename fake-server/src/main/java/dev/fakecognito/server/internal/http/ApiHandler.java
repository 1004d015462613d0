package dev.fakecognito.server.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.Echo;
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
import dev.fakecognito.server.internal.validation.Unicode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;
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
    /**
     * The hard limit for the HTTP server (Undertow's max entity size): beyond it the connection is dropped
     * without an answer. Well above {@link #MAX_REQUEST_BYTES} (16 MiB more are read and dropped), so
     * that {@link BodyReceiver} counts the bytes and answers 413; Undertow counts chunk framing too and
     * fixes the limit before a handler runs.
     */
    public static final long CONNECTION_LIMIT_BYTES = MAX_REQUEST_BYTES + 16L * 1024 * 1024;

    static final String TARGET_PREFIX = "AWSCognitoIdentityService.";
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    static final HttpString REQUEST_ID = new HttpString("x-amzn-RequestId");
    /** The injected fault that strikes an API call, decided once when its body has arrived. */
    private static final AttachmentKey<Strike> STRIKE = AttachmentKey.create(Strike.class);

    static final HttpString ERROR_TYPE = new HttpString("x-amzn-ErrorType");
    static final HttpString ERROR_MESSAGE = new HttpString("x-amzn-ErrorMessage");
    private static final HttpString TARGET = new HttpString("X-Amz-Target");
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final String OUT_OF_MEMORY =
            "The fake ran out of memory answering this request; it keeps serving. Give its JVM more heap (-Xmx).";
    /**
     * The longest {@code x-amzn-ErrorMessage} header: a longer message is cut there and ends in
     * {@code ...} (the body always has the whole message). Clients reject large headers (8 KiB in
     * Netty's default), and read the message from the body anyway.
     */
    static final int MAX_HEADER_MESSAGE = 1024;

    private static final byte[] NO_BYTES = {};

    private final Operations operations;
    private final RequestValidator validator;
    private final ObjectMapper json = AwsJson.MAPPER;
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
        if (BodyReceiver.pending(exchange)) {
            BodyReceiver.receive(exchange, this::continueAfterBody); // without blocking, whichever thread this is
        } else if (exchange.isInIoThread()) {
            exchange.dispatch(this);
        } else {
            serve(exchange);
        }
    }

    /**
     * Answers a request: on a worker thread, or on the IO thread for API calls whose body is already
     * received and whose operation does no RSA work (the hand-off to a worker costs more than they do).
     * The admin endpoints get no CORS headers: browsers keep other sites' pages from reading them.
     */
    private void serve(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(REQUEST_ID, requestId());
        String path = exchange.getRelativePath();
        boolean adminPath = isAdminPath(path);
        if (!adminPath) {
            Cors.addResponseHeaders(exchange);
        }
        ApiCall call = null;
        try {
            if (adminPath) {
                admin.handleRequest(exchange);
            } else if (Methods.OPTIONS.equals(exchange.getRequestMethod())) {
                Cors.answerPreflight(exchange);
            } else if (isWellKnownPath(path)) {
                wellKnown.handleRequest(exchange);
            } else {
                call = new ApiCall();
                handleApiCall(exchange, call);
            }
        } catch (CognitoException e) {
            answerError(exchange, call, e);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            if (exchange.isResponseStarted()) {
                // The answer went out; finishing the exchange failed, e.g. the fake is being closed.
                LOG.debug("Cannot finish answering {} {}", exchange.getRequestMethod(), path, e);
                exchange.endExchange();
                return;
            }
            if (e instanceof OutOfMemoryError) {
                // Whatever held the memory is garbage now: say so, answer, and keep serving.
                LOG.error("Out of memory while answering {} {}: {}", exchange.getRequestMethod(), path, e.getMessage());
                exchange.setPersistent(false);
                answerError(exchange, call, new CognitoException(ErrorCode.INTERNAL_ERROR, OUT_OF_MEMORY));
                return;
            }
            LOG.error("Internal error while answering {} {}", exchange.getRequestMethod(), path, e);
            answerError(exchange, call, new CognitoException(ErrorCode.INTERNAL_ERROR, "An internal error occurred."));
        }
    }

    /**
     * Continues with a received request: for an API call, first the injected fault that strikes it, if
     * any (its delay waits on the IO thread's timer, holding no thread); then here on the IO thread when
     * the call is cheap, else (admin calls, RSA work) on a worker.
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
                && (isAdminPath(exchange.getRelativePath())
                        || operation != null && operation.usesRsa() && (strike == null || strike.runsTheCall()))) {
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
                new String(BodyReceiver.bytes(exchange), StandardCharsets.UTF_8),
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
        try {
            return parse(BodyReceiver.bytes(exchange));
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
        if (call != null && error.detail() != null) {
            journal.record(
                    call.operation,
                    call.body,
                    error.code().httpStatus(),
                    error.code().type(),
                    error.journalMessage(),
                    call.signed,
                    call.accessKeyId,
                    call.faultId);
            sendError(exchange, error.code().type(), error.code().httpStatus(), error.getMessage());
            return;
        }
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
                    "Only POST requests with an X-Amz-Target header are API calls; got "
                            + Echo.of(exchange.getRequestMethod() + " " + exchange.getRequestPath()) + ".");
        }
        String target = exchange.getRequestHeaders().getFirst(TARGET);
        call.operation =
                target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
        if (target == null || target.isBlank()) {
            throw new CognitoException(ErrorCode.UNKNOWN_OPERATION, "Missing X-Amz-Target header.");
        }
        Operation<?, ?> operation = operationNamed(target);
        if (operation == null) {
            throw new CognitoException(ErrorCode.UNKNOWN_OPERATION, "Unknown operation " + Echo.of(target) + ".");
        }
        byte[] raw = readBody(exchange);
        call.body = new String(raw, StandardCharsets.UTF_8);
        JsonNode body = parse(raw);
        Verdict signature = signatures.check(
                operation.name(),
                exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION),
                () -> signable(exchange, raw));
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
        byte[] response = respond(operation, body, strike);
        // journaled before answering: a client that reads the journal next sees it
        journal.record(call.operation, call.body, 200, null, null, call.signed, call.accessKeyId, call.faultId);
        send(exchange, 200, CONTENT_TYPE, response);
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
    private byte[] respond(Operation<?, ?> operation, JsonNode body, Strike strike) throws IOException {
        if (strike == null || strike.unprocessedIdentityIds().isEmpty()) {
            Object output = invoke(operation, body);
            return output == null ? NO_BYTES : json.writeValueAsBytes(output); // UTF-8, no String between
        }
        ObjectNode response = json.valueToTree(invoke(operation, strike.request(body)));
        strike.reportUnprocessed(response, body);
        return json.writeValueAsBytes(response);
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

    private static boolean isAdminPath(String path) {
        return path.equals("/_fake") || path.startsWith("/_fake/");
    }

    private static boolean isWellKnownPath(String path) {
        return path.startsWith("/.well-known/");
    }

    private static byte[] readBody(HttpServerExchange exchange) {
        return BodyReceiver.bytes(exchange);
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
            Unicode.requireWholeCharacters(node);
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
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpServerExchange exchange, int status, String contentType, byte[] bytes) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
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
            exchange.getResponseHeaders()
                    .put(
                            ERROR_MESSAGE,
                            message.length() <= MAX_HEADER_MESSAGE
                                    ? message
                                    : message.substring(0, MAX_HEADER_MESSAGE - 3) + "...");
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
