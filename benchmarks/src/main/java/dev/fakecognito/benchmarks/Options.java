package dev.fakecognito.benchmarks;

import java.util.Arrays;
import java.util.List;

/** The options of one run: what to measure and how long; {@code --smoke} makes everything tiny. */
final class Options {
    boolean smoke;
    int rounds = 3;
    double seconds = 8;
    double warmup = 3;
    int connections = 32;
    int clientThreads = 2;
    int coldRuns = 5;
    int warmRuns = 30;
    int jarRuns = 5;
    int resetRuns = 2000;
    int poolIdentities = 10_000;
    int[] memorySizes = {100_000, 1_000_000};
    int delayedCalls = 2000;
    long delayMs = 5000;
    int probeCalls = 2000;
    String memoryHeap = "-Xmx6g";
    String serverJar;
    String image = Container.DEFAULT_IMAGE;
    int containerRuns = 5;
    double rate = 10_000;
    int suiteClasses = 100;
    int suiteTests = 5;
    int suiteRounds = 3;
    String kindFilter;
    /** An earlier build to measure beside this one: a folder with its server, model and standalone jars. */
    String before;
    /** The rows of the targets section to run: firstfake, standalone, getid, suite. */
    List<String> targets = List.of("firstfake", "standalone", "getid", "suite");
    /** moto's server ({@code none}: leave it out); found on the PATH when not given. */
    String moto;

    int journalCalls = 5_000;
    int validationIds = 50_000;
    String limitsHeap = "-Xmx256m";
    List<String> only = List.of(
            "targets",
            "startup",
            "throughput",
            "latency",
            "suite",
            "memory",
            "reset",
            "faults",
            "limits",
            "durability");

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--smoke" -> {
                    o.smoke = true;
                    o.rounds = 1;
                    o.seconds = 0.4;
                    o.warmup = 0.2;
                    o.connections = 4;
                    o.coldRuns = 1;
                    o.warmRuns = 2;
                    o.jarRuns = 1;
                    o.containerRuns = 1;
                    o.rate = 500;
                    o.suiteClasses = 2;
                    o.suiteTests = 2;
                    o.suiteRounds = 1;
                    o.resetRuns = 20;
                    o.poolIdentities = 200;
                    o.memorySizes = new int[] {2_000, 10_000};
                    o.memoryHeap = "-Xmx256m";
                    o.delayedCalls = 50;
                    o.delayMs = 500;
                    o.probeCalls = 50;
                    o.journalCalls = 50;
                    o.validationIds = 500;
                }
                case "--rounds" -> o.rounds = Integer.parseInt(args[++i]);
                case "--seconds" -> o.seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> o.warmup = Double.parseDouble(args[++i]);
                case "--connections" -> o.connections = Integer.parseInt(args[++i]);
                case "--client-threads" -> o.clientThreads = Integer.parseInt(args[++i]);
                case "--server-jar" -> o.serverJar = args[++i];
                case "--image" -> o.image = args[++i];
                case "--rate" -> o.rate = Double.parseDouble(args[++i]);
                case "--suite-classes" -> o.suiteClasses = Integer.parseInt(args[++i]);
                case "--kind" -> o.kindFilter = args[++i];
                case "--before" -> o.before = args[++i];
                case "--moto" -> o.moto = args[++i];
                case "--targets" -> o.targets = Arrays.asList(args[++i].split(","));
                case "--only" -> o.only = Arrays.asList(args[++i].split(","));
                case "--delayed-calls" -> o.delayedCalls = Integer.parseInt(args[++i]);
                case "--delay-ms" -> o.delayMs = Long.parseLong(args[++i]);
                default ->
                    throw new IllegalArgumentException("unknown option " + arg
                            + " (options: --smoke --rounds N --seconds S --warmup S --connections N"
                            + " --client-threads N --server-jar PATH --image NAME --rate REQ_PER_S"
                            + " --suite-classes N --only targets,startup,throughput,latency,suite,memory,reset,faults,limits,durability"
                            + " --before DIR --moto PATH|none"
                            + " --kind TEXT --delayed-calls N --delay-ms MS)");
            }
        }
        return o;
    }
}
