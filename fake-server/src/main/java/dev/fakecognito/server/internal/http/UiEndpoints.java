package dev.fakecognito.server.internal.http;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.Json;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.Echo;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.IdentityCounts;
import dev.fakecognito.server.internal.state.IdentitySearch;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.MergeRecord;
import dev.fakecognito.server.internal.state.Pool;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * The fake's browser page, {@code GET /_fake/ui}: one HTML page, one JavaScript module, one style
 * sheet and an icon, served from the jar, with the JSON the page reads under {@code /_fake/ui/api/}
 * (pool summaries with identity counts, a pool's identities searched and paged, its merges, the journal
 * since a sequence number and one journaled request). Behind {@link AdminGuard} like every admin
 * endpoint; the page's files hold no data, so they answer without the admin token, which the page then
 * asks for. Every answer carries a strict Content-Security-Policy: scripts, styles and connections from
 * the fake only, nothing inline, and Trusted Types enforced, so that no string ever becomes markup.
 */
public final class UiEndpoints implements HttpHandler {
    static final String UI = "/_fake/ui";
    private static final String API = UI + "/api/";
    private static final String RESOURCES = "/dev/fakecognito/server/ui/";
    /** The page's files: name to content type. */
    private static final Map<String, String> ASSETS = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "icon.svg", "image/svg+xml");
    /** The policy of every answer under {@code /_fake/ui}. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; font-src 'none'; object-src 'none'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

    private static final String JSON = "application/json";
    private static final int MAX_IDENTITIES = 500;
    private static final int MAX_MERGES = 1000;
    private static final int MAX_REQUESTS = 5000;
    /** An error message in the journal's list is cut here; the whole one is in the request's own answer. */
    private static final int LISTED_MESSAGE_CHARS = 300;

    private static final int GZIP_FROM_BYTES = 1024;

    private final FakeAdmin fake;
    private final CognitoState state;
    private final Function<Pool, World.IdentityPool> configuration;
    private final boolean readOnly;
    private final Map<String, Asset> assets = new ConcurrentHashMap<>();

    /**
     * Creates the page's endpoints.
     *
     * @param fake          the fake, for its journal and issuer
     * @param state         its state, read pool by pool
     * @param configuration a pool's configuration in the fixtures' shape, without identities
     * @param readOnly      whether the page hides its reset and fixture buttons
     */
    public UiEndpoints(
            FakeAdmin fake, CognitoState state, Function<Pool, World.IdentityPool> configuration, boolean readOnly) {
        this.fake = fake;
        this.state = state;
        this.configuration = configuration;
        this.readOnly = readOnly;
    }

    /** Whether the path is the page or one of its endpoints. */
    static boolean handles(String path) {
        return path.equals(UI) || path.startsWith(UI + "/");
    }

    /**
     * Whether a request is for one of the page's files, which hold no data: these answer without the
     * admin token (a browser cannot send a header when it opens a page), the data endpoints do not.
     */
    static boolean isPageFile(HttpString method, String path) {
        return (Methods.GET.equals(method) || Methods.HEAD.equals(method))
                && (path.equals(UI)
                        || path.startsWith(UI + "/") && ASSETS.containsKey(path.substring(UI.length() + 1)));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        handle(exchange, exchange.getRequestMethod(), exchange.getRelativePath());
    }

    void handle(HttpServerExchange exchange, HttpString method, String path) throws IOException {
        secureHeaders(exchange);
        if (!Methods.GET.equals(method) && !Methods.HEAD.equals(method)) {
            throw notFound(method, path);
        }
        if (path.equals(UI) || path.equals(UI + "/")) {
            sendAsset(exchange, "index.html");
        } else if (path.startsWith(API)) {
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            api(exchange, method, path.substring(API.length()));
        } else if (ASSETS.containsKey(path.substring(UI.length() + 1))) {
            sendAsset(exchange, path.substring(UI.length() + 1));
        } else {
            throw notFound(method, path);
        }
    }

    private void api(HttpServerExchange exchange, HttpString method, String rest) throws IOException {
        String[] parts = rest.split("/", -1);
        if (rest.equals("pools")) {
            List<PoolSummary> pools = new ArrayList<>();
            for (Pool pool : state.pools()) {
                pools.add(summary(pool));
            }
            sendJson(exchange, new Pools(state.region(), state.accountId(), fake.issuer(), readOnly, pools));
        } else if (parts.length == 2 && parts[0].equals("pools")) {
            sendJson(exchange, summary(state.pool(parts[1])));
        } else if (parts.length == 3 && parts[0].equals("pools") && parts[2].equals("identities")) {
            Pool pool = state.pool(parts[1]);
            IdentitySearch search = new IdentitySearch(
                    query(exchange, "q"),
                    field(query(exchange, "field")),
                    number(exchange, "offset", 0, Integer.MAX_VALUE, 0),
                    number(exchange, "limit", 1, MAX_IDENTITIES, 50));
            IdentitySearch.Result found = pool.searchIdentities(search);
            sendJson(exchange, new Identities(found.total(), search.offset(), found.identities()));
        } else if (parts.length == 3 && parts[0].equals("pools") && parts[2].equals("merges")) {
            List<MergeRecord> all = state.pool(parts[1]).merges();
            int offset = number(exchange, "offset", 0, Integer.MAX_VALUE, 0);
            int limit = number(exchange, "limit", 1, MAX_MERGES, 200);
            List<MergeRecord> newestFirst = new ArrayList<>(limit);
            for (int i = all.size() - 1 - offset; i >= 0 && newestFirst.size() < limit; i--) {
                newestFirst.add(all.get(i));
            }
            sendJson(exchange, new Merges(all.size(), offset, newestFirst));
        } else if (rest.equals("requests")) {
            sendJson(
                    exchange,
                    journalSince(
                            number(exchange, "since", 0, Integer.MAX_VALUE, 0),
                            number(exchange, "limit", 1, MAX_REQUESTS, 1000)));
        } else if (parts.length == 2 && parts[0].equals("requests")) {
            long sequence = parseSequence(parts[1]);
            RecordedRequest request = fake.requests().requests().stream()
                    .filter(r -> r.sequence() == sequence)
                    .findFirst()
                    .orElseThrow(() -> new CognitoException(
                            ErrorCode.NOT_FOUND,
                            "Request " + sequence + " is not in the journal (any more): it holds the latest calls."));
            sendJson(exchange, request);
        } else {
            throw notFound(method, API + rest);
        }
    }

    private PoolSummary summary(Pool pool) {
        IdentityCounts counts = pool.counts();
        return new PoolSummary(configuration.apply(pool), counts.identities(), counts.disabled(), counts.merges());
    }

    /** The journal's calls after a sequence number, newest first, at most {@code limit} of them. */
    private Journal journalSince(long since, int limit) {
        RequestLog log = fake.requests();
        List<RecordedRequest> held = log.requests();
        List<JournalEntry> entries = new ArrayList<>(Math.min(limit, held.size()));
        for (int i = held.size() - 1; i >= 0 && entries.size() < limit; i--) {
            RecordedRequest request = held.get(i);
            if (request.sequence() <= since) {
                break;
            }
            entries.add(JournalEntry.of(request));
        }
        Long oldest = held.isEmpty() ? null : held.get(0).sequence();
        Long latest = held.isEmpty() ? null : held.get(held.size() - 1).sequence();
        return new Journal(latest, oldest, log.dropped(), entries);
    }

    private static IdentitySearch.Field field(String value) {
        if (value.isEmpty()) {
            return IdentitySearch.Field.ANY;
        }
        try {
            return IdentitySearch.Field.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw CognitoException.invalidParameter(
                    "field is any, id, login or developer_user, not '" + Echo.of(value) + "'.");
        }
    }

    private static String query(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static int number(HttpServerExchange exchange, String name, int min, int max, int absent) {
        String value = query(exchange, name);
        if (value.isEmpty()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw CognitoException.invalidParameter(
                name + " is a whole number from " + min + " to " + max + ", not '" + Echo.of(value) + "'.");
    }

    private static long parseSequence(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw CognitoException.invalidParameter(
                    "A request is named by its sequence number, not '" + Echo.of(value) + "'.");
        }
    }

    private static CognitoException notFound(HttpString method, String path) {
        return new CognitoException(
                ErrorCode.NOT_FOUND,
                "No endpoint '" + Echo.of(method + " " + path) + "' of the page; it is GET " + UI
                        + ", reading GET " + API + "pools, " + API + "pools/{id}, " + API + "pools/{id}/identities, "
                        + API + "pools/{id}/merges, " + API + "requests and " + API + "requests/{sequence}.");
    }

    private static void secureHeaders(HttpServerExchange exchange) {
        exchange.getResponseHeaders()
                .put(new HttpString("Content-Security-Policy"), CONTENT_SECURITY_POLICY)
                .put(new HttpString("X-Content-Type-Options"), "nosniff")
                .put(new HttpString("X-Frame-Options"), "DENY")
                .put(new HttpString("Referrer-Policy"), "no-referrer")
                .put(new HttpString("Cross-Origin-Resource-Policy"), "same-origin");
    }

    private void sendAsset(HttpServerExchange exchange, String name) {
        Asset asset = assets.computeIfAbsent(name, UiEndpoints::load);
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        send(exchange, ASSETS.get(name), asset.plain(), asset.gzipped());
    }

    private static void sendJson(HttpServerExchange exchange, Object value) {
        byte[] body = Json.write(value).getBytes(StandardCharsets.UTF_8);
        send(exchange, JSON, body, body.length >= GZIP_FROM_BYTES ? gzip(body) : null);
    }

    /** Sends the body, gzipped when the client takes it and a gzipped copy is given. */
    private static void send(HttpServerExchange exchange, String contentType, byte[] plain, byte[] gzipped) {
        String accepted = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_ENCODING);
        boolean gzip = gzipped != null
                && accepted != null
                && accepted.toLowerCase(Locale.ROOT).contains("gzip");
        exchange.getResponseHeaders().put(Headers.VARY, "Accept-Encoding");
        if (gzip) {
            exchange.getResponseHeaders().put(Headers.CONTENT_ENCODING, "gzip");
        }
        Responses.send(exchange, 200, contentType, gzip ? gzipped : plain);
    }

    private static Asset load(String name) {
        try (InputStream in = UiEndpoints.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("The page's file " + name + " is missing from the jar");
            }
            byte[] plain = in.readAllBytes();
            return new Asset(plain, gzip(plain));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A file of the page, as read from the jar and gzipped once. */
    private record Asset(byte[] plain, byte[] gzipped) {}

    /** {@code GET /_fake/ui/api/pools}: the fake and its pools. */
    private record Pools(String region, String accountId, String issuer, boolean readOnly, List<PoolSummary> pools) {}

    /** A pool's configuration and how many identities and merges it holds. */
    private record PoolSummary(World.IdentityPool configuration, int identities, int disabled, int merges) {}

    /** A page of a pool's identities. */
    private record Identities(int total, int offset, List<IdentitySnapshot> identities) {}

    /** A page of a pool's merges, newest first. */
    private record Merges(int total, int offset, List<MergeRecord> merges) {}

    /**
     * The journal after a sequence number, newest first.
     *
     * @param latest  the sequence of the newest call held, or {@code null} when the journal is empty
     * @param oldest  the sequence of the oldest call held, or {@code null}: older ones are gone
     * @param dropped how many calls the journal dropped
     */
    private record Journal(Long latest, Long oldest, long dropped, List<JournalEntry> requests) {}

    /** A journaled call without its body (the page asks for it when it shows the call). */
    private record JournalEntry(
            long sequence,
            Instant receivedAt,
            String operation,
            int statusCode,
            String errorType,
            String errorMessage,
            boolean signed,
            String accessKeyId,
            String faultId,
            String region,
            String accountId,
            int bodyLength) {
        static JournalEntry of(RecordedRequest request) {
            String message = request.errorMessage();
            if (message != null && message.length() > LISTED_MESSAGE_CHARS) {
                message = message.substring(0, LISTED_MESSAGE_CHARS - 3) + "...";
            }
            return new JournalEntry(
                    request.sequence(),
                    request.receivedAt(),
                    request.operation(),
                    request.statusCode(),
                    request.errorType(),
                    message,
                    request.signed(),
                    request.accessKeyId(),
                    request.faultId(),
                    request.region(),
                    request.accountId(),
                    request.requestBody().length());
        }
    }
}
