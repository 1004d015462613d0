package dev.fakecognito.benchmarks;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.model.World;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The figures of issue #27, each beside its reference in the same run (rounds interleaved, so that a
 * machine other jobs load shows in both), for this build and, with {@code --before DIR}, for an earlier
 * build of the server (its library, model and standalone jars in DIR), with the machine's load average
 * while each was measured:
 *
 * <ul>
 *   <li>the first fake in a fresh JVM, process start → started → seeded (a pool, one identity) → first
 *       GetId answered; reference: the same Undertow answering a fixed body, same client, fresh JVM;
 *   <li>the standalone jar, process start → first 200 of an API call, plain {@code java -jar};
 *       references: the same Undertow as a process, and moto's server ({@code --moto PATH});
 *   <li>GetId (existing login) at saturation, and its server CPU per request at a constant rate, each
 *       server its own process (the standalone jars, the same Undertow), the client in this JVM;
 *   <li>the user-shaped suite (see {@link Suite}), with and without the fake.
 * </ul>
 */
final class Targets {
    private static final String POOLS_NOTE = "10 pools × 1,000 identities";

    private Targets() {}

    /** The servers compared in a row: this build, the earlier one when given, and the reference. */
    private record Contender(String name, boolean reference, Supplier<Double> once) {}

    static Table table(Options o, java.io.PrintStream out) throws Exception {
        Table table = new Table(
                "Issue #27 targets: each beside its reference in the same run (" + loadNow() + " at the start)",
                "measurement",
                "runs",
                "median",
                "range",
                "vs reference",
                "target",
                "verdict",
                "load average");
        Before before = Before.of(o);
        if (o.targets.contains("firstfake")) {
            firstFake(o, table, before);
            out.println("(first fake done, " + loadNow() + ")");
        }
        if (o.targets.contains("standalone")) {
            standalone(o, table, before);
            out.println("(standalone done, " + loadNow() + ")");
        }
        if (o.targets.contains("getid")) {
            getId(o, table, before);
            out.println("(GetId done, " + loadNow() + ")");
        }
        if (o.targets.contains("suite")) {
            Suite.compare(o, table, before == null ? null : before.classPath());
        }
        return table;
    }

    // ------------------------------------------------------------------------------------ first fake

    private static void firstFake(Options o, Table table, Before before) throws Exception {
        String classPath = System.getProperty("java.class.path");
        List<Contender> contenders = new ArrayList<>();
        contenders.add(new Contender(
                "reference: the same Undertow, fixed answer, in a fresh JVM",
                true,
                () -> firstCall(classPath, "bare")));
        contenders.add(new Contender(
                "first fake in a fresh JVM: start → seeded → first GetId answered",
                false,
                () -> firstCall(classPath, "fake")));
        if (before != null) {
            contenders.add(new Contender(
                    "  the same, before (" + before.name() + ")", false, () -> firstCall(before.classPath(), "fake")));
        }
        measure(o, table, contenders, o.jarRuns, 1.25, "ms");
    }

    private static double firstCall(String classPath, String kind) {
        try {
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(
                            Processes.javaExecutable(),
                            "-cp",
                            classPath,
                            Benchmarks.class.getName(),
                            FirstCall.CHILD,
                            kind)
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                StringBuilder seen = new StringBuilder();
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("ANSWERED 200")) {
                        double ms = (System.nanoTime() - t0) / 1e6;
                        process.waitFor();
                        return ms;
                    }
                    seen.append(line).append('\n');
                }
                throw new IllegalStateException("the first-call child (" + kind + ") printed:\n" + seen);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------ standalone

    private static void standalone(Options o, Table table, Before before) throws Exception {
        Optional<Path> jar = Startup.serverJar(o);
        if (jar.isEmpty()) {
            table.row("standalone jar", "0", "n/a", "not found (mvn package -pl fake-server -am)", "", "", "", "");
            return;
        }
        Path referenceClasses = referenceClasses();
        List<Contender> contenders = new ArrayList<>();
        contenders.add(new Contender(
                "reference: the same Undertow as a process, fixed answer",
                true,
                () -> firstAnswer(List.of(
                        Processes.javaExecutable(),
                        "-cp",
                        referenceClasses + File.pathSeparator + jar.get(),
                        SameUndertow.class.getName()))));
        contenders.add(new Contender(
                "standalone jar, plain java -jar: process start → first 200",
                false,
                () -> firstAnswer(
                        List.of(Processes.javaExecutable(), "-jar", jar.get().toString(), "--port"))));
        if (before != null) {
            contenders.add(new Contender(
                    "  the same, before (" + before.name() + ")",
                    false,
                    () -> firstAnswer(List.of(
                            Processes.javaExecutable(),
                            "-jar",
                            before.standalone().toString(),
                            "--port"))));
        }
        Path archiveDir = Files.createTempDirectory("fake-cds");
        Path archive = archiveDir.resolve("fake-cognito-identity.jsa");
        Startup.trainClassDataSharing(jar.get(), archive);
        contenders.add(new Contender(
                "  the same with its class-data archive (-XX:SharedArchiveFile, the README's recipe)",
                false,
                () -> firstAnswer(List.of(
                        Processes.javaExecutable(),
                        "-XX:SharedArchiveFile=" + archive,
                        "-jar",
                        jar.get().toString(),
                        "--port"))));
        String moto = motoServer(o);
        if (moto != null) {
            contenders.add(new Contender(
                    "moto's server (" + moto + "), process start → first 200",
                    false,
                    () -> firstAnswer(List.of(moto, "-p"))));
        }
        Map<Contender, Double> medians;
        try {
            medians = measure(o, table, contenders, o.jarRuns, 1.25, "ms");
        } finally {
            Processes.deleteTree(referenceClasses);
            Processes.deleteTree(archiveDir);
        }
        if (moto != null) {
            double motoMedian = medians.get(contenders.get(contenders.size() - 1));
            for (Contender c : contenders.subList(1, contenders.size() - 1)) {
                double ratio = medians.get(c) / motoMedian;
                boolean earlier = c.name().contains("before");
                table.row(
                        "  " + c.name().trim() + ", as a share of moto's server",
                        "",
                        "",
                        "",
                        String.format(Locale.ROOT, "%.2f× moto", ratio),
                        earlier ? "" : "<= 0.85× moto",
                        earlier ? "" : verdict(o, false, ratio <= 0.85),
                        "");
            }
        }
    }

    /** The reference's classes alone, so that its process has nothing else on its class path. */
    private static Path referenceClasses() throws IOException {
        Path dir = Files.createTempDirectory("same-undertow");
        for (String name : List.of("SameUndertow", "SameUndertow$Fixed", "SameUndertow$Threads")) {
            String resource = "/dev/fakecognito/benchmarks/" + name + ".class";
            try (InputStream in = Targets.class.getResourceAsStream(resource)) {
                Path file = dir.resolve("dev/fakecognito/benchmarks/" + name + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
        return dir;
    }

    /** The command and then a free port; polls it every 2 ms with the first call; the ms since start. */
    private static double firstAnswer(List<String> commandWithoutPort) {
        try {
            int port = Processes.freePort();
            List<String> command = new ArrayList<>(commandWithoutPort);
            command.add(Integer.toString(port));
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                return Startup.awaitFirstAnswer(port, Startup.firstCall(port), process, t0);
            } finally {
                process.destroy();
                process.waitFor();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** moto's server: {@code --moto PATH}, else {@code moto_server} found on the PATH (its real script). */
    private static String motoServer(Options o) {
        if (o.moto != null) {
            return o.moto.equals("none") ? null : o.moto;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Paths.get(dir, "moto_server");
            if (Files.isExecutable(candidate)) {
                if (dir.contains(".pyenv/shims")) { // a shim runs pyenv first: ask it for the real script
                    try {
                        Process which = new ProcessBuilder("pyenv", "which", "moto_server").start();
                        String real = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                        if (which.waitFor() == 0 && !real.isEmpty()) {
                            return real;
                        }
                    } catch (IOException | InterruptedException e) {
                        return candidate.toString();
                    }
                }
                return candidate.toString();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------ GetId

    /** A server process of the GetId rows: where it listens, its GetId requests, its process. */
    private record Server(String name, boolean reference, Process process, int port, byte[][] requests) {}

    private static void getId(Options o, Table table, Before before) throws Exception {
        Optional<Path> jar = Startup.serverJar(o);
        if (jar.isEmpty()) {
            return;
        }
        Path referenceClasses = referenceClasses();
        List<Server> servers = new ArrayList<>();
        try {
            servers.add(reference(referenceClasses, jar.get()));
            servers.add(fake("GetId, existing login (" + POOLS_NOTE + "), this build", jar.get(), o));
            if (before != null) {
                servers.add(fake("  the same, before (" + before.name() + ")", before.standalone(), o));
            }
            Map<Server, List<Double>> rps = new LinkedHashMap<>();
            Map<Server, List<Double>> p99 = new LinkedHashMap<>();
            Map<Server, List<Double>> cpu = new LinkedHashMap<>();
            Map<Server, List<Double>> processCpu = new LinkedHashMap<>();
            Map<Server, double[]> load = new LinkedHashMap<>();
            for (Server s : servers) {
                rps.put(s, new ArrayList<>());
                p99.put(s, new ArrayList<>());
                cpu.put(s, new ArrayList<>());
                processCpu.put(s, new ArrayList<>());
                load.put(s, new double[] {Double.MAX_VALUE, 0});
            }
            for (int round = 0; round < o.rounds; round++) {
                for (Server s : servers) {
                    double loadBefore = load1();
                    LoadGenerator.RequestSource source =
                            (t, n) -> s.requests()[Throughput.pick(t, n, s.requests().length)];
                    LoadGenerator.Result closed = LoadGenerator.run(
                            s.port(), o.connections, o.clientThreads, source, (long) (o.warmup * 1000), (long)
                                    (o.seconds * 1000));
                    rps.get(s).add(closed.throughput());
                    p99.get(s).add(closed.millis(99));
                    // constant rate: a warm-up at the rate, then the measured run between two CPU readings
                    LoadGenerator.run(
                            s.port(), o.connections, o.clientThreads, source, (long) (o.warmup * 1000), 0, o.rate);
                    long[] cpuBefore = ProcessCpu.of(s.process().pid());
                    LoadGenerator.Result rate = LoadGenerator.run(
                            s.port(), o.connections, o.clientThreads, source, 0, (long) (o.seconds * 1000), o.rate);
                    long[] cpuAfter = ProcessCpu.of(s.process().pid());
                    cpu.get(s).add((cpuAfter[0] - cpuBefore[0]) / (double) Math.max(1, rate.requests()));
                    processCpu.get(s).add((cpuAfter[1] - cpuBefore[1]) / (double) Math.max(1, rate.requests()));
                    double loadAfter = load1();
                    double[] l = load.get(s);
                    l[0] = Math.min(l[0], Math.min(loadBefore, loadAfter));
                    l[1] = Math.max(l[1], Math.max(loadBefore, loadAfter));
                    if (closed.errors() + rate.errors() > 0) {
                        table.row(
                                s.name() + ": ERRORS " + closed.firstError() + " " + rate.firstError(),
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "");
                    }
                }
            }
            Server reference = servers.get(0);
            double refRps = Processes.median(rps.get(reference));
            double refCpu = Processes.median(cpu.get(reference));
            for (Server s : servers) {
                double median = Processes.median(rps.get(s));
                double ratio = median / refRps;
                table.row(
                        s.name() + ": req/s at saturation (p99 " + Processes.range(p99.get(s), "%.1f") + " ms)",
                        Integer.toString(rps.get(s).size()),
                        String.format(Locale.ROOT, "%,.0f", median),
                        Processes.range(rps.get(s), "%,.0f"),
                        s.reference() ? "1.00×" : String.format(Locale.ROOT, "%.2f×", ratio),
                        s.reference() ? "" : ">= 0.85×",
                        verdict(o, s.reference(), ratio >= 0.85),
                        loadRange(load.get(s)));
            }
            for (Server s : servers) {
                double median = Processes.median(cpu.get(s));
                table.row(
                        s.name() + ": server CPU per request at " + String.format(Locale.ROOT, "%,.0f", o.rate)
                                + " req/s (XNIO threads; whole process " + Processes.range(processCpu.get(s), "%.1f")
                                + " µs)",
                        Integer.toString(cpu.get(s).size()),
                        String.format(Locale.ROOT, "%.1f µs", median),
                        Processes.range(cpu.get(s), "%.1f") + " µs",
                        s.reference() ? "–" : String.format(Locale.ROOT, "%+.1f µs", median - refCpu),
                        s.reference() ? "" : "<= +4 µs",
                        verdict(o, s.reference(), median - refCpu <= 4),
                        loadRange(load.get(s)));
            }
        } finally {
            for (Server s : servers) {
                s.process().destroy();
                s.process().waitFor();
            }
            Processes.deleteTree(referenceClasses);
        }
    }

    private static Server reference(Path classes, Path jar) throws Exception {
        int port = Processes.freePort();
        Process process = new ProcessBuilder(
                        Processes.javaExecutable(),
                        "-cp",
                        classes + File.pathSeparator + jar,
                        SameUndertow.class.getName(),
                        Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Startup.awaitFirstAnswer(port, Startup.firstCall(port), process, System.nanoTime());
        byte[][] requests = new byte[1000][];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = getId(port, "us-east-1:11111111-2222-3333-4444-555555555555", Worlds.user(i));
        }
        return new Server("reference: the same Undertow as a process, fixed answer", true, process, port, requests);
    }

    private static Server fake(String name, Path standalone, Options o) throws Exception {
        int port = Processes.freePort();
        Process process = new ProcessBuilder(
                        Processes.javaExecutable(), "-jar", standalone.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Startup.awaitFirstAnswer(port, Startup.firstCall(port), process, System.nanoTime());
        FakeAdmin admin = FakeAdminClient.connect(URI.create("http://127.0.0.1:" + port));
        int pools = o.smoke ? 2 : 10;
        int perPool = Math.max(1, o.poolIdentities / pools);
        List<byte[]> requests = new ArrayList<>();
        for (int p = 0; p < pools; p++) {
            World.IdentityPool pool = admin.seed(Worlds.pool("Bench" + p, perPool))
                    .identityPools()
                    .get(0);
            for (World.Identity identity : pool.identities()) {
                requests.add(getId(port, pool.id(), identity.logins().get(Worlds.PROVIDER)));
            }
        }
        return new Server(name, false, process, port, requests.toArray(byte[][]::new));
    }

    private static byte[] getId(int port, String pool, String user) {
        return Http.apiRequest(
                port,
                "GetId",
                "{\"IdentityPoolId\":\"" + pool + "\",\"Logins\":{\"" + Worlds.PROVIDER + "\":\"" + user + "\"}}");
    }

    // ------------------------------------------------------------------------------------ helpers

    /** Runs the contenders' rounds interleaved and adds a row each, with its ratio to the reference's median. */
    private static Map<Contender, Double> measure(
            Options o, Table table, List<Contender> contenders, int runs, double targetRatio, String unit) {
        Map<Contender, List<Double>> times = new LinkedHashMap<>();
        Map<Contender, double[]> load = new LinkedHashMap<>();
        contenders.forEach(c -> {
            times.put(c, new ArrayList<>());
            load.put(c, new double[] {Double.MAX_VALUE, 0});
        });
        contenders.forEach(c -> c.once().get()); // not measured: file caches warm for every contender alike
        for (int i = 0; i < runs; i++) {
            for (Contender c : contenders) {
                double before = load1();
                times.get(c).add(c.once().get());
                double after = load1();
                double[] l = load.get(c);
                l[0] = Math.min(l[0], Math.min(before, after));
                l[1] = Math.max(l[1], Math.max(before, after));
            }
        }
        Contender reference = contenders.get(0);
        double ref = Processes.median(times.get(reference));
        Map<Contender, Double> medians = new LinkedHashMap<>();
        for (Contender c : contenders) {
            double median = Processes.median(times.get(c));
            medians.put(c, median);
            double ratio = median / ref;
            table.row(
                    c.name(),
                    Integer.toString(times.get(c).size()),
                    String.format(Locale.ROOT, "%.0f %s", median, unit),
                    Processes.range(times.get(c), "%.0f") + " " + unit,
                    c.reference() ? "1.00×" : String.format(Locale.ROOT, "%.2f×", ratio),
                    c.reference() ? "" : String.format(Locale.ROOT, "<= %.2f×", targetRatio),
                    verdict(o, c.reference(), ratio <= targetRatio),
                    loadRange(load.get(c)));
        }
        return medians;
    }

    private static String verdict(Options o, boolean reference, boolean met) {
        return reference ? "" : o.smoke ? "smoke" : met ? "met" : "MISSED";
    }

    private static String loadRange(double[] range) {
        return range[0] == Double.MAX_VALUE ? "" : String.format(Locale.ROOT, "%.1f–%.1f", range[0], range[1]);
    }

    /** The 1-minute load average (Linux), or NaN. */
    static double load1() {
        try {
            return Double.parseDouble(
                    Files.readString(Paths.get("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static String loadNow() {
        try {
            String[] parts = Files.readString(Paths.get("/proc/loadavg")).split(" ");
            return "load average " + parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "load average unknown";
        }
    }

    /** An earlier build: {@code --before DIR} with its server library, model and standalone jars. */
    record Before(String name, Path standalone, String classPath) {
        static Before of(Options o) throws IOException {
            if (o.before == null) {
                return null;
            }
            Path dir = Paths.get(o.before);
            Path standalone = null;
            Path server = null;
            Path model = null;
            Path junit = null;
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String n = f.getFileName().toString();
                    if (n.endsWith("-standalone.jar")) {
                        standalone = f;
                    } else if (n.startsWith("fake-cognito-identity-server-") && n.endsWith(".jar")) {
                        server = f;
                    } else if (n.startsWith("fake-cognito-identity-model-") && n.endsWith(".jar")) {
                        model = f;
                    } else if (n.startsWith("fake-cognito-identity-junit5-") && n.endsWith(".jar")) {
                        junit = f;
                    }
                }
            }
            if (standalone == null || server == null || model == null) {
                throw new IllegalArgumentException("--before " + dir + " needs the server's library, model and"
                        + " standalone jars (fake-cognito-identity-server-*.jar, -model-*.jar, *-standalone.jar)");
            }
            // The earlier jars first, so that their classes win over this build's, which a jar's manifest
            // Class-Path (the benchmarks jar's lib/) may still list after them.
            // The JUnit extension's jar is optional: without it the suite row runs this build's extension.
            List<String> entries = new ArrayList<>(List.of(server.toString(), model.toString()));
            if (junit != null) {
                entries.add(junit.toString());
            }
            for (String entry : Processes.expandedClassPath()) {
                String n = Paths.get(entry).getFileName().toString();
                if (!n.startsWith("fake-cognito-identity-server-")
                        && !n.startsWith("fake-cognito-identity-model-")
                        && !(junit != null && n.startsWith("fake-cognito-identity-junit5-"))) {
                    entries.add(entry);
                }
            }
            return new Before(dir.getFileName().toString(), standalone, String.join(File.pathSeparator, entries));
        }
    }
}
