package dev.fakecognito.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.HdrHistogram.Histogram;

/**
 * A load generator: {@code connections} keep-alive HTTP/1.1 connections, each with one request in
 * flight, driven by a few selector threads with pre-built request bytes, so the client spends little CPU
 * per request.
 *
 * <ul>
 *   <li>Closed loop ({@code ratePerSecond} 0): each connection sends its next request as soon as the
 *       previous answer is read; latency is from the first byte written to the last byte read. Gives
 *       the most a server answers, but its latency leaves out the requests a slow answer kept from
 *       being sent (coordinated omission).
 *   <li>Constant rate: each connection sends on a fixed schedule (together {@code ratePerSecond}
 *       requests a second), and latency is from when the request <em>should</em> have been sent, so a
 *       stall counts against every request it delayed, as a real caller would see it.
 * </ul>
 */
final class LoadGenerator {
    /** Gives the bytes of the next request; called by one client thread at a time per thread index. */
    interface RequestSource {
        byte[] next(int thread, long sequence);
    }

    /** What one run measured. */
    record Result(long requests, long errors, double seconds, Histogram latencyMicros, String firstError) {
        double throughput() {
            return requests / seconds;
        }

        double millis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private LoadGenerator() {}

    static Result run(
            int port, int connections, int threads, RequestSource source, long warmupMillis, long measureMillis)
            throws Exception {
        return run(port, connections, threads, source, warmupMillis, measureMillis, 0);
    }

    /** As {@link #run(int, int, int, RequestSource, long, long)}; at a constant rate unless it is 0. */
    static Result run(
            int port,
            int connections,
            int threads,
            RequestSource source,
            long warmupMillis,
            long measureMillis,
            double ratePerSecond)
            throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + warmupMillis * 1_000_000L;
        long measureTo = measureFrom + measureMillis * 1_000_000L;
        List<Worker> workers = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int share = connections / threads + (t < connections % threads ? 1 : 0);
            // each connection sends every intervalNanos, the connections of all threads evenly staggered
            long intervalNanos = ratePerSecond <= 0 ? 0 : (long) (connections * 1e9 / ratePerSecond);
            workers.add(new Worker(t, port, share, source, measureFrom, measureTo, done, intervalNanos, threads));
        }
        for (Worker worker : workers) {
            worker.thread.start();
        }
        done.await();
        Histogram total = new Histogram(60_000_000L, 3);
        long requests = 0;
        long errors = 0;
        String firstError = null;
        for (Worker worker : workers) {
            if (worker.failure != null) {
                throw new IllegalStateException("client thread failed", worker.failure);
            }
            total.add(worker.histogram);
            requests += worker.requests;
            errors += worker.errors;
            if (firstError == null) {
                firstError = worker.firstError;
            }
        }
        return new Result(requests, errors, measureMillis / 1000.0, total, firstError);
    }

    private static final class Connection {
        final SocketChannel channel;
        ByteBuffer out;
        byte[] in = new byte[16384];
        int length;
        long sentAt;
        /** Constant rate: when the next request is due; {@code waiting} while it is not yet sent. */
        long dueAt;

        boolean waiting;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }
    }

    private static final class Worker implements Runnable {
        final Thread thread;
        final int index;
        final int port;
        final int connections;
        final RequestSource source;
        final long measureFrom;
        final long measureTo;
        final CountDownLatch done;
        final long intervalNanos;
        final int threads;
        final Histogram histogram = new Histogram(60_000_000L, 3);
        long sequence;
        long requests;
        long errors;
        String firstError;
        Throwable failure;

        Worker(
                int index,
                int port,
                int connections,
                RequestSource source,
                long measureFrom,
                long measureTo,
                CountDownLatch done,
                long intervalNanos,
                int threads) {
            this.index = index;
            this.intervalNanos = intervalNanos;
            this.threads = threads;
            this.port = port;
            this.connections = connections;
            this.source = source;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
            this.done = done;
            this.thread = new Thread(this, "load-" + index);
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            List<Connection> all = new ArrayList<>();
            try (Selector selector = Selector.open()) {
                long first = System.nanoTime();
                for (int c = 0; c < connections; c++) {
                    SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    channel.configureBlocking(false);
                    Connection connection = new Connection(channel);
                    all.add(connection);
                    channel.register(selector, SelectionKey.OP_READ, connection);
                    if (intervalNanos == 0) {
                        send(connection, selector);
                    } else {
                        long slot = (long) c * threads + index; // this connection's place among all of them
                        connection.dueAt = first + intervalNanos * slot / ((long) connections * threads);
                        connection.waiting = true;
                    }
                }
                while (System.nanoTime() < measureTo) {
                    if (intervalNanos == 0) {
                        selector.select(100);
                    } else {
                        long wait = sendDue(all, selector);
                        if (wait < 1_000_000) {
                            selector.selectNow(); // due within the millisecond: poll, so as not to send late
                        } else {
                            selector.select(Math.min(100, wait / 1_000_000));
                        }
                    }
                    for (SelectionKey key : selector.selectedKeys()) {
                        Connection connection = (Connection) key.attachment();
                        if (key.isValid() && key.isWritable()) {
                            write(connection, key);
                        }
                        if (key.isValid() && key.isReadable()) {
                            read(connection, selector);
                        }
                    }
                    selector.selectedKeys().clear();
                }
            } catch (Throwable e) {
                failure = e;
            } finally {
                for (Connection connection : all) {
                    try {
                        connection.channel.close();
                    } catch (IOException ignored) {
                        // closing
                    }
                }
                done.countDown();
            }
        }

        /** Sends the requests that are due; returns the nanoseconds until the next one is. */
        private long sendDue(List<Connection> all, Selector selector) throws IOException {
            long now = System.nanoTime();
            long next = Long.MAX_VALUE;
            for (Connection connection : all) {
                if (connection.waiting) {
                    if (connection.dueAt <= now) {
                        connection.waiting = false;
                        send(connection, selector);
                        connection.sentAt = connection.dueAt; // latency counts from when it was due
                        connection.dueAt += intervalNanos;
                    } else {
                        next = Math.min(next, connection.dueAt - now);
                    }
                }
            }
            return next == Long.MAX_VALUE ? 100_000_000 : next;
        }

        private void send(Connection connection, Selector selector) throws IOException {
            connection.out = ByteBuffer.wrap(source.next(index, sequence++));
            connection.sentAt = System.nanoTime();
            connection.channel.write(connection.out);
            if (connection.out.hasRemaining()) {
                connection.channel.keyFor(selector).interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            }
        }

        private void write(Connection connection, SelectionKey key) throws IOException {
            connection.channel.write(connection.out);
            if (!connection.out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ);
            }
        }

        private void read(Connection connection, Selector selector) throws IOException {
            while (true) {
                if (connection.length == connection.in.length) {
                    connection.in = Arrays.copyOf(connection.in, connection.in.length * 2);
                }
                int n = connection.channel.read(
                        ByteBuffer.wrap(connection.in, connection.length, connection.in.length - connection.length));
                if (n < 0) {
                    throw new IOException("the server closed a keep-alive connection");
                }
                if (n == 0) {
                    return;
                }
                connection.length += n;
                int end = Http.responseEnd(connection.in, connection.length);
                if (end < 0) {
                    continue;
                }
                long now = System.nanoTime();
                if (now >= measureFrom && now < measureTo) {
                    requests++;
                    histogram.recordValue(Math.max(1, (now - connection.sentAt) / 1000));
                    int status = Http.status(connection.in);
                    if (status != 200) {
                        errors++;
                        if (firstError == null) {
                            firstError = new String(connection.in, 0, end, java.nio.charset.StandardCharsets.UTF_8);
                        }
                    }
                }
                if (end != connection.length) {
                    throw new IOException("bytes after a response on a connection with one request in flight");
                }
                connection.length = 0;
                if (intervalNanos == 0) {
                    send(connection, selector);
                } else {
                    connection.waiting = true; // sent by sendDue when due (at once if already late)
                }
                return;
            }
        }
    }
}
