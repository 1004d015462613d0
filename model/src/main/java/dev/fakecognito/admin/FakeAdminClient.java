package dev.fakecognito.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.admin.internal.FaultDocuments;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The {@link FakeAdmin} of a fake in another process (the standalone jar, a container, a fake started
 * by a Docker Compose file), through its admin endpoints under {@code /_fake/}.
 *
 * <pre>{@code
 * FakeAdmin fake = FakeAdminClient.connect(URI.create("http://127.0.0.1:9230"));
 * fake.reset();
 * fake.seed(Fixtures.fromResource("cognito/world.yaml"));
 * }</pre>
 *
 * <p>Every call carries the header {@value #ADMIN_HEADER}: the fake's admin token when it has one
 * ({@link #connect(URI, String)}), else {@code true}; fakes refuse admin writes without it, so that
 * other sites' pages in a browser cannot send them.
 *
 * <p>A fixture the fake refuses fails with a {@link FixtureException} naming the document as loaded
 * here (its file or resource) and the line, column and field the fake reported; a fault it refuses
 * with the {@link InvalidFaultException} it reported. Other refusals and
 * connection failures are {@link IllegalStateException}s / {@link UncheckedIOException}s naming the
 * endpoint. Region, account and issuer are read once, from {@code GET /_fake/health}, the credentials
 * for clients once, from {@code GET /_fake/credentials}. Thread-safe.
 */
public final class FakeAdminClient implements FakeAdmin {
    /** The header that marks admin calls and carries the admin token. */
    public static final String ADMIN_HEADER = "X-Fake-Cognito-Admin";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String FAULTS = "/_fake/faults";
    private static final String CLOCK = "/_fake/clock";

    private final URI endpoint;
    private final String adminHeaderValue;
    private final HttpClient http;
    private volatile JsonNode health;
    private volatile JsonNode credentials;

    private FakeAdminClient(URI endpoint, String adminHeaderValue) {
        this.endpoint = endpoint;
        this.adminHeaderValue = adminHeaderValue;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /**
     * A client for the fake at this endpoint, which has no admin token. Nothing is sent until a method
     * needs it.
     *
     * @param endpoint the fake's endpoint, e.g. {@code http://127.0.0.1:9230}
     * @return the client
     */
    public static FakeAdminClient connect(URI endpoint) {
        return new FakeAdminClient(checked(endpoint), "true");
    }

    /**
     * A client for the fake at this endpoint, started with an admin token ({@code --admin-token},
     * {@code FAKE_COGNITO_ADMIN_TOKEN}). Nothing is sent until a method needs it.
     *
     * @param endpoint   the fake's endpoint, e.g. {@code http://127.0.0.1:9230}
     * @param adminToken the fake's admin token
     * @return the client
     */
    public static FakeAdminClient connect(URI endpoint, String adminToken) {
        if (adminToken == null || adminToken.isBlank()) {
            throw new IllegalArgumentException("an admin token must not be blank");
        }
        return new FakeAdminClient(checked(endpoint), adminToken);
    }

    private static URI checked(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
            throw new IllegalArgumentException("the endpoint of a fake is an http(s) URL, got " + endpoint);
        }
        return endpoint;
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public String region() {
        return health("region");
    }

    @Override
    public String accountId() {
        return health("accountId");
    }

    @Override
    public String issuer() {
        return health("issuer");
    }

    /** {@inheritDoc} Read once, from {@code GET /_fake/credentials} (an admin endpoint). */
    @Override
    public String accessKeyId() {
        return credential("accessKeyId");
    }

    /** {@inheritDoc} Read once, from {@code GET /_fake/credentials} (an admin endpoint). */
    @Override
    public String secretAccessKey() {
        return credential("secretAccessKey");
    }

    /** {@inheritDoc} Sends the document's text, so that the fake's errors point at its lines. */
    @Override
    public World seed(Fixtures fixtures) {
        Objects.requireNonNull(fixtures, "fixtures");
        HttpResponse<String> response = send("POST", "/_fake/fixtures", fixtures.document());
        if (response.statusCode() == 400) {
            JsonNode error = Json.tree(response.body());
            if ("InvalidFixtureException".equals(error.path("__type").asText())) {
                throw new FixtureException(
                        fixtures.source(),
                        error.path("line").asInt(),
                        error.path("column").asInt(),
                        error.path("path").asText(""),
                        error.path("problem").asText(error.path("message").asText()));
            }
        }
        return Fixtures.fromString(ok(response, "POST", "/_fake/fixtures")).world();
    }

    @Override
    public World snapshot() {
        return Fixtures.fromString(get("/_fake/state")).world();
    }

    /** The pools of one region and account, filtered by the fake ({@code GET /_fake/state?region=&accountId=}). */
    @Override
    public World snapshot(String region, String accountId) {
        StringBuilder query = new StringBuilder();
        if (region != null) {
            query.append("region=").append(URLEncoder.encode(region, StandardCharsets.UTF_8));
        }
        if (accountId != null) {
            query.append(query.length() == 0 ? "" : "&")
                    .append("accountId=")
                    .append(URLEncoder.encode(accountId, StandardCharsets.UTF_8));
        }
        return Fixtures.fromString(get("/_fake/state" + (query.length() == 0 ? "" : "?" + query)))
                .world();
    }

    @Override
    public RequestLog requests() {
        return RequestLog.fromJson(get("/_fake/requests"));
    }

    @Override
    public void reset() {
        ok(send("POST", "/_fake/reset", ""), "POST", "/_fake/reset");
    }

    /** {@inheritDoc} Sends the fault as JSON to {@code POST /_fake/faults}. */
    @Override
    public FaultHandle inject(Fault fault) {
        Objects.requireNonNull(fault, "fault");
        HttpResponse<String> response = send("POST", FAULTS, Json.write(fault));
        if (response.statusCode() == 400) {
            JsonNode error = Json.tree(response.body());
            if ("InvalidFaultException".equals(error.path("__type").asText())) {
                throw new InvalidFaultException(
                        error.path("field").asText(""),
                        error.path("problem").asText(error.path("message").asText()));
            }
        }
        return handle(FaultDocuments.readListed(ok(response, "POST", FAULTS)));
    }

    @Override
    public List<FaultHandle> faults() {
        return FaultDocuments.readList(get(FAULTS)).stream().map(this::handle).toList();
    }

    @Override
    public void clearFaults() {
        ok(send("DELETE", FAULTS, null), "DELETE", FAULTS);
    }

    /** {@inheritDoc} {@code GET /_fake/clock}. */
    @Override
    public FakeClock clock() {
        return readClock(get(CLOCK));
    }

    /** {@inheritDoc} {@code POST /_fake/clock} with {@code {"now": "<instant>"}}. */
    @Override
    public FakeClock freezeClock(Instant instant) {
        return setClock(Json.write(
                Map.of("now", Objects.requireNonNull(instant, "instant").toString())));
    }

    /** {@inheritDoc} {@code POST /_fake/clock} with {@code {"advance": "<ISO-8601 duration>"}}. */
    @Override
    public FakeClock advanceClock(Duration duration) {
        return setClock(Json.write(
                Map.of("advance", Objects.requireNonNull(duration, "duration").toString())));
    }

    /** {@inheritDoc} {@code POST /_fake/clock} with {@code {"system": true}}. */
    @Override
    public FakeClock useSystemClock() {
        return setClock("{\"system\":true}");
    }

    private FakeClock setClock(String body) {
        return readClock(ok(send("POST", CLOCK, body), "POST", CLOCK));
    }

    private FakeClock readClock(String json) {
        JsonNode clock = Json.tree(json);
        return new FakeClock(
                Instant.parse(clock.path("now").asText()), clock.path("frozen").asBoolean());
    }

    @Override
    public String toString() {
        return "FakeAdminClient[" + endpoint + "]";
    }

    private FaultHandle handle(FaultDocuments.Listed listed) {
        return new RemoteFault(listed.id(), listed.fault());
    }

    /** A fault of the fake at the other end: reads its state from {@code GET /_fake/faults/{id}}. */
    private final class RemoteFault implements FaultHandle {
        private final String id;
        private final Fault fault;

        RemoteFault(String id, Fault fault) {
            this.id = id;
            this.fault = fault;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Fault fault() {
            return fault;
        }

        @Override
        public int hits() {
            return current().hits();
        }

        @Override
        public OptionalInt remaining() {
            Integer remaining = current().remaining();
            return remaining == null ? OptionalInt.empty() : OptionalInt.of(remaining);
        }

        @Override
        public boolean remove() {
            HttpResponse<String> response = send("DELETE", path(), null);
            if (response.statusCode() == 404) {
                return false;
            }
            ok(response, "DELETE", path());
            return true;
        }

        private FaultDocuments.Listed current() {
            HttpResponse<String> response = send("GET", path(), null);
            if (response.statusCode() == 404) {
                throw new IllegalStateException(
                        "Fault " + id + " is no longer in the fake at " + endpoint + " (removed, cleared or reset)");
            }
            return FaultDocuments.readListed(ok(response, "GET", path()));
        }

        private String path() {
            return FAULTS + "/" + id;
        }

        @Override
        public String toString() {
            return id + " " + fault;
        }
    }

    private String health(String field) {
        JsonNode known = health;
        if (known == null) {
            known = Json.tree(get("/_fake/health"));
            health = known;
        }
        JsonNode value = known.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("The fake at " + endpoint + " does not report its " + field
                    + " in GET /_fake/health (is it a fake Cognito Identity of this version?)");
        }
        return value.asText();
    }

    private String credential(String field) {
        JsonNode known = credentials;
        if (known == null) {
            known = Json.tree(get("/_fake/credentials"));
            credentials = known;
        }
        JsonNode value = known.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("The fake at " + endpoint + " does not report its " + field
                    + " in GET /_fake/credentials (is it a fake Cognito Identity of this version?)");
        }
        return value.asText();
    }

    private String get(String path) {
        return ok(send("GET", path, null), "GET", path);
    }

    private String ok(HttpResponse<String> response, String method, String path) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " on the fake at " + endpoint + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header(ADMIN_HEADER, adminHeaderValue);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            // A fault is JSON; a fixture document is sent as YAML (JSON is YAML too).
            request.header(
                            "Content-Type",
                            path.equals(FAULTS) || path.equals(CLOCK) ? "application/json" : "application/yaml")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " on the fake at " + endpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "Interrupted during " + method + " " + path + " on the fake at " + endpoint, e);
        }
    }
}
