package dev.fakecognito.server.internal.http;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.HttpContinueAcceptingHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.Xnio;
import org.xnio.XnioWorker;

/**
 * The fake's HTTP listener: Undertow on an XNIO worker of its own, with threads sized from the machine.
 *
 * <ul>
 *   <li>I/O threads: one per core, at least two. Most API calls are answered on them
 *       ({@link ApiHandler}), so they are what limits throughput; two is what a 2-core machine needs, and
 *       a 16-core CI runner gets 16.
 *   <li>Task threads (RSA work, admin calls): eight per core, at least 16, started on demand and
 *       stopped after a minute idle.
 * </ul>
 *
 * <p>The task threads are a plain {@link ThreadPoolExecutor} given to XNIO, not the JBoss Threads pool
 * XNIO would make itself: that pool registers an MBean, which starts the JVM's platform MBean server
 * (60–80 ms of the first fake's start-up on a 2-core machine), and a test fake has no use for JMX. (XNIO
 * also registers its worker and provider as MBeans; the published jar leaves out the class that would
 * reach the MBean server, see the server POM, and XNIO then skips the registration.)
 */
public final class HttpServer {
    private final String host;
    private final int requestedPort;
    private final HttpHandler handler;
    private final HttpTimeouts timeouts;
    private Undertow undertow;
    private final int maxTasks;
    private XnioWorker worker;
    private ThreadPoolExecutor tasks;

    /**
     * A listener, not yet started.
     *
     * @param host    the address to listen on
     * @param port    the port, 0 for a free one
     * @param handler answers every request
     */
    public HttpServer(String host, int port, HttpHandler handler) {
        this(host, port, handler, HttpTimeouts.DEFAULTS);
    }

    /**
     * A listener with its own time-outs, not yet started.
     *
     * @param host     the address to listen on
     * @param port     the port, 0 for a free one
     * @param handler  answers every request
     * @param timeouts how long it waits for clients
     */
    public HttpServer(String host, int port, HttpHandler handler, HttpTimeouts timeouts) {
        this(host, port, handler, timeouts, taskThreads());
    }

    /**
     * A listener with its own time-outs and number of task threads, not yet started.
     *
     * @param host        the address to listen on
     * @param port        the port, 0 for a free one
     * @param handler     answers every request
     * @param timeouts    how long it waits for clients
     * @param taskThreads the most threads that run calls off the I/O threads at once
     */
    public HttpServer(String host, int port, HttpHandler handler, HttpTimeouts timeouts, int taskThreads) {
        this.host = host;
        this.requestedPort = port;
        this.handler = handler;
        this.timeouts = timeouts;
        this.maxTasks = taskThreads;
    }

    /**
     * XNIO's NIO provider, looked up once per JVM: the lookup goes through {@link java.util.ServiceLoader}
     * (about half a millisecond of every further fake's start), and the provider keeps no state of its
     * own; each fake still gets its own worker and threads.
     */
    private static final class Provider {
        static final Xnio XNIO = Xnio.getInstance(Undertow.class.getClassLoader());
    }

    /** Names the task threads after the worker, as XNIO would ({@code XNIO-1 task-1}). */
    private static final class TaskThreads implements ThreadFactory {
        private final AtomicInteger number = new AtomicInteger();
        volatile String workerName = "XNIO";

        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task, workerName + " task-" + number.incrementAndGet());
        }
    }

    /** The I/O threads of a fake on this machine: one per core, at least two. */
    public static int ioThreads() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The most task threads of a fake with a data directory: 64, so that as many calls can wait for the
     * disk together, and share one write and fsync.
     */
    public static final int DURABLE_TASK_THREADS = 64;

    /** The most task threads of a fake on this machine: eight per core, at least 16. */
    public static int taskThreads() {
        return Math.max(16, Runtime.getRuntime().availableProcessors() * 8);
    }

    /**
     * Binds and starts the threads.
     *
     * @return the bound port
     * @throws RuntimeException when the port cannot be bound; everything started is stopped again
     */
    public synchronized int start() {
        Xnio xnio = Provider.XNIO;
        TaskThreads taskThreadFactory = new TaskThreads();
        tasks = new ThreadPoolExecutor(
                maxTasks, maxTasks, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), taskThreadFactory);
        tasks.allowCoreThreadTimeOut(true);
        try {
            worker = xnio.createWorkerBuilder()
                    .populateFromOptions(OptionMap.builder()
                            .set(Options.WORKER_IO_THREADS, ioThreads())
                            // as Undertow sets them for a worker of its own
                            .set(Options.CONNECTION_HIGH_WATER, 1_000_000)
                            .set(Options.CONNECTION_LOW_WATER, 1_000_000)
                            .set(Options.TCP_NODELAY, true)
                            .set(Options.CORK, true)
                            .getMap())
                    .setExternalExecutorService(tasks)
                    .build();
            taskThreadFactory.workerName = worker.getName();
            undertow = Undertow.builder()
                    .addHttpListener(requestedPort, host)
                    .setWorker(worker)
                    .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, BodyReceiver.CONNECTION_LIMIT_BYTES)
                    .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, millis(timeouts.betweenRequests()))
                    .setServerOption(UndertowOptions.IDLE_TIMEOUT, millis(timeouts.idle()))
                    .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, millis(timeouts.requestHead()))
                    .setSocketOption(Options.READ_TIMEOUT, millis(timeouts.read()))
                    .setServerOption(UndertowOptions.ALWAYS_SET_DATE, false) // DateHeader sets it
                    // answer "Expect: 100-continue" at once
                    .setHandler(new DateHeader(new HttpContinueAcceptingHandler(handler)))
                    .build();
            undertow.start();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    private static int millis(java.time.Duration timeout) {
        return (int) timeout.toMillis();
    }

    /** Closes the listener and its connections and stops every thread. */
    public synchronized void stop() {
        try {
            if (undertow != null) {
                undertow.stop();
            }
        } finally {
            if (worker != null) { // as Undertow stops a worker of its own
                worker.shutdown();
                try {
                    worker.awaitTermination();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (tasks != null) {
                tasks.shutdown(); // calls in progress finish; idle threads end now
            }
            undertow = null;
            worker = null;
            tasks = null;
        }
    }
}
