package dev.fakecognito.server.internal.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.Json;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.Echo;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.server.internal.state.CognitoState;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The admin endpoints under {@code /_fake/}: the {@link FakeAdmin} contract over HTTP, for a fake in
 * another process ({@code FakeAdminClient} is their client). {@code GET /_fake/health},
 * {@code POST /_fake/reset}, {@code POST /_fake/fixtures} (a YAML or JSON world to seed; answers what
 * was created), {@code GET /_fake/state} (the snapshot; JSON, or YAML on {@code Accept: application/yaml})
 * {@code GET /_fake/requests} (the request journal) and {@code /_fake/faults} (fault injection, see
 * {@link FaultEndpoints}) and the browser page {@code GET /_fake/ui} ({@link UiEndpoints}). Each delegates to the fake's own
 * {@link FakeAdmin} methods, so both ways behave the same.
 */
public final class AdminHandler implements HttpHandler {
    private static final String JSON = "application/json";
    private static final String YAML = "application/yaml";
    /** How a posted fixture document is named in error messages. */
    static final String POSTED_FIXTURE = "request body";

    private final FakeAdmin fake;
    private final CognitoState state;
    private final FaultEndpoints faults;
    private final UiEndpoints ui;
    /** One per JVM: thread-safe and never reconfigured, so further fakes reuse what it learnt of the types. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /**
     * Creates the handler.
     *
     * @param fake  the in-process fake whose admin contract is served
     * @param state its state, for the health summary
     * @param ui    the browser page and its data, {@code /_fake/ui}
     */
    public AdminHandler(FakeAdmin fake, CognitoState state, UiEndpoints ui) {
        this.fake = fake;
        this.state = state;
        this.faults = new FaultEndpoints(fake);
        this.ui = ui;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRelativePath();
        HttpString method = exchange.getRequestMethod();
        boolean get = Methods.GET.equals(method) || Methods.HEAD.equals(method);
        boolean post = Methods.POST.equals(method);
        if (path.equals("/_fake/health") && get) {
            ObjectNode status = MAPPER.createObjectNode()
                    .put("status", "UP")
                    .put("region", state.region())
                    .put("accountId", state.accountId())
                    .put("issuer", fake.issuer())
                    .put("identityPools", state.pools().size());
            ApiHandler.send(exchange, 200, JSON, MAPPER.writeValueAsString(status));
        } else if (path.equals("/_fake/credentials") && get) {
            ObjectNode credentials = MAPPER.createObjectNode()
                    .put("accessKeyId", fake.accessKeyId())
                    .put("secretAccessKey", fake.secretAccessKey());
            ApiHandler.send(exchange, 200, JSON, MAPPER.writeValueAsString(credentials));
        } else if (path.equals("/_fake/reset") && post) {
            fake.reset();
            ApiHandler.send(exchange, 200, JSON, "{}");
        } else if (path.equals("/_fake/requests") && get) {
            sendJournal(exchange);
        } else if (path.equals("/_fake/state") && get) {
            sendWorld(exchange, fake.snapshot());
        } else if (path.equals("/_fake/fixtures") && post) {
            World created;
            try {
                created = fake.seed(Fixtures.fromStream(readBody(exchange), POSTED_FIXTURE));
            } catch (FixtureException e) {
                sendFixtureError(exchange, e);
                return;
            }
            sendWorld(exchange, created);
        } else if (UiEndpoints.handles(path)) {
            ui.handle(exchange, method, path);
        } else if (FaultEndpoints.handles(path)) {
            faults.handle(
                    exchange, method, path, post ? new String(readBody(exchange).readAllBytes(), UTF_8) : null);
        } else {
            throw new CognitoException(
                    ErrorCode.NOT_FOUND,
                    "No admin endpoint " + Echo.of(method + " " + path)
                            + "; there are GET /_fake/health, GET /_fake/state, GET /_fake/requests, POST /_fake/fixtures,"
                            + " POST /_fake/reset, POST, GET and DELETE /_fake/faults, GET and DELETE /_fake/faults/{id},"
                            + " and the browser page GET /_fake/ui.");
        }
    }

    /** The body, as {@link BodyReceiver} received it before this handler ran (never blocking a worker). */
    private static InputStream readBody(HttpServerExchange exchange) {
        return new ByteArrayInputStream(BodyReceiver.bytes(exchange));
    }

    /**
     * A refused fixture: 400 {@code InvalidFixtureException} with the located message, and its parts
     * ({@code line}, {@code column}, {@code path}, {@code problem}) so that a client can report them
     * against its own copy of the document.
     */
    private void sendFixtureError(HttpServerExchange exchange, FixtureException e) throws IOException {
        ObjectNode body = MAPPER.createObjectNode()
                .put("__type", ErrorCode.INVALID_FIXTURE.type())
                .put("message", e.getMessage())
                .put("line", e.line())
                .put("column", e.column())
                .put("path", e.path())
                .put("problem", e.problem());
        exchange.getResponseHeaders().put(ApiHandler.ERROR_TYPE, ErrorCode.INVALID_FIXTURE.type() + ":");
        ApiHandler.send(exchange, ErrorCode.INVALID_FIXTURE.httpStatus(), JSON, MAPPER.writeValueAsString(body));
    }

    /**
     * Streams the journal (up to 16 Mi characters of bodies) as it is written, on this worker thread,
     * rather than building the whole document in memory first.
     */
    private void sendJournal(HttpServerExchange exchange) throws IOException {
        RequestLog log = fake.requests();
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON);
        exchange.startBlocking();
        try (OutputStream out = exchange.getOutputStream()) {
            Json.write(out, log);
        }
    }

    private static void sendWorld(HttpServerExchange exchange, World world) {
        String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
        if (accept != null && (accept.contains("yaml") || accept.contains("yml"))) {
            ApiHandler.send(exchange, 200, YAML, Fixtures.toYaml(world));
        } else {
            ApiHandler.send(exchange, 200, JSON, Fixtures.toJson(world));
        }
    }
}
