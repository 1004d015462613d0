package dev.fakecognito.server.internal.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.admin.InvalidFaultException;
import dev.fakecognito.admin.internal.FaultDocuments;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;

/**
 * The fault endpoints under {@code /_fake/faults}, JSON only: {@code POST} a fault (answers it with its
 * {@code id}), {@code GET} the list ({@code {"faults": [...]}}, each with {@code id}, {@code hits} and
 * {@code remaining}), {@code DELETE} them all; {@code GET} or {@code DELETE /_fake/faults/{id}} one. A
 * bad fault is a 400 {@code InvalidFaultException} naming the field ({@code field}, {@code problem}).
 * Each delegates to the fake's own {@link FakeAdmin} methods.
 */
final class FaultEndpoints implements HttpHandler {
    static final String FAULTS = "/_fake/faults";
    private static final String JSON = "application/json";

    private final FakeAdmin fake;
    /** Jackson's data binding, loaded with the first refused fault. */
    private static final class Mapper {
        /** One per JVM: thread-safe and never reconfigured, so further fakes reuse what it learnt of the types. */
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    FaultEndpoints(FakeAdmin fake) {
        this.fake = fake;
    }

    /** Whether the path is one of these endpoints. */
    static boolean handles(String path) {
        return path.equals(FAULTS) || path.startsWith(FAULTS + "/") && path.length() > FAULTS.length() + 1;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        String path = exchange.getRelativePath();
        if (!handles(path)) {
            AdminHandler.notFound(exchange);
            return;
        }
        HttpString method = exchange.getRequestMethod();
        handle(
                exchange,
                method,
                path,
                Methods.POST.equals(method) ? new String(BodyReceiver.bytes(exchange), UTF_8) : null);
    }

    /**
     * Answers a request to one of these endpoints.
     *
     * @param body the request body of a POST, else {@code null}
     */
    void handle(HttpServerExchange exchange, HttpString method, String path, String body) throws IOException {
        boolean list = path.equals(FAULTS);
        if (list && Methods.POST.equals(method)) {
            inject(exchange, body);
        } else if (list && Methods.GET.equals(method)) {
            Responses.send(exchange, 200, JSON, FaultDocuments.writeList(fake.faults()));
        } else if (list && Methods.DELETE.equals(method)) {
            fake.clearFaults();
            Responses.send(exchange, 200, JSON, "{}");
        } else if (!list && Methods.GET.equals(method)) {
            Responses.send(exchange, 200, JSON, FaultDocuments.write(find(path)));
        } else if (!list && Methods.DELETE.equals(method)) {
            FaultHandle fault = find(path);
            String removed = FaultDocuments.write(fault);
            fault.remove();
            Responses.send(exchange, 200, JSON, removed);
        } else {
            throw new CognitoException(
                    ErrorCode.NOT_FOUND,
                    "No admin endpoint " + method + " " + path + "; there are POST, GET and DELETE " + FAULTS
                            + ", and GET and DELETE " + FAULTS + "/{id}.");
        }
    }

    private void inject(HttpServerExchange exchange, String body) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith(JSON)) {
            throw new CognitoException(
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "POST " + FAULTS + " takes a fault as JSON (Content-Type: application/json), not "
                            + (contentType == null ? "a body without a Content-Type" : contentType) + ".");
        }
        FaultHandle injected;
        try {
            injected = fake.inject(FaultDocuments.read(body));
        } catch (InvalidFaultException e) {
            ObjectNode error = Mapper.MAPPER
                    .createObjectNode()
                    .put("__type", ErrorCode.INVALID_FAULT.type())
                    .put("message", e.getMessage())
                    .put("field", e.field())
                    .put("problem", e.problem());
            exchange.getResponseHeaders().put(Responses.ERROR_TYPE, ErrorCode.INVALID_FAULT.type() + ":");
            Responses.send(
                    exchange, ErrorCode.INVALID_FAULT.httpStatus(), JSON, Mapper.MAPPER.writeValueAsString(error));
            return;
        }
        Responses.send(exchange, 200, JSON, FaultDocuments.write(injected));
    }

    private FaultHandle find(String path) {
        String id = path.substring(FAULTS.length() + 1);
        return fake.faults().stream()
                .filter(fault -> fault.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new CognitoException(
                        ErrorCode.NOT_FOUND, "No fault " + id + " in the fake; GET " + FAULTS + " lists them."));
    }
}
