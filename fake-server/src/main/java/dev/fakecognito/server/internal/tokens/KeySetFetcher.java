package dev.fakecognito.server.internal.tokens;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Fetches JSON Web Key Sets with the JDK's HTTP client, within limits: a time-out for connecting and for
 * the whole answer, at most {@link #MAX_REDIRECTS} redirects (never from {@code https} to {@code http}),
 * at most {@link #MAX_BYTES} bytes, status 200 only. A discovery document is read for its
 * {@code jwks_uri}, which must be {@code https} unless the document itself came from a loopback
 * {@code http} address. Failures are {@link IOException}s whose message names the URL and the reason.
 * Thread-safe.
 */
final class KeySetFetcher {
    /** Redirects followed per document. */
    static final int MAX_REDIRECTS = 3;
    /** The largest document read; real key sets are a few kilobytes. */
    static final int MAX_BYTES = 256 * 1024;

    private final Duration timeout;
    private HttpClient http; // made on the first fetch: a client owns a selector thread

    /**
     * A fetcher.
     *
     * @param timeout how long connecting, and then the whole answer, may take
     */
    KeySetFetcher(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER) // followed here, counted and checked
                    .build();
        }
        return http;
    }

    /** The key set at {@code uri}. */
    JWKSet keySet(URI uri) throws IOException {
        String body = get(uri);
        try {
            return JWKSet.parse(body);
        } catch (ParseException e) {
            throw new IOException(uri + " answered no JWKS document (" + e.getMessage() + ")");
        }
    }

    /** The key set named by the {@code jwks_uri} of the OpenID Connect discovery document at {@code uri}. */
    JWKSet keySetOfDiscovery(URI uri) throws IOException {
        String body = get(uri);
        Object jwksUri;
        try {
            Map<String, Object> document = JSONObjectUtils.parse(body);
            jwksUri = document.get("jwks_uri");
        } catch (ParseException e) {
            throw new IOException(uri + " answered no OpenID Connect discovery document (" + e.getMessage() + ")");
        }
        if (!(jwksUri instanceof String text)) {
            throw new IOException("the discovery document at " + uri + " has no jwks_uri");
        }
        URI keys;
        try {
            keys = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IOException("the discovery document at " + uri + " has a malformed jwks_uri " + text);
        }
        if (!"https".equalsIgnoreCase(keys.getScheme()) && !(isLoopbackHttp(uri) && isLoopbackHttp(keys))) {
            throw new IOException("the discovery document at " + uri + " names a jwks_uri that is not https: " + text);
        }
        return keySet(keys);
    }

    private String get(URI first) throws IOException {
        URI uri = first;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                response.body().close();
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new IOException("GET " + uri + " answered " + status + " without a Location");
                }
                if (redirects >= MAX_REDIRECTS) {
                    throw new IOException("GET " + first + " was redirected more than " + MAX_REDIRECTS + " times");
                }
                URI next = uri.resolve(location);
                // https anywhere; plain http only from one loopback address to another
                if (!"https".equalsIgnoreCase(next.getScheme()) && !(isLoopbackHttp(uri) && isLoopbackHttp(next))) {
                    throw new IOException("GET " + uri + " redirected to " + next + ", which is neither https "
                            + "nor, from a loopback address, another one");
                }
                uri = next;
                continue;
            }
            try (InputStream body = response.body()) {
                if (status != 200) {
                    throw new IOException("GET " + uri + " answered " + status);
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("GET " + uri + " answered more than " + MAX_BYTES + " bytes");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }
    }

    private HttpResponse<InputStream> send(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("GET " + uri + " timed out after " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new IOException("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("GET " + uri + " was interrupted", e);
        }
    }

    /** Whether the URI is {@code http} to a loopback host (a local user-pool emulator). */
    static boolean isLoopbackHttp(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return "http".equalsIgnoreCase(uri.getScheme())
                && (host.equals("localhost")
                        || host.endsWith(".localhost")
                        || host.startsWith("127.")
                        || host.equals("[::1]"));
    }
}
