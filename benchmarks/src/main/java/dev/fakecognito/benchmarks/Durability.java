package dev.fakecognito.benchmarks;

import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A data directory's cost: GetId creating identities (each answer waits for its fsync, shared by the
 * calls waiting together) beside the same fake in memory, rounds interleaved in one run; the restart of
 * a fake holding a million identities; and the disk bytes an identity takes, in the log and in a
 * snapshot. The directory is on the file system of the working directory (not a tmpfs).
 */
final class Durability {
    private Durability() {}

    static Table table(Options o, PrintStream out) throws Exception {
        Table table = new Table(
                "Durability: dataDir (log forced to disk before each answer) beside memory only, " + o.connections
                        + " connections, " + o.rounds + " rounds of " + o.seconds + " s",
                "measurement",
                "value",
                "range",
                "vs memory only",
                "note");
        Path root = Files.createTempDirectory(Path.of("").toAbsolutePath(), "durability-");
        try {
            throughput(o, table, root.resolve("getid"), out);
            restart(o, table, root.resolve("restart"));
        } finally {
            delete(root);
        }
        return table;
    }

    private static void throughput(Options o, Table table, Path dir, PrintStream out) throws Exception {
        List<LoadGenerator.Result> memory = new ArrayList<>();
        List<LoadGenerator.Result> durable = new ArrayList<>();
        long created;
        try (FakeCognitoIdentity inMemory = FakeCognitoIdentity.builder().start();
                FakeCognitoIdentity onDisk =
                        FakeCognitoIdentity.builder().dataDir(dir).start()) {
            String memoryPool = inMemory.seed(Worlds.pool("Bench", 0))
                    .identityPools()
                    .get(0)
                    .id();
            String diskPool =
                    onDisk.seed(Worlds.pool("Bench", 0)).identityPools().get(0).id();
            long[] run = {0};
            for (int round = 0; round < o.rounds; round++) {
                for (int side = 0; side < 2; side++) {
                    run[0]++;
                    FakeCognitoIdentity fake = side == 0 ? inMemory : onDisk;
                    String poolId = side == 0 ? memoryPool : diskPool;
                    int port = fake.port();
                    LoadGenerator.Result r = LoadGenerator.run(
                            port,
                            o.connections,
                            o.clientThreads,
                            (t, s) -> Http.apiRequest(
                                    port,
                                    "GetId",
                                    "{\"IdentityPoolId\":\"" + poolId + "\",\"Logins\":{\"" + Worlds.PROVIDER
                                            + "\":\"new-" + run[0] + "-" + t + "-" + s + "\"}}"),
                            (long) (o.warmup * 1000),
                            (long) (o.seconds * 1000));
                    (side == 0 ? memory : durable).add(r);
                    if (r.firstError() != null) {
                        out.println(
                                "first error of GetId (" + (side == 0 ? "memory" : "dataDir") + "): " + r.firstError());
                    }
                }
            }
            created = onDisk.snapshot().identityPools().get(0).identities().size();
        }
        double memoryRps = Processes.median(
                memory.stream().map(LoadGenerator.Result::throughput).toList());
        double durableRps = Processes.median(
                durable.stream().map(LoadGenerator.Result::throughput).toList());
        long errors = memory.stream().mapToLong(LoadGenerator.Result::errors).sum()
                + durable.stream().mapToLong(LoadGenerator.Result::errors).sum();
        table.row(
                "GetId, new login, memory only: req/s",
                String.format(Locale.ROOT, "%,.0f", memoryRps),
                Processes.range(
                        memory.stream().map(LoadGenerator.Result::throughput).toList(), "%,.0f"),
                "1.00×",
                errors == 0 ? "" : "ERRORS " + errors);
        table.row(
                "GetId, new login, with dataDir: req/s",
                String.format(Locale.ROOT, "%,.0f", durableRps),
                Processes.range(
                        durable.stream().map(LoadGenerator.Result::throughput).toList(), "%,.0f"),
                String.format(Locale.ROOT, "%.2f×", durableRps / memoryRps),
                String.format(
                        Locale.ROOT,
                        "p99 %.2f ms (memory %.2f ms)",
                        Processes.median(durable.stream().map(r -> r.millis(99)).toList()),
                        Processes.median(memory.stream().map(r -> r.millis(99)).toList())));
        boolean compacted = size(dir, "snapshot-") > 0;
        table.row(
                compacted
                        ? "disk per identity, snapshot and log (the log was compacted)"
                        : "disk per identity in the log (one GetId record each)",
                String.format(
                        Locale.ROOT, "%,.0f B", (double) size(dir, compacted ? "" : "log-") / Math.max(1, created)),
                "",
                "",
                String.format(Locale.ROOT, "%,d identities", created));
    }

    private static void restart(Options o, Table table, Path dir) throws IOException {
        int identities = o.smoke ? 2_000 : 1_000_000;
        World world = Worlds.pool("Restart", identities);
        long seedMillis;
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            long t0 = System.nanoTime();
            fake.seed(world);
            seedMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        try (FakeCognitoIdentity fake =
                FakeCognitoIdentity.builder().dataDir(dir).start()) {
            fake.seed(world); // one record; past 64 MiB of log, a snapshot replaces it (close waits for it)
        }
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < (o.smoke ? 1 : 3); run++) {
            System.gc();
            long t0 = System.nanoTime();
            try (FakeCognitoIdentity fake =
                    FakeCognitoIdentity.builder().dataDir(dir).start()) {
                times.add((System.nanoTime() - t0) / 1e6);
                if (fake.snapshot().identityPools().get(0).identities().size() != identities) {
                    throw new IllegalStateException("the restart lost identities");
                }
            }
        }
        long snapshotBytes = size(dir, "snapshot-");
        long allBytes = size(dir, "");
        table.row(
                String.format(Locale.ROOT, "restart with %,d identities: start() until listening", identities),
                String.format(Locale.ROOT, "%,.0f ms", Processes.median(times)),
                Processes.range(times, "%,.0f"),
                String.format(Locale.ROOT, "seed(World) without dataDir: %,d ms", seedMillis),
                snapshotBytes > 0 ? "from a snapshot" : "from the log");
        table.row(
                "disk per identity in a snapshot",
                String.format(
                        Locale.ROOT, "%,.0f B", (double) (snapshotBytes > 0 ? snapshotBytes : allBytes) / identities),
                "",
                "",
                String.format(Locale.ROOT, "%,d bytes in all", allBytes));
    }

    private static long size(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
