package dev.fakecognito.benchmarks;

import dev.fakecognito.model.Fault;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Latency faults at scale: many calls delayed by a fault at once, each on its own connection, while
 * undelayed calls are timed on a keep-alive connection; and the fake's threads before, during and after.
 * A delay waits on the I/O thread's timer, so neither the delayed calls nor the others should need a
 * thread each.
 */
final class FaultLatency {
    private FaultLatency() {}

    static Table run(Options o) throws Exception {
        Table table = new Table(
                "Latency faults: " + String.format(Locale.ROOT, "%,d", o.delayedCalls) + " GetId calls delayed "
                        + o.delayMs + " ms, all in flight at once (a connection each), while DescribeIdentityPool"
                        + " is timed on one keep-alive connection",
                "measurement",
                "calls",
                "p50 ms",
                "p99 ms",
                "max ms",
                "note");
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            int port = fake.port();
            String poolId =
                    fake.seed(Worlds.pool("Delayed", 1)).identityPools().get(0).id();
            byte[] describe = Http.apiRequest(port, "DescribeIdentityPool", "{\"IdentityPoolId\":\"" + poolId + "\"}");
            byte[] getId = Http.apiRequest(port, "GetId", "{\"IdentityPoolId\":\"" + poolId + "\"}");

            keepAlive(port, describe, o.probeCalls); // warm-up
            double[] baseline = keepAlive(port, describe, o.probeCalls);
            int threadsBefore = fakeThreads();

            fake.inject(Fault.on("GetId").latency(Duration.ofMillis(o.delayMs)));
            Selector selector = Selector.open();
            long[] sentAt = new long[o.delayedCalls];
            long t0 = System.nanoTime();
            for (int i = 0; i < o.delayedCalls; i++) {
                SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                channel.write(ByteBuffer.wrap(getId));
                sentAt[i] = System.nanoTime();
                channel.configureBlocking(false);
                channel.register(selector, SelectionKey.OP_READ, i);
            }
            double sendMs = (System.nanoTime() - t0) / 1e6;
            CompletableFuture<Answers> answers =
                    CompletableFuture.supplyAsync(() -> collect(selector, sentAt, o.delayMs * 10L + 60_000));

            double[] during = keepAlive(port, describe, o.probeCalls);
            boolean allStillDelayed = (System.nanoTime() - sentAt[0]) / 1e6 < o.delayMs;
            int threadsDuring = fakeThreads();
            int jvmThreadsDuring = ManagementFactory.getThreadMXBean().getThreadCount();

            Answers answered = answers.get();
            int threadsAfter = fakeThreads();
            if (answered.ok != o.delayedCalls) {
                throw new IllegalStateException(answered.ok + " of " + o.delayedCalls + " delayed calls answered 200");
            }
            if (fake.faults().get(0).hits() != o.delayedCalls) {
                throw new IllegalStateException(
                        "the fault struck " + fake.faults().get(0).hits() + " calls");
            }
            table.row(
                    "DescribeIdentityPool, no delayed calls",
                    Integer.toString(baseline.length),
                    ms(percentile(baseline, 50)),
                    ms(percentile(baseline, 99)),
                    ms(percentile(baseline, 100)),
                    "baseline");
            table.row(
                    "DescribeIdentityPool, " + String.format(Locale.ROOT, "%,d", o.delayedCalls)
                            + " delayed calls in flight",
                    Integer.toString(during.length),
                    ms(percentile(during, 50)),
                    ms(percentile(during, 99)),
                    ms(percentile(during, 100)),
                    allStillDelayed
                            ? "all timed before the first delayed answer was due"
                            : "SOME TIMED AFTER DELAYED ANSWERS WERE DUE");
            table.row(
                    "GetId delayed " + o.delayMs + " ms: time to its answer",
                    Integer.toString(answered.ok),
                    ms(percentile(answered.millis, 50)),
                    ms(percentile(answered.millis, 99)),
                    ms(percentile(answered.millis, 100)),
                    String.format(Locale.ROOT, "all 200; sent in %.0f ms", sendMs));
            table.row(
                    "threads of the fake (XNIO) before / during / after",
                    "",
                    "",
                    "",
                    "",
                    threadsBefore + " / " + threadsDuring + " / " + threadsAfter + " (whole JVM during: "
                            + jvmThreadsDuring + ")");
        }
        return table;
    }

    /** The answers of the delayed calls: how many were 200, and each one's time from sending to its last byte. */
    private record Answers(int ok, double[] millis) {}

    private static Answers collect(Selector selector, long[] sentAt, long timeoutMs) {
        int n = sentAt.length;
        byte[][] buffers = new byte[n][4096];
        int[] lengths = new int[n];
        double[] millis = new double[n];
        int done = 0;
        int ok = 0;
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        ByteBuffer read = ByteBuffer.allocate(4096);
        try (selector) {
            while (done < n) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            (n - done) + " delayed calls unanswered after " + timeoutMs + " ms");
                }
                selector.select(1000);
                for (SelectionKey key : selector.selectedKeys()) {
                    int i = (Integer) key.attachment();
                    SocketChannel channel = (SocketChannel) key.channel();
                    read.clear();
                    int count = channel.read(read);
                    if (count < 0) {
                        throw new IllegalStateException("delayed call " + i + " closed without a full answer");
                    }
                    System.arraycopy(read.array(), 0, buffers[i], lengths[i], count);
                    lengths[i] += count;
                    if (Http.responseEnd(buffers[i], lengths[i]) >= 0) {
                        millis[i] = (System.nanoTime() - sentAt[i]) / 1e6;
                        ok += Http.status(buffers[i]) == 200 ? 1 : 0;
                        done++;
                        key.cancel();
                        channel.close();
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Answers(ok, millis);
    }

    /** Times {@code n} calls made one after the other on one keep-alive connection, in ms. */
    private static double[] keepAlive(int port, byte[] request, int n) throws IOException {
        double[] millis = new double[n];
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[16384];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                out.write(request);
                out.flush();
                int length = 0;
                while (Http.responseEnd(buf, length) < 0) {
                    int count = in.read(buf, length, buf.length - length);
                    if (count < 0) {
                        throw new IOException("connection closed before a full response");
                    }
                    length += count;
                }
                if (Http.status(buf) != 200) {
                    throw new IllegalStateException("an undelayed call answered " + Http.status(buf));
                }
                millis[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return millis;
    }

    /** The threads of the fake's XNIO worker (I/O threads, acceptor and task workers). */
    private static int fakeThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("XNIO-"))
                .count();
    }

    private static double percentile(double[] values, double percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%,.0f", value);
    }
}
