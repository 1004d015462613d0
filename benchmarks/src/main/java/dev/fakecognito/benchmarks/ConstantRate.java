package dev.fakecognito.benchmarks;

import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Latency at a constant rate, corrected for coordinated omission, and the servers' CPU per request. */
final class ConstantRate {
    private ConstantRate() {}

    /**
     * Latency at a constant rate, from when each request was due (so a stall counts against every
     * request it held back): GetId with an existing login, and the bare Undertow reference, interleaved.
     */
    static Table table(Options o) throws Exception {
        Table table = new Table(
                String.format(
                        Locale.ROOT,
                        "Latency at a constant %,.0f req/s (corrected for coordinated omission): %d connections, %d"
                                + " client threads, %d rounds of %s s",
                        o.rate,
                        o.connections,
                        o.clientThreads,
                        o.rounds,
                        o.seconds),
                "request",
                "achieved req/s",
                "p50 ms",
                "p99 ms",
                "p99.9 ms",
                "max ms",
                "server CPU µs/req",
                "errors");
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start();
                BareUndertow bare = new BareUndertow()) {
            World.IdentityPool pool = fake.seed(Worlds.pool("Rate", o.poolIdentities))
                    .identityPools()
                    .get(0);
            int n = pool.identities().size();
            byte[][] getId = new byte[n][];
            for (int i = 0; i < n; i++) {
                getId[i] = Http.apiRequest(
                        fake.port(),
                        "GetId",
                        "{\"IdentityPoolId\":\"" + pool.id() + "\",\"Logins\":{\"" + Worlds.PROVIDER + "\":\""
                                + pool.identities().get(i).logins().get(Worlds.PROVIDER) + "\"}}");
            }
            byte[] bareRequest = Http.apiRequest(bare.port, "GetId", "{\"IdentityPoolId\":\"" + pool.id() + "\"}");
            List<Throughput.Kind> kinds = List.of(
                    new Throughput.Kind(
                            "GetId, existing login", fake.port(), (t, s) -> getId[Throughput.pick(t, s, n)]),
                    new Throughput.Kind(Throughput.BARE, bare.port, (t, s) -> bareRequest));
            for (Throughput.Kind kind : kinds) { // closed loop first, so that the JIT has compiled the paths
                LoadGenerator.run(
                        kind.port(), o.connections, o.clientThreads, kind.source(), (long) (o.warmup * 1000), 0);
            }
            List<List<LoadGenerator.Result>> results = List.of(new ArrayList<>(), new ArrayList<>());
            List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
            for (int round = 0; round < o.rounds; round++) {
                for (int k = 0; k < kinds.size(); k++) {
                    long cpuBefore = serverCpuNanos();
                    LoadGenerator.Result r = LoadGenerator.run(
                            kinds.get(k).port(),
                            o.connections,
                            o.clientThreads,
                            kinds.get(k).source(),
                            (long) (o.warmup * 1000),
                            (long) (o.seconds * 1000),
                            o.rate);
                    results.get(k).add(r);
                    // over warm-up and measurement: every request of the run was answered in it
                    long sent = Math.round(o.rate * (o.warmup + o.seconds));
                    cpu.get(k).add((serverCpuNanos() - cpuBefore) / 1000.0 / Math.max(1, sent));
                }
            }
            for (int k = 0; k < kinds.size(); k++) {
                List<LoadGenerator.Result> rs = results.get(k);
                table.row(Throughput.cells(
                        kinds.get(k).name(),
                        rs,
                        Processes.range(rs.stream().map(r -> r.millis(100)).toList(), "%.1f"),
                        Processes.range(cpu.get(k), "%.1f"),
                        Long.toString(rs.stream()
                                .mapToLong(LoadGenerator.Result::errors)
                                .sum())));
            }
        }
        return table;
    }

    /**
     * The CPU time so far of the HTTP servers' threads in this JVM (XNIO's I/O and task threads, of the
     * fake and of the reference): at a fixed rate, CPU per request is a figure that other load on the
     * machine barely moves, unlike throughput.
     */
    static long serverCpuNanos() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("XNIO-")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return total;
    }
}
