package dev.fakecognito.benchmarks;

import dev.fakecognito.shaded.io.undertow.Undertow;
import dev.fakecognito.shaded.io.undertow.server.HttpHandler;
import dev.fakecognito.shaded.io.undertow.server.HttpServerExchange;
import dev.fakecognito.shaded.io.undertow.util.Headers;
import dev.fakecognito.shaded.org.xnio.OptionMap;
import dev.fakecognito.shaded.org.xnio.Options;
import dev.fakecognito.shaded.org.xnio.Xnio;
import dev.fakecognito.shaded.org.xnio.XnioWorker;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The start-up reference: the very Undertow the fake runs on (its relocated copy inside the server's
 * jar, which also leaves out XNIO's MBean registration, as the fake does), set up as lean as the fake
 * sets it up (its log messages to SLF4J, an XNIO worker on a plain thread pool, so no JBoss Threads
 * pool and no MBean server), with a handler that answers every request with a fixed GetId-shaped body on
 * its I/O thread. What any fake on Undertow must pay to start and answer a first call; run in a fresh
 * JVM, as the fake is.
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
        // the relocated name of JBoss Logging's provider property, as the fake sets it
        System.setProperty("dev.fakecognito.shaded.org.jboss.logging.provider", "slf4j");
        int ioThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor tasks =
                new ThreadPoolExecutor(16, 16, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new Threads());
        tasks.allowCoreThreadTimeOut(true);
        XnioWorker worker = Xnio.getInstance(Undertow.class.getClassLoader())
                .createWorkerBuilder()
                .populateFromOptions(OptionMap.builder()
                        .set(Options.WORKER_IO_THREADS, ioThreads)
                        .set(Options.TCP_NODELAY, true)
                        .set(Options.CORK, true)
                        .getMap())
                .setExternalExecutorService(tasks)
                .build();
        Undertow server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setWorker(worker)
                .setHandler(new Fixed())
                .build();
        server.start();
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    private static final class Threads implements ThreadFactory {
        private final AtomicInteger number = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task, "XNIO-1 task-" + number.incrementAndGet());
        }
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
