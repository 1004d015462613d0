package dev.fakecognito.benchmarks;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Start-up: the first fake in a fresh JVM, further fakes in the same JVM, the standalone jar with and
 * without its class-data archive, and the image; each beside its reference in the same run.
 */
final class Startup {
    private Startup() {}

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

    static Table table(Options o, PrintStream out) throws Exception {
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
                Processes.deleteTree(folder);
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
        Processes.runChild(List.of(
                Processes.javaExecutable(),
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                HelloWorld.class.getName()));
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double coldInChildJvm() throws Exception {
        List<String> command = List.of(
                Processes.javaExecutable(),
                "-cp",
                System.getProperty("java.class.path"),
                Benchmarks.class.getName(),
                Benchmarks.COLD_CHILD);
        String output = Processes.runChild(command);
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
        int port = Processes.freePort();
        Process process = new ProcessBuilder(
                        Processes.javaExecutable(),
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
        int port = Processes.freePort();
        List<String> command = new ArrayList<>();
        command.add(Processes.javaExecutable());
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
}
