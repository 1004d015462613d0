package dev.fakecognito.server.logintokens;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A user-pool emulator's key endpoint on a free loopback port: {@code GET /local_pool/.well-known/jwks.json}
 * answers the current document and counts the requests (any other path too, to prove none are made).
 */
final class KeyServer implements AutoCloseable {
    static final String POOL = "local_pool";

    private final HttpServer server;
    final AtomicReference<String> jwks = new AtomicReference<>("{\"keys\":[]}");
    final AtomicInteger keyRequests = new AtomicInteger();
    final AtomicInteger otherRequests = new AtomicInteger();

    KeyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            boolean keys = exchange.getRequestURI().getPath().equals("/" + POOL + "/.well-known/jwks.json");
            (keys ? keyRequests : otherRequests).incrementAndGet();
            byte[] body = (keys ? jwks.get() : "{\"keys\":[]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The provider name of its user pool, as an identity pool lists it and Amplify keys it. */
    String providerName() {
        return "localhost:" + port() + "/" + POOL;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
