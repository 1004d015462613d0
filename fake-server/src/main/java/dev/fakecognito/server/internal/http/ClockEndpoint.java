package dev.fakecognito.server.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FakeClock;
import dev.fakecognito.model.internal.Suggestions;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code /_fake/clock}: {@code GET} answers {@code {"now": "<ISO-8601>", "frozen": <bool>}}; {@code POST}
 * takes exactly one of {@code {"now": "<ISO-8601 instant>"}} (freeze there), {@code {"advance":
 * "<ISO-8601 duration>"}} (move, and freeze) or {@code {"system": true}} (real time again), and answers the
 * clock as {@code GET} does. A body it cannot take is a 400 {@code InvalidClockException} naming the field
 * ({@code field}, {@code problem}); the clock is then left as it was. Each delegates to the fake's own
 * {@link FakeAdmin} methods.
 */
final class ClockEndpoint implements HttpHandler {
    static final String CLOCK = "/_fake/clock";
    private static final String JSON = "application/json";
    private static final List<String> MEMBERS = List.of("now", "advance", "system");
    /** Jackson's data binding, loaded with the first clock request (the API never needs it). */
    private static final class Json {
        /** One per JVM: thread-safe and never reconfigured. */
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    private final FakeAdmin fake;

    ClockEndpoint(FakeAdmin fake) {
        this.fake = fake;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        HttpString method = exchange.getRequestMethod();
        handle(
                exchange,
                method,
                Methods.POST.equals(method) ? new String(BodyReceiver.bytes(exchange), StandardCharsets.UTF_8) : null);
    }

    /**
     * Answers a request to the endpoint.
     *
     * @param body the request body of a POST, else {@code null}
     */
    void handle(HttpServerExchange exchange, HttpString method, String body) throws IOException {
        if (Methods.GET.equals(method) || Methods.HEAD.equals(method)) {
            send(exchange, fake.clock());
        } else if (Methods.POST.equals(method)) {
            FakeClock changed;
            try {
                changed = change(body);
            } catch (Refused refused) {
                ObjectNode error = Json.MAPPER
                        .createObjectNode()
                        .put("__type", ErrorCode.INVALID_CLOCK.type())
                        .put(
                                "message",
                                refused.field.isEmpty() ? refused.problem : refused.field + ": " + refused.problem)
                        .put("field", refused.field)
                        .put("problem", refused.problem);
                exchange.getResponseHeaders().put(Responses.ERROR_TYPE, ErrorCode.INVALID_CLOCK.type() + ":");
                Responses.send(
                        exchange, ErrorCode.INVALID_CLOCK.httpStatus(), JSON, Json.MAPPER.writeValueAsString(error));
                return;
            }
            send(exchange, changed);
        } else {
            throw new CognitoException(
                    ErrorCode.NOT_FOUND,
                    "No admin endpoint " + method + " " + CLOCK + "; there are GET and POST " + CLOCK + ".");
        }
    }

    private FakeClock change(String body) throws Refused {
        JsonNode request;
        try {
            request = body == null || body.isBlank() ? null : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            throw new Refused(
                    "",
                    "the body is a JSON object with one of now, advance or system, e.g."
                            + " {\"now\": \"2026-01-01T00:00:00Z\"}");
        }
        List<String> given = new ArrayList<>();
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                throw new Refused(
                        name, "unknown field '" + name + "'" + Suggestions.suggestion(name, MEMBERS, "fields"));
            }
            given.add(name);
        }
        if (given.size() != 1) {
            throw new Refused(
                    "", "give exactly one of now, advance or system, got " + (given.isEmpty() ? "none" : given));
        }
        JsonNode value = request.get(given.get(0));
        return switch (given.get(0)) {
            case "now" -> fake.freezeClock(instant(value));
            case "advance" -> fake.advanceClock(duration(value));
            default -> {
                if (!value.isBoolean() || !value.booleanValue()) {
                    throw new Refused(
                            "system", "only true is meaningful (the clock then runs on real time), got " + value);
                }
                yield fake.useSystemClock();
            }
        };
    }

    private static Instant instant(JsonNode value) throws Refused {
        try {
            if (value.isTextual()) {
                return Instant.parse(value.textValue());
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new Refused("now", value + " is not an ISO-8601 instant such as \"2026-01-01T00:00:00Z\"");
    }

    private static Duration duration(JsonNode value) throws Refused {
        try {
            if (value.isTextual()) {
                return Duration.parse(value.textValue());
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new Refused("advance", value + " is not an ISO-8601 duration such as \"PT2H\" or \"-PT30M\"");
    }

    private static void send(HttpServerExchange exchange, FakeClock clock) throws IOException {
        ObjectNode body = Json.MAPPER
                .createObjectNode()
                .put("now", clock.now().toString())
                .put("frozen", clock.frozen());
        Responses.send(exchange, 200, JSON, Json.MAPPER.writeValueAsString(body));
    }

    /** A body the endpoint cannot take. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String problem;

        Refused(String field, String problem) {
            super(problem, null, false, false);
            this.field = field;
            this.problem = problem;
        }
    }
}
