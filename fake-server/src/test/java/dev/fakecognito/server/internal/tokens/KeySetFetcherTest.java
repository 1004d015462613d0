package dev.fakecognito.server.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limits of key fetching, against a real HTTP server on a loopback port. */
class KeySetFetcherTest {
    private static final String KEYS = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}";

    private final HttpServer server = start();
    private final AtomicInteger hits = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + path);
    }

    private void answer(String path, int status, String location, byte[] body) {
        server.createContext(path, exchange -> {
            hits.incrementAndGet();
            if (location != null) {
                exchange.getResponseHeaders().set("Location", location);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @Test
    void readsAKeySetAndFollowsADiscoveryDocument() throws IOException {
        answer("/keys", 200, null, KEYS.getBytes(StandardCharsets.UTF_8));
        answer(
                "/.well-known/openid-configuration",
                200,
                null,
                ("{\"issuer\":\"x\",\"jwks_uri\":\"" + url("/keys") + "\"}").getBytes(StandardCharsets.UTF_8));
        KeySetFetcher fetcher = new KeySetFetcher(Duration.ofSeconds(2));

        assertThat(fetcher.keySet(url("/keys")).getKeyByKeyId("k")).isNotNull();
        assertThat(fetcher.keySetOfDiscovery(url("/.well-known/openid-configuration"))
                        .getKeyByKeyId("k"))
                .isNotNull();
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        server.createContext("/slow", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });

        assertThatThrownBy(() -> new KeySetFetcher(Duration.ofMillis(200)).keySet(url("/slow")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("timed out after 200 ms");
    }

    @Test
    void redirectsAreFollowedAtMostThreeTimes() {
        answer("/loop", 302, "/loop", new byte[0]);

        assertThatThrownBy(() -> new KeySetFetcher(Duration.ofSeconds(2)).keySet(url("/loop")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("redirected more than 3 times");
        assertThat(hits.get()).isEqualTo(4);
    }

    @Test
    void aRedirectFromLoopbackToAnotherHostOverHttpIsRefused() {
        answer("/away", 302, "http://example.com/keys", new byte[0]);

        assertThatThrownBy(() -> new KeySetFetcher(Duration.ofSeconds(2)).keySet(url("/away")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("redirected to http://example.com/keys");
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefused() {
        answer("/huge", 200, null, new byte[KeySetFetcher.MAX_BYTES + 1]);

        assertThatThrownBy(() -> new KeySetFetcher(Duration.ofSeconds(2)).keySet(url("/huge")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("more than " + KeySetFetcher.MAX_BYTES + " bytes");
    }

    @Test
    void aDiscoveryDocumentNamingPlainHttpElsewhereIsRefused() {
        answer(
                "/.well-known/openid-configuration",
                200,
                null,
                "{\"jwks_uri\":\"http://example.com/keys\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new KeySetFetcher(Duration.ofSeconds(2))
                        .keySetOfDiscovery(url("/.well-known/openid-configuration")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not https");
        assertThat(hits.get()).isEqualTo(1);
    }

    @Test
    void keyLocationsComeFromTheProviderNameOnly() {
        assertThat(LoginTokenVerifier.KeyLocation.of("cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc"))
                .isEqualTo(new LoginTokenVerifier.KeyLocation(
                        URI.create("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc/.well-known/jwks.json"),
                        false));
        assertThat(LoginTokenVerifier.KeyLocation.of("localhost:9229/local_abc"))
                .isEqualTo(new LoginTokenVerifier.KeyLocation(
                        URI.create("http://localhost:9229/local_abc/.well-known/jwks.json"), false));
        assertThat(LoginTokenVerifier.KeyLocation.of("accounts.google.com"))
                .isEqualTo(new LoginTokenVerifier.KeyLocation(
                        URI.create("https://accounts.google.com/.well-known/openid-configuration"), true));
        for (String odd : new String[] {"evil.com?x=", "user@evil.com", "https://x", "a#b", ""}) {
            assertThatThrownBy(() -> LoginTokenVerifier.KeyLocation.of(odd))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
