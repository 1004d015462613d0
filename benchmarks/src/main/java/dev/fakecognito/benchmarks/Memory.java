package dev.fakecognito.benchmarks;

import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;

/** Heap per identity and seeding time, in a child JVM. */
final class Memory {
    private Memory() {}

    static Table table(Options o, PrintStream out) throws Exception {
        Table table = new Table(
                "Memory: one pool, identities with one Facebook login each, seeded with seed(World)" + " (own JVM, "
                        + o.memoryHeap + ")",
                "identities",
                "retained heap",
                "per identity",
                "seed time",
                "target",
                "verdict");
        for (int size : o.memorySizes) {
            List<String> command = List.of(
                    Processes.javaExecutable(),
                    o.memoryHeap,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Benchmarks.class.getName(),
                    Benchmarks.MEMORY_CHILD,
                    Integer.toString(size));
            String output = Processes.runChild(command);
            String line = output.lines()
                    .filter(l -> l.startsWith("MEMORY "))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("memory child printed: " + output));
            String[] parts = line.split(" ");
            long bytes = Long.parseLong(parts[2]);
            double seedMs = Double.parseDouble(parts[3]);
            double perIdentity = (double) bytes / size;
            boolean targetRow = size == 1_000_000;
            String verdict =
                    o.smoke ? "smoke" : !targetRow ? "" : perIdentity <= 1024 && seedMs <= 10_000 ? "met" : "MISSED";
            table.row(
                    String.format(Locale.ROOT, "%,d", size),
                    String.format(Locale.ROOT, "%,.1f MiB", bytes / 1048576.0),
                    String.format(Locale.ROOT, "%,.0f B", perIdentity),
                    String.format(Locale.ROOT, "%,.0f ms", seedMs),
                    targetRow || o.smoke ? "<= 1 KB/identity, seed <= 10 s at 1M" : "",
                    verdict);
        }
        return table;
    }

    static void child(int size) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            fake.seed(Worlds.pool("Warm-up", 1000)); // load and warm the seeding path
            fake.reset();
            long before = Processes.usedAfterGc(memory);
            World world = Worlds.pool("Memory", size);
            long t0 = System.nanoTime();
            World created = fake.seed(world);
            double seedMs = (System.nanoTime() - t0) / 1e6;
            if (created.identityCount() != size) {
                throw new IllegalStateException("seeded " + created.identityCount());
            }
            world = null;
            created = null;
            long after = Processes.usedAfterGc(memory);
            if (fake.snapshot().identityCount() != size) {
                throw new IllegalStateException("lost identities");
            }
            System.out.println("MEMORY " + size + " " + (after - before) + " " + seedMs);
        }
    }
}
