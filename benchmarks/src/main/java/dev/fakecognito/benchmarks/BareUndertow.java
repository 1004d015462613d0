package dev.fakecognito.benchmarks;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The reference the fake's throughput is measured against in the same run: Undertow (the same version
 * as inside the fake, not relocated) with as many I/O threads as the fake's listener, and a handler that
 * answers every request on its I/O thread with a fixed GetId-shaped answer. No HTTP server on this
 * machine answers much faster, so "the fake at N× of it" says how much the fake's own work costs.
 */
final class BareUndertow implements AutoCloseable {
    private static final byte[] ANSWER =
            "{\"IdentityId\":\"us-east-1:8a3e5b1c-0f2d-4c6e-9b7a-1d2e3f4a5b6c\"}".getBytes(StandardCharsets.UTF_8);

    private final Undertow server;
    final int port;

    BareUndertow() {
        HttpHandler fixed = exchange -> {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/x-amz-json-1.1");
            exchange.getResponseSender().send(ByteBuffer.wrap(ANSWER));
        };
        // as the fake's listener sizes its I/O threads (HttpServer.ioThreads)
        server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
                .setHandler(fixed)
                .build();
        server.start();
        port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @Override
    public void close() {
        server.stop();
    }
}
