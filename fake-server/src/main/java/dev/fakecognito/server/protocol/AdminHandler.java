package dev.fakecognito.server.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.fixtures.World;
import dev.fakecognito.fixtures.WorldSeeder;
import dev.fakecognito.server.errors.CognitoException;
import dev.fakecognito.server.errors.ErrorCode;
import dev.fakecognito.server.state.CognitoState;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The admin endpoints under {@code /_fake/}, for a fake running elsewhere (a container):
 * {@code GET /_fake/health}, {@code POST /_fake/reset}, {@code POST /_fake/fixtures} (a YAML or JSON
 * world to seed; answers what was created) and {@code GET /_fake/state} (the snapshot; JSON, or YAML
 * on {@code Accept: application/yaml}) and {@code GET /_fake/requests} (the request journal).
 */
public final class AdminHandler implements HttpHandler {
    private static final String JSON = "application/json";
    private static final String YAML = "application/yaml";

    private final CognitoState state;
    private final WorldSeeder seeder;
    private final RequestJournal journal;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** Creates the handler over a fake's state, seeder and request journal. */
    public AdminHandler(CognitoState state, WorldSeeder seeder, RequestJournal journal) {
        this.state = state;
        this.seeder = seeder;
        this.journal = journal;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRelativePath();
        HttpString method = exchange.getRequestMethod();
        boolean get = Methods.GET.equals(method) || Methods.HEAD.equals(method);
        boolean post = Methods.POST.equals(method);
        if (path.equals("/_fake/health") && get) {
            ObjectNode status = json.createObjectNode()
                    .put("status", "UP")
                    .put("region", state.region())
                    .put("accountId", state.accountId())
                    .put("identityPools", state.pools().size());
            ApiHandler.send(exchange, 200, JSON, json.writeValueAsString(status));
        } else if (path.equals("/_fake/reset") && post) {
            state.reset();
            journal.clear();
            ApiHandler.send(exchange, 200, JSON, "{}");
        } else if (path.equals("/_fake/requests") && get) {
            ApiHandler.send(exchange, 200, JSON, json.writeValueAsString(journal.log()));
        } else if (path.equals("/_fake/state") && get) {
            sendWorld(exchange, seeder.snapshot());
        } else if (path.equals("/_fake/fixtures") && post) {
            World created;
            try {
                created = seeder.seed(Fixtures.fromString(readBody(exchange)));
            } catch (FixtureException e) {
                throw new CognitoException(ErrorCode.INVALID_FIXTURE, e.getMessage());
            }
            sendWorld(exchange, created);
        } else {
            throw new CognitoException(ErrorCode.NOT_FOUND, "No admin endpoint " + method + " " + path
                    + "; there are GET /_fake/health, GET /_fake/state, GET /_fake/requests, POST /_fake/fixtures and POST /_fake/reset.");
        }
    }

    private static String readBody(HttpServerExchange exchange) throws IOException {
        if (exchange.getRequestContentLength() > ApiHandler.MAX_REQUEST_BYTES) {
            throw ApiHandler.tooLarge();
        }
        exchange.setMaxEntitySize(ApiHandler.MAX_REQUEST_BYTES);
        exchange.startBlocking();
        try (InputStream in = exchange.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (io.undertow.server.RequestTooBigException e) {
            throw ApiHandler.tooLarge();
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
