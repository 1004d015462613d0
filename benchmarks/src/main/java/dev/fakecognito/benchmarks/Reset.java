package dev.fakecognito.benchmarks;

import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The cost of reset() followed by re-seeding a small world, as a per-test fixture does. */
final class Reset {
    private Reset() {}

    static Table table(Options o) {
        Table table = new Table(
                "Reset: reset() then seed(World) of one pool with 50 identities",
                "measurement",
                "runs",
                "median",
                "range",
                "target",
                "verdict");
        World world = Worlds.pool("PerTest", 50);
        List<Double> times = new ArrayList<>();
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            for (int i = 0; i < o.resetRuns / 4; i++) { // warm-up
                fake.reset();
                fake.seed(world);
            }
            for (int i = 0; i < o.resetRuns; i++) {
                long t0 = System.nanoTime();
                fake.reset();
                fake.seed(world);
                times.add((System.nanoTime() - t0) / 1e6);
            }
        }
        table.add(o, "reset + re-seed 50 identities", times, 5, "ms");
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(null);
        table.row(
                "  (p99 of the same runs)",
                Integer.toString(times.size()),
                String.format(
                        Locale.ROOT, "%.3f ms", sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.99))),
                "",
                "",
                "");
        return table;
    }
}
