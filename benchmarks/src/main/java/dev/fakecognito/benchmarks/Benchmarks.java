package dev.fakecognito.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the fake and prints a table: start-up (cold, warm, standalone jar), throughput and latency
 * per request kind over loopback keep-alive HTTP, heap per identity and seeding time, the cost of
 * reset plus re-seeding, and thousands of calls held by a latency fault at once. {@code --smoke} runs everything tiny, to prove it works (CI); its figures mean
 * nothing.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--smoke] [--rounds N] [--seconds S] [--warmup S]
 *      [--connections N] [--client-threads N] [--server-jar PATH] [--only startup,throughput,memory,reset,faults,limits,durability]
 *      [--kind TEXT (only the request kinds whose name contains TEXT)] [--delayed-calls N] [--delay-ms MS]
 * </pre>
 */
public final class Benchmarks {
    static final String COLD_CHILD = "--child-cold";
    static final String MEMORY_CHILD = "--child-memory";
    static final String LIMITS_CHILD = "--child-limits";

    static {
        // Undertow logs through jboss-logging: send it to slf4j-simple, at warn (see simplelogger.properties).
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(COLD_CHILD)) {
            System.out.println("COLD " + Startup.coldStart());
            return;
        }
        if (args.length > 0 && args[0].equals(FirstCall.CHILD)) {
            FirstCall.child(args[1]);
            return;
        }
        if (args.length > 0 && args[0].equals(Suite.CHILD)) {
            Suite.child();
            return;
        }
        if (args.length > 0 && args[0].equals(MEMORY_CHILD)) {
            Memory.child(Integer.parseInt(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals(LIMITS_CHILD)) {
            Limits.child(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            return;
        }
        run(Options.parse(args), System.out);
        System.exit(0); // client threads are daemons; the fakes are closed
    }

    /** Runs the selected measurements and prints the tables; returns the rows printed. */
    static List<Table> run(Options o, PrintStream out) throws Exception {
        out.printf(
                Locale.ROOT,
                "Fake Cognito Identity benchmarks%s: %d cores, Java %s, max heap %d MiB%n",
                o.smoke ? " (SMOKE: tiny runs, figures mean nothing)" : "",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        List<Table> tables = new ArrayList<>();
        if (o.only.contains("targets")) {
            tables.add(print(out, Targets.table(o, out)));
        }
        if (o.only.contains("startup")) {
            tables.add(print(out, Startup.table(o, out)));
        }
        if (o.only.contains("throughput")) {
            tables.add(print(out, Throughput.table(o, out)));
        }
        if (o.only.contains("latency")) {
            tables.add(print(out, ConstantRate.table(o)));
        }
        if (o.only.contains("suite")) {
            tables.add(print(out, Suite.table(o)));
        }
        if (o.only.contains("memory")) {
            tables.add(print(out, Memory.table(o, out)));
        }
        if (o.only.contains("reset")) {
            tables.add(print(out, Reset.table(o)));
        }
        if (o.only.contains("faults")) {
            tables.add(print(out, FaultLatency.run(o)));
        }
        if (o.only.contains("limits")) {
            tables.add(print(out, Limits.table(o)));
        }
        if (o.only.contains("durability")) {
            tables.add(print(out, Durability.table(o, out)));
        }
        return tables;
    }

    private static Table print(PrintStream out, Table table) {
        out.println();
        out.print(table.render());
        out.flush();
        return table;
    }
}
