package dev.fakecognito.uitests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * npm projects of the build, installed exactly as their {@code package-lock.json} pins them: {@code npm ci}
 * when the lock file changed since the last install (a stamp in {@code node_modules} remembers it), so a
 * fresh clone installs from the registry and later runs reuse what is there.
 */
final class Npm {
    private static final String STAMP = ".fake-cognito-lock-sha256";

    private Npm() {}

    /** The {@code ui-tests} folder (its package.json: aws-amplify, cognito-local, axe-core). */
    static Path uiTests() {
        return Path.of(System.getProperty("ui-tests.dir", ".")).toAbsolutePath().normalize();
    }

    /** The web app sample, {@code samples/web-app}. */
    static Path webApp() {
        return Path.of(System.getProperty("web-app.dir", "../samples/web-app"))
                .toAbsolutePath()
                .normalize();
    }

    /** Installs the project's packages as locked, unless already installed from the same lock file. */
    static synchronized Path installed(Path project) {
        try {
            String lock = sha256(Files.readAllBytes(project.resolve("package-lock.json")));
            Path stamp = project.resolve("node_modules").resolve(STAMP);
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(lock)) {
                return project;
            }
            run(project, Duration.ofMinutes(10), Map.of(), "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            Files.writeString(stamp, lock);
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a command in a folder and returns what it printed on standard output.
     *
     * @throws IllegalStateException when it fails or outlasts the time-out, with all it printed
     */
    static String run(Path folder, Duration timeout, Map<String, String> environment, String... command) {
        try {
            Path out = Files.createTempFile("npm-out-", ".txt");
            Path err = Files.createTempFile("npm-err-", ".txt");
            try {
                List<String> line = new ArrayList<>(List.of(command));
                line.set(
                        0,
                        onPath(command[0]) == null
                                ? command[0]
                                : onPath(command[0]).toString());
                ProcessBuilder builder = new ProcessBuilder(line)
                        .directory(folder.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                builder.environment().putAll(environment);
                builder.environment().put("NODE_NO_WARNINGS", "1");
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeout
                            + "; it printed: " + Files.readString(out) + Files.readString(err));
                }
                String printed = Files.readString(out, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " in " + folder + " exited with "
                            + process.exitValue() + ": " + printed + Files.readString(err, StandardCharsets.UTF_8));
                }
                return printed;
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The executable of that name on the {@code PATH}, or null. */
    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
