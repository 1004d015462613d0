package dev.fakecognito.uitests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Serves the web app sample as a static site would: the files of {@code samples/web-app/public} (its
 * bundle built first with {@code npm run build}) on a free port of 127.0.0.1, with a {@code config.json}
 * of the test's instead of the sample's.
 */
final class WebAppServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "map", "application/json");

    private final HttpServer server;

    WebAppServer(String configJson) throws IOException {
        Path app = Npm.installed(Npm.webApp());
        Npm.run(app, Duration.ofMinutes(2), Map.of(), "npm", "run", "build");
        Path root = app.resolve("public");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/config.json")) {
                send(exchange, 200, "json", configJson.getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1))
                    .normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                send(exchange, 404, "html", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            send(exchange, 200, name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(file));
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
