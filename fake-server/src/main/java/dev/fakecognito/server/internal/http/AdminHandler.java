package dev.fakecognito.server.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
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
import java.util.Deque;
import java.util.Set;

/**
 * The admin endpoints under {@code /_fake/}: the {@link FakeAdmin} contract over HTTP, for a fake in
 * another process ({@code FakeAdminClient} is their client). {@code GET /_fake/health},
 * {@code POST /_fake/reset}, {@code POST /_fake/fixtures} (a YAML or JSON world to seed; answers what
 * was created), {@code GET /_fake/state} (the snapshot; JSON, or YAML on {@code Accept: application/yaml};
 * {@code ?region=} and {@code ?accountId=} keep the pools of one region and account)
 * {@code GET /_fake/requests} (the request journal) and {@code /_fake/faults} (fault injection, see
 * {@link FaultEndpoints}) and the browser page {@code GET /_fake/ui} ({@link UiEndpoints}). Each delegates to the fake's own
 * {@link FakeAdmin} methods, so both ways behave the same.
 */
public final class AdminHandler implements HttpHandler {
    private static final String JSON = Responses.JSON;
    private static final String YAML = "application/yaml";
    /** How a posted fixture document is named in error messages. */
    static final String POSTED_FIXTURE = "request body";

    private static final Set<HttpString> READ = Set.of(Methods.GET, Methods.HEAD);
    private static final Set<HttpString> WRITE = Set.of(Methods.POST);

    private final FakeAdmin fake;
    private final CognitoState state;
    private final FaultEndpoints faults;
    private final ClockEndpoint clock;
    private final UiEndpoints ui;
    /** Built on the first admin request: a fake that is never administered over HTTP never builds it. */
    private volatile RouteTable<HttpHandler> routes;

    /** Jackson's data binding, loaded with the first admin request that needs it (a fixture error). */
    private static final class Mapper {
        /** One per JVM: thread-safe and never reconfigured, so further fakes reuse what it learnt of the types. */
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

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
        this.clock = new ClockEndpoint(fake);
        this.ui = ui;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        routes().find(exchange.getRequestMethod(), exchange.getRelativePath()).handleRequest(exchange);
    }

    private RouteTable<HttpHandler> routes() {
        RouteTable<HttpHandler> table = routes;
        if (table == null) {
            synchronized (this) {
                table = routes;
                if (table == null) {
                    table = new RouteTable<HttpHandler>(AdminHandler::notFound)
                            .add(READ, "/_fake/health", RouteTable.Match.EXACT, this::health)
                            .add(READ, "/_fake/credentials", RouteTable.Match.EXACT, this::credentials)
                            .add(ClockEndpoint.CLOCK, RouteTable.Match.EXACT, clock)
                            .add(WRITE, "/_fake/reset", RouteTable.Match.EXACT, this::reset)
                            .add(READ, "/_fake/requests", RouteTable.Match.EXACT, this::sendJournal)
                            .add(
                                    READ,
                                    "/_fake/state",
                                    RouteTable.Match.EXACT,
                                    ex -> sendWorld(
                                            ex,
                                            fake.snapshot(
                                                    firstQueryValue(ex, "region"), firstQueryValue(ex, "accountId"))))
                            .add(WRITE, "/_fake/fixtures", RouteTable.Match.EXACT, this::seed)
                            .add(UiEndpoints.UI, RouteTable.Match.SUBTREE, ui)
                            .add(FaultEndpoints.FAULTS, RouteTable.Match.SUBTREE, faults);
                    routes = table;
                }
            }
        }
        return table;
    }

    private void health(HttpServerExchange exchange) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(160);
        try (JsonGenerator json = Responses.JSON_FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("status", "UP");
            json.writeStringField("region", state.region());
            json.writeStringField("accountId", state.accountId());
            json.writeStringField("issuer", fake.issuer());
            json.writeNumberField("identityPools", state.pools().size());
            json.writeEndObject();
        }
        Responses.send(exchange, 200, JSON, bytes.toByteArray());
    }

    /** The credentials clients of this fake should sign with (behind the admin door, as they may be secret). */
    private void credentials(HttpServerExchange exchange) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(128);
        try (JsonGenerator json = Responses.JSON_FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("accessKeyId", fake.accessKeyId());
            json.writeStringField("secretAccessKey", fake.secretAccessKey());
            json.writeEndObject();
        }
        Responses.send(exchange, 200, JSON, bytes.toByteArray());
    }

    private void reset(HttpServerExchange exchange) {
        fake.reset();
        Responses.send(exchange, 200, JSON, "{}");
    }

    private void seed(HttpServerExchange exchange) throws IOException {
        World created;
        try {
            created = fake.seed(Fixtures.fromStream(readBody(exchange), POSTED_FIXTURE));
        } catch (FixtureException e) {
            sendFixtureError(exchange, e);
            return;
        }
        sendWorld(exchange, created);
    }

    /** The answer to a request for an admin endpoint that does not exist. */
    static void notFound(HttpServerExchange exchange) {
        throw new CognitoException(
                ErrorCode.NOT_FOUND,
                "No admin endpoint " + Echo.of(exchange.getRequestMethod() + " " + exchange.getRelativePath())
                        + "; there are GET /_fake/health, GET /_fake/state, GET /_fake/requests, POST /_fake/fixtures,"
                        + " POST /_fake/reset, POST, GET and DELETE /_fake/faults, GET and DELETE /_fake/faults/{id},"
                        + " GET and POST /_fake/clock, GET /_fake/credentials and the browser page GET /_fake/ui.");
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
        ObjectNode body = Mapper.MAPPER
                .createObjectNode()
                .put("__type", ErrorCode.INVALID_FIXTURE.type())
                .put("message", e.getMessage())
                .put("line", e.line())
                .put("column", e.column())
                .put("path", e.path())
                .put("problem", e.problem());
        exchange.getResponseHeaders().put(Responses.ERROR_TYPE, ErrorCode.INVALID_FIXTURE.type() + ":");
        Responses.send(exchange, ErrorCode.INVALID_FIXTURE.httpStatus(), JSON, Mapper.MAPPER.writeValueAsString(body));
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

    private static String firstQueryValue(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() || values.getFirst().isEmpty() ? null : values.getFirst();
    }

    private static void sendWorld(HttpServerExchange exchange, World world) {
        String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
        if (accept != null && (accept.contains("yaml") || accept.contains("yml"))) {
            Responses.send(exchange, 200, YAML, Fixtures.toYaml(world));
        } else {
            Responses.send(exchange, 200, JSON, Fixtures.toJson(world));
        }
    }
}
