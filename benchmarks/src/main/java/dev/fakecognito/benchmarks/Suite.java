package dev.fakecognito.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The user-shaped suite: {@code classes} generated test classes of {@code tests} tests each, run in a
 * fresh JVM through the JUnit Platform launcher (as a build tool runs them), once with
 * {@code @CognitoIdentityTest(fixtures = "cognito/world.yaml")} on every class (a 50-identity fixture,
 * so one fake per class, reset and re-seeded before each test, each test reading it through the injected
 * {@code FakeAdmin}) and once the same classes without the fake. The row is the extra wall time of the
 * whole JVM, process start to exit; runs interleaved.
 */
final class Suite {
    static final String CHILD = "--child-suite";
    private static final String PACKAGE = "usersuite";
    private static final int IDENTITIES = 50;

    private Suite() {}

    static Table table(Options o) throws Exception {
        Table table = new Table(
                "User-shaped suite: " + o.suiteClasses + " test classes × " + o.suiteTests
                        + " tests, JUnit Platform launcher in a fresh JVM, " + o.suiteRounds + " rounds",
                "measurement",
                "runs",
                "median",
                "range",
                "target",
                "verdict");
        Path with = compile(o, true);
        Path without = compile(o, false);
        List<Double> withTimes = new ArrayList<>();
        List<Double> withoutTimes = new ArrayList<>();
        List<Double> extra = new ArrayList<>();
        try {
            for (int round = 0; round < o.suiteRounds; round++) {
                double a = run(without, o, System.getProperty("java.class.path"));
                double b = run(with, o, System.getProperty("java.class.path"));
                withoutTimes.add(a);
                withTimes.add(b);
                extra.add(b - a);
            }
        } finally {
            Processes.deleteTree(with.getParent()); // the classes' folder is in the suite's own one
            Processes.deleteTree(without.getParent());
        }
        table.add(o, "suite without the fake: JVM start to exit", withoutTimes, Double.NaN, "ms");
        table.add(o, "suite with @CognitoIdentityTest and a 50-identity fixture", withTimes, Double.NaN, "ms");
        table.add(o, "extra wall time with the fake (per round: with − without)", extra, 3000, "ms");
        return table;
    }

    /**
     * The suite's rows of the issue #27 table: the extra wall time with the fake, this build and (given
     * its class path) an earlier one, beside the same suite without the fake; rounds interleaved.
     */
    static void compare(Options o, Table table, String beforeClassPath) throws Exception {
        Path with = compile(o, true);
        Path without = compile(o, false);
        List<Double> withoutTimes = new ArrayList<>();
        List<Double> extra = new ArrayList<>();
        List<Double> extraBefore = new ArrayList<>();
        double[] load = {Double.MAX_VALUE, 0};
        try {
            for (int round = 0; round < o.suiteRounds; round++) {
                note(load);
                double a = run(without, o, System.getProperty("java.class.path"));
                double b = run(with, o, System.getProperty("java.class.path"));
                withoutTimes.add(a);
                extra.add(b - a);
                if (beforeClassPath != null) {
                    extraBefore.add(run(with, o, beforeClassPath) - a);
                }
                note(load);
            }
        } finally {
            Processes.deleteTree(with.getParent());
            Processes.deleteTree(without.getParent());
        }
        String loads = String.format(Locale.ROOT, "%.1f–%.1f", load[0], load[1]);
        table.row(
                "reference: user-shaped suite (" + o.suiteClasses + " classes × " + o.suiteTests
                        + " tests) without the fake, JVM start to exit",
                Integer.toString(withoutTimes.size()),
                String.format(Locale.ROOT, "%.0f ms", Processes.median(withoutTimes)),
                Processes.range(withoutTimes, "%.0f") + " ms",
                "",
                "",
                "",
                loads);
        row(o, table, "the same with @CognitoIdentityTest and a 50-identity fixture: extra wall time", extra, loads);
        if (beforeClassPath != null) {
            row(o, table, "  the same, before", extraBefore, loads);
        }
    }

    private static void row(Options o, Table table, String name, List<Double> extra, String loads) {
        double median = Processes.median(extra);
        table.row(
                name,
                Integer.toString(extra.size()),
                String.format(Locale.ROOT, "%+.0f ms", median),
                Processes.range(extra, "%+.0f") + " ms",
                String.format(Locale.ROOT, "%+.0f ms", median),
                "<= +1000 ms",
                o.smoke ? "smoke" : median <= 1000 ? "met" : "MISSED",
                loads);
    }

    private static void note(double[] load) {
        double now = Targets.load1();
        load[0] = Math.min(load[0], now);
        load[1] = Math.max(load[1], now);
    }

    /** Writes and compiles the suite's classes (and its fixture) into a new folder. */
    private static Path compile(Options o, boolean withFake) throws Exception {
        Path root = Files.createTempDirectory(withFake ? "suite-with-fake" : "suite-without-fake");
        Path sources = Files.createDirectories(root.resolve("src").resolve(PACKAGE));
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<String> files = new ArrayList<>();
        for (int c = 0; c < o.suiteClasses; c++) {
            String name = String.format(Locale.ROOT, "Feature%03dTest", c);
            StringBuilder java = new StringBuilder("package " + PACKAGE + ";\n\n")
                    .append("import static org.junit.jupiter.api.Assertions.assertEquals;\n\n")
                    .append("import dev.fakecognito.admin.FakeAdmin;\n")
                    .append("import dev.fakecognito.junit5.CognitoIdentityTest;\n")
                    .append("import org.junit.jupiter.api.Test;\n\n")
                    .append(withFake ? "@CognitoIdentityTest(fixtures = \"cognito/world.yaml\")\n" : "")
                    .append("class ")
                    .append(name)
                    .append(" {\n");
            for (int t = 0; t < o.suiteTests; t++) {
                java.append("    @Test\n    void scenario")
                        .append(t)
                        .append(withFake ? "(FakeAdmin fake) {\n" : "() {\n")
                        .append("        assertEquals(")
                        .append(IDENTITIES)
                        .append(withFake ? ", fake.snapshot().identityCount());\n" : ", " + IDENTITIES + ");\n")
                        .append("    }\n");
            }
            java.append("}\n");
            Path file = sources.resolve(name + ".java");
            Files.writeString(file, java, StandardCharsets.UTF_8);
            files.add(file.toString());
        }
        Path fixture = Files.createDirectories(classes.resolve("cognito")).resolve("world.yaml");
        StringBuilder yaml = new StringBuilder("identityPools:\n  - name: Suite\n")
                .append("    allowUnauthenticatedIdentities: true\n")
                .append("    supportedLoginProviders: { graph.facebook.com: \"123456789012345\" }\n")
                .append("    identities:\n");
        for (int i = 0; i < IDENTITIES; i++) {
            yaml.append(String.format(
                    Locale.ROOT,
                    "      - id: us-east-1:aaaaaaaa-0000-0000-0000-%012d%n        logins: { graph.facebook.com: %s }%n",
                    i,
                    Worlds.user(i)));
        }
        Files.writeString(fixture, yaml, StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the suite row needs a JDK (javax.tools), not a JRE");
        }
        List<String> args = new ArrayList<>(List.of(
                "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
        args.addAll(files);
        if (compiler.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the generated suite does not compile");
        }
        return classes;
    }

    /** Runs the suite in a fresh JVM; returns its wall time, process start to exit, in ms. */
    private static double run(Path classes, Options o, String classPath) throws Exception {
        long t0 = System.nanoTime();
        String output = Processes.runChild(List.of(
                Processes.javaExecutable(),
                "-cp",
                classes + File.pathSeparator + classPath,
                Benchmarks.class.getName(),
                CHILD));
        double ms = (System.nanoTime() - t0) / 1e6;
        String expected = "SUITE " + (o.suiteClasses * o.suiteTests) + " succeeded 0 failed";
        if (!output.contains(expected)) {
            throw new IllegalStateException("the suite did not pass (" + expected + "):\n" + output);
        }
        return ms;
    }

    /** The child JVM: discovers and runs the generated package, prints the counts. */
    static void child() {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(PACKAGE))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.getFailures().forEach(f -> f.getException().printStackTrace(System.out));
        System.out.println("SUITE " + summary.getTestsSucceededCount() + " succeeded " + summary.getTotalFailureCount()
                + " failed");
    }
}
