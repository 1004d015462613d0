package dev.fakecognito.benchmarks;

import dev.fakecognito.shaded.io.undertow.Undertow;
import dev.fakecognito.shaded.io.undertow.server.HttpHandler;
import dev.fakecognito.shaded.io.undertow.server.HttpServerExchange;
import dev.fakecognito.shaded.io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The start-up reference: the very Undertow the fake runs on (its relocated copy inside the server's
 * jar, which also leaves out XNIO's MBean registration, as the fake does), with a handler that answers
 * every request with a fixed GetId-shaped body on its I/O thread. What any fake on Undertow must pay to
 * start and answer a first call; run in a fresh JVM, as the fake is.
 *
 * <pre>
 * java -cp SERVER_JAR:BENCHMARK_CLASSES dev.fakecognito.benchmarks.SameUndertow PORT   (a process: the
 *     standalone jar's reference)
 * </pre>
 */
final class SameUndertow {
    private static final byte[] ANSWER =
            "{\"IdentityId\":\"us-east-1:8a3e5b1c-0f2d-4c6e-9b7a-1d2e3f4a5b6c\"}".getBytes(StandardCharsets.US_ASCII);

    private SameUndertow() {}

    /** Starts it on a port (0 for a free one), with as many I/O threads as the fake; returns the port. */
    static int start(int port) {
        Undertow server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
                .setHandler(new Fixed())
                .build();
        server.start();
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** A class rather than a lambda, as in the fake: a lambda's first use spins a class. */
    private static final class Fixed implements HttpHandler {
        @Override
        public void handleRequest(HttpServerExchange exchange) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/x-amz-json-1.1");
            exchange.getResponseSender().send(ByteBuffer.wrap(ANSWER));
        }
    }

    public static void main(String[] args) {
        start(Integer.parseInt(args[0])); // serves until killed
    }
}
