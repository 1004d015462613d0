package dev.fakecognito.benchmarks;

import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures the fake and prints a table: start-up (cold, warm, standalone jar), throughput and latency
 * per request kind over loopback keep-alive HTTP, heap per identity and seeding time, the cost of
 * reset plus re-seeding, and thousands of calls held by a latency fault at once. {@code --smoke} runs everything tiny, to prove it works (CI); its figures mean
 * nothing.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--smoke] [--rounds N] [--seconds S] [--warmup S]
 *      [--connections N] [--client-threads N] [--server-jar PATH] [--only startup,throughput,memory,reset,faults,limits]
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

    /** The options of one run. */
    static final class Options {
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
        int journalCalls = 5_000;
        int validationIds = 50_000;
        String limitsHeap = "-Xmx256m";
        List<String> only = List.of("startup", "throughput", "latency", "suite", "memory", "reset", "faults", "limits");

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
                    case "--only" -> o.only = Arrays.asList(args[++i].split(","));
                    case "--delayed-calls" -> o.delayedCalls = Integer.parseInt(args[++i]);
                    case "--delay-ms" -> o.delayMs = Long.parseLong(args[++i]);
                    default ->
                        throw new IllegalArgumentException("unknown option " + arg
                                + " (options: --smoke --rounds N --seconds S --warmup S --connections N"
                                + " --client-threads N --server-jar PATH --image NAME --rate REQ_PER_S"
                                + " --suite-classes N --only startup,throughput,latency,suite,memory,reset,faults,limits"
                                + " --kind TEXT --delayed-calls N --delay-ms MS)");
                }
            }
            return o;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(COLD_CHILD)) {
            System.out.println("COLD " + coldStart());
            return;
        }
        if (args.length > 0 && args[0].equals(Suite.CHILD)) {
            Suite.child();
            return;
        }
        if (args.length > 0 && args[0].equals(MEMORY_CHILD)) {
            memoryChild(Integer.parseInt(args[1]));
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
        if (o.only.contains("startup")) {
            tables.add(print(out, startup(o, out)));
        }
        if (o.only.contains("throughput")) {
            tables.add(print(out, throughput(o, out)));
        }
        if (o.only.contains("latency")) {
            tables.add(print(out, constantRate(o)));
        }
        if (o.only.contains("suite")) {
            tables.add(print(out, Suite.table(o)));
        }
        if (o.only.contains("memory")) {
            tables.add(print(out, memory(o, out)));
        }
        if (o.only.contains("reset")) {
            tables.add(print(out, reset(o)));
        }
        if (o.only.contains("faults")) {
            tables.add(print(out, FaultLatency.run(o)));
        }
        if (o.only.contains("limits")) {
            tables.add(print(out, Limits.table(o)));
        }
        return tables;
    }

    private static Table print(PrintStream out, Table table) {
        out.println();
        out.print(table.render());
        out.flush();
        return table;
    }

    // ------------------------------------------------------------------------------------------ start-up

    /** builder().start() to the first answered API call, in ms; for the first instance of a JVM, cold. */
    static double coldStart() throws IOException {
        long t0 = System.nanoTime();
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            int status = Http.exchange(
                    fake.port(), Http.apiRequest(fake.port(), "ListIdentityPools", "{\"MaxResults\":10}"));
            long t1 = System.nanoTime();
            if (status != 200) {
                throw new IllegalStateException("first call answered " + status);
            }
            return (t1 - t0) / 1e6;
        }
    }

    private static Table startup(Options o, PrintStream out) throws Exception {
        Table table = new Table(
                "Start-up (to the first answered API call, ListIdentityPools over a new connection)",
                "measurement",
                "runs",
                "median",
                "range",
                "target",
                "verdict");
        List<Double> hello = new ArrayList<>();
        List<Double> cold = new ArrayList<>();
        cold.add(coldStart()); // first instance in this JVM
        for (int i = 1; i < o.coldRuns; i++) { // interleaved with the reference, so both see the same load
            hello.add(helloWorld());
            cold.add(coldInChildJvm());
        }
        hello.add(helloWorld());
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < o.warmRuns; i++) {
            warm.add(coldStart());
        }
        table.add(o, "reference: java hello world, process start to exit", hello, Double.NaN, "ms");
        table.add(o, "first fake in a fresh JVM: builder().start() to the first answer", cold, 250, "ms");
        table.add(o, "warm start: a further fake in the same JVM", warm, 5, "ms");
        Optional<Path> jar = serverJar(o);
        if (jar.isEmpty()) {
            table.row(
                    "standalone jar",
                    "0",
                    "n/a",
                    "standalone jar not found (mvn package -pl fake-server -am)",
                    "<= 150 ms",
                    "n/a");
        } else {
            Path folder = Files.createTempDirectory("fake-cds");
            Path archive = folder.resolve("fake-cognito-identity.jsa");
            List<Double> plain = new ArrayList<>();
            List<Double> shared = new ArrayList<>();
            try {
                trainClassDataSharing(jar.get(), archive);
                for (int i = 0; i < o.jarRuns; i++) {
                    plain.add(standaloneJar(List.of("-jar", jar.get().toString())));
                    shared.add(standaloneJar(List.of(
                            "-XX:SharedArchiveFile=" + archive,
                            "-jar",
                            jar.get().toString())));
                }
            } finally {
                deleteTree(folder);
            }
            table.add(o, "standalone jar, plain java -jar: process start to the first 200", plain, 150, "ms");
            table.add(o, "standalone jar with its class-data archive (-XX:SharedArchiveFile)", shared, 150, "ms");
        }
        Container.addRow(table, o);
        return table;
    }

    /** A JVM that prints one line and exits: what any Java process costs on this machine now. */
    private static double helloWorld() throws Exception {
        long t0 = System.nanoTime();
        runChild(List.of(
                javaExecutable(),
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                HelloWorld.class.getName()));
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double coldInChildJvm() throws Exception {
        List<String> command = List.of(
                javaExecutable(), "-cp", System.getProperty("java.class.path"), Benchmarks.class.getName(), COLD_CHILD);
        String output = runChild(command);
        return output.lines()
                .filter(l -> l.startsWith("COLD "))
                .map(l -> Double.parseDouble(l.substring(5)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("cold child printed: " + output));
    }

    /**
     * The README's recipe for the standalone jar's class-data archive: one training run with
     * {@code -XX:ArchiveClassesAtExit} that answers a few calls and is stopped with SIGTERM.
     */
    static void trainClassDataSharing(Path jar, Path archive) throws Exception {
        int port = freePort();
        Process process = new ProcessBuilder(
                        javaExecutable(),
                        "-XX:ArchiveClassesAtExit=" + archive,
                        "-jar",
                        jar.toString(),
                        "--port",
                        Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            awaitFirstAnswer(port, firstCall(port), process, System.nanoTime());
            String pool = "{\"IdentityPoolName\":\"Training\",\"AllowUnauthenticatedIdentities\":true}";
            Http.exchange(port, Http.apiRequest(port, "CreateIdentityPool", pool));
            Http.exchange(port, Http.get(port, "/_fake/health"));
        } finally {
            process.destroy(); // SIGTERM: the JVM writes the archive as it exits
            process.waitFor();
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run wrote no class-data archive " + archive);
        }
    }

    static byte[] firstCall(int port) {
        return Http.apiRequest(port, "ListIdentityPools", "{\"MaxResults\":10}");
    }

    private static double standaloneJar(List<String> javaArguments) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(javaArguments);
        command.addAll(List.of("--port", Integer.toString(port)));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            return awaitFirstAnswer(port, firstCall(port), process, t0);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** Polls every 2 ms until the request is answered 200; returns the ms since {@code t0}. */
    static double awaitFirstAnswer(int port, byte[] request, Process process, long t0) throws Exception {
        while (true) {
            try {
                int status = Http.exchange(port, request);
                if (status == 200) {
                    return (System.nanoTime() - t0) / 1e6;
                }
                throw new IllegalStateException("the first call was answered " + status);
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server process exited with " + process.exitValue());
                }
                if (System.nanoTime() - t0 > 60_000_000_000L) {
                    throw new IllegalStateException("the server did not answer in 60 s");
                }
                Thread.sleep(2);
            }
        }
    }

    static Optional<Path> serverJar(Options o) throws IOException {
        if (o.serverJar != null) {
            return Optional.of(Paths.get(o.serverJar));
        }
        List<Path> roots = new ArrayList<>();
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            roots.add(p);
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            for (Path p = Paths.get(entry).toAbsolutePath(); p != null; p = p.getParent()) {
                roots.add(p);
            }
        }
        for (Path root : roots) {
            Path target = root.resolve("fake-server").resolve("target");
            if (Files.isDirectory(target)) {
                try (Stream<Path> files = Files.list(target)) {
                    Optional<Path> jar = files.filter(f -> {
                                String name = f.getFileName().toString();
                                return name.startsWith("fake-cognito-identity-server-")
                                        && name.endsWith("-standalone.jar");
                            })
                            .findFirst();
                    if (jar.isPresent()) {
                        return jar;
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------------------ throughput

    private record Kind(String name, int port, LoadGenerator.RequestSource source) {}

    private static Table throughput(Options o, PrintStream out) throws Exception {
        Table table = new Table(
                "Throughput and latency: loopback HTTP/1.1 keep-alive, " + o.connections
                        + " connections, " + o.clientThreads + " client threads, " + o.rounds + " rounds of "
                        + o.seconds + " s",
                "request",
                "req/s",
                "p50 ms",
                "p99 ms",
                "p99.9 ms",
                "errors",
                "vs bare Undertow",
                "target",
                "verdict");
        try (FakeCognitoIdentity fake =
                        FakeCognitoIdentity.builder().journalSize(5000).start();
                BareUndertow bare = new BareUndertow()) {
            int port = fake.port();
            World seeded = fake.seed(Worlds.pool("Bench", o.poolIdentities));
            World.IdentityPool pool = seeded.identityPools().get(0);
            String poolId = pool.id();
            int n = pool.identities().size();
            byte[][] getIdExisting = new byte[n][];
            byte[][] credentials = new byte[n][];
            byte[][] describe = new byte[n][];
            byte[][] openId = new byte[n][];
            for (int i = 0; i < n; i++) {
                World.Identity identity = pool.identities().get(i);
                String user = identity.logins().get(Worlds.PROVIDER);
                String logins = "\"Logins\":{\"" + Worlds.PROVIDER + "\":\"" + user + "\"}";
                getIdExisting[i] =
                        Http.apiRequest(port, "GetId", "{\"IdentityPoolId\":\"" + poolId + "\"," + logins + "}");
                credentials[i] = Http.apiRequest(
                        port, "GetCredentialsForIdentity", "{\"IdentityId\":\"" + identity.id() + "\"," + logins + "}");
                describe[i] = Http.apiRequest(port, "DescribeIdentity", "{\"IdentityId\":\"" + identity.id() + "\"}");
                openId[i] = Http.apiRequest(
                        port, "GetOpenIdToken", "{\"IdentityId\":\"" + identity.id() + "\"," + logins + "}");
            }
            byte[] list = Http.apiRequest(
                    port, "ListIdentities", "{\"IdentityPoolId\":\"" + poolId + "\",\"MaxResults\":60}");
            long[] newRun = {0};
            byte[] bareRequest = Http.apiRequest(bare.port, "GetId", "{\"IdentityPoolId\":\"" + poolId + "\"}");
            List<Kind> allKinds = List.of(
                    new Kind("GetId, existing login", port, (t, s) -> getIdExisting[pick(t, s, n)]),
                    new Kind(BARE, bare.port, (t, s) -> bareRequest),
                    new Kind(
                            "GetId, new identity (new login)",
                            port,
                            (t, s) -> Http.apiRequest(
                                    port,
                                    "GetId",
                                    "{\"IdentityPoolId\":\"" + poolId + "\",\"Logins\":{\"" + Worlds.PROVIDER
                                            + "\":\"new-" + newRun[0] + "-" + t + "-" + s + "\"}}")),
                    new Kind("GetCredentialsForIdentity", port, (t, s) -> credentials[pick(t, s, n)]),
                    new Kind("DescribeIdentity", port, (t, s) -> describe[pick(t, s, n)]),
                    new Kind("ListIdentities (MaxResults 60)", port, (t, s) -> list),
                    new Kind("GetOpenIdToken", port, (t, s) -> openId[pick(t, s, n)]));
            List<Kind> kinds = allKinds.stream()
                    .filter(k -> o.kindFilter == null
                            || k.name().contains(o.kindFilter)
                            || k.name().equals(BARE))
                    .toList();
            List<List<LoadGenerator.Result>> results = new ArrayList<>();
            kinds.forEach(k -> results.add(new ArrayList<>()));
            for (int round = 0; round < o.rounds; round++) {
                for (int k = 0; k < kinds.size(); k++) {
                    newRun[0]++;
                    Kind kind = kinds.get(k);
                    int status = Http.exchange(kind.port(), kind.source().next(-1, -1)); // e.g. the signing key
                    if (status != 200) {
                        throw new IllegalStateException(kind.name() + " answered " + status);
                    }
                    LoadGenerator.Result r = LoadGenerator.run(
                            kind.port(),
                            o.connections,
                            o.clientThreads,
                            kinds.get(k).source(),
                            (long) (o.warmup * 1000),
                            (long) (o.seconds * 1000));
                    results.get(k).add(r);
                    if (r.firstError() != null) {
                        out.println("first error of " + kinds.get(k).name() + ": " + r.firstError());
                    }
                }
            }
            int bareIndex = kinds.indexOf(allKinds.get(1));
            double bareRps = median(results.get(bareIndex).stream()
                    .map(LoadGenerator.Result::throughput)
                    .toList());
            for (int k = 0; k < kinds.size(); k++) {
                List<LoadGenerator.Result> rs = results.get(k);
                boolean target = kinds.get(k) == allKinds.get(0);
                double medianRps =
                        median(rs.stream().map(LoadGenerator.Result::throughput).toList());
                double ratio = medianRps / bareRps;
                double medianP99 = median(rs.stream().map(r -> r.millis(99)).toList());
                long errors =
                        rs.stream().mapToLong(LoadGenerator.Result::errors).sum();
                String verdict = !target
                        ? ""
                        : o.smoke
                                ? "smoke"
                                : errors > 0 ? "ERRORS" : ratio >= 0.85 && medianP99 <= 5 ? "met" : "MISSED";
                table.row(cells(
                        kinds.get(k).name(),
                        rs,
                        Long.toString(errors),
                        String.format(Locale.ROOT, "%.2f×", ratio),
                        target ? ">= 0.85× bare Undertow, p99 <= 5 ms" : "",
                        verdict));
            }
        }
        return table;
    }

    /** A row of a load table: its name, the rounds' throughput, p50, p99 and p99.9, then the other cells. */
    private static String[] cells(String name, List<LoadGenerator.Result> rs, String... more) {
        List<String> cells = new ArrayList<>(List.of(
                name,
                range(rs.stream().map(LoadGenerator.Result::throughput).toList(), "%,.0f"),
                range(rs.stream().map(r -> r.millis(50)).toList(), "%.2f"),
                range(rs.stream().map(r -> r.millis(99)).toList(), "%.2f"),
                range(rs.stream().map(r -> r.millis(99.9)).toList(), "%.2f")));
        cells.addAll(List.of(more));
        return cells.toArray(String[]::new);
    }

    static final String BARE = "reference: bare Undertow handler, fixed answer";

    /**
     * Latency at a constant rate, from when each request was due (so a stall counts against every
     * request it held back): GetId with an existing login, and the bare Undertow reference, interleaved.
     */
    private static Table constantRate(Options o) throws Exception {
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
            List<Kind> kinds = List.of(
                    new Kind("GetId, existing login", fake.port(), (t, s) -> getId[pick(t, s, n)]),
                    new Kind(BARE, bare.port, (t, s) -> bareRequest));
            for (Kind kind : kinds) { // closed loop first, so that the JIT has compiled the paths
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
                table.row(cells(
                        kinds.get(k).name(),
                        rs,
                        range(rs.stream().map(r -> r.millis(100)).toList(), "%.1f"),
                        range(cpu.get(k), "%.1f"),
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

    /** Spreads the requests of the client threads over the seeded identities. */
    private static int pick(int thread, long sequence, int n) {
        return (int) Math.floorMod(sequence * 7919 + thread * 4999L, (long) n);
    }

    // ------------------------------------------------------------------------------------------ memory

    private static Table memory(Options o, PrintStream out) throws Exception {
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
                    javaExecutable(),
                    o.memoryHeap,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Benchmarks.class.getName(),
                    MEMORY_CHILD,
                    Integer.toString(size));
            String output = runChild(command);
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

    private static void memoryChild(int size) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            fake.seed(Worlds.pool("Warm-up", 1000)); // load and warm the seeding path
            fake.reset();
            long before = usedAfterGc(memory);
            World world = Worlds.pool("Memory", size);
            long t0 = System.nanoTime();
            World created = fake.seed(world);
            double seedMs = (System.nanoTime() - t0) / 1e6;
            if (created.identityCount() != size) {
                throw new IllegalStateException("seeded " + created.identityCount());
            }
            world = null;
            created = null;
            long after = usedAfterGc(memory);
            if (fake.snapshot().identityCount() != size) {
                throw new IllegalStateException("lost identities");
            }
            System.out.println("MEMORY " + size + " " + (after - before) + " " + seedMs);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    // ------------------------------------------------------------------------------------------ reset

    private static Table reset(Options o) {
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

    // ------------------------------------------------------------------------------------------ helpers

    static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
        return usedAfterGc(memory);
    }

    /** Deletes a folder this run made, with everything in it. */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String runChild(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        int exit = process.waitFor();
        String text = new String(output, StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IllegalStateException("child JVM " + command + " exited with " + exit + ":\n" + text);
        }
        return text;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String range(List<Double> values, String format) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        String lo = String.format(Locale.ROOT, format, min);
        String hi = String.format(Locale.ROOT, format, max);
        return lo.equals(hi) ? lo : lo + "–" + hi;
    }
}
