package dev.fakecognito.uitests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Figures the tests measure, printed and appended to {@code target/ui-measurements.txt} with the machine's load. */
final class Measurements {
    private Measurements() {}

    static void record(String what, String figures) {
        String line = Instant.now() + " " + what + ": " + figures + " (load average " + load() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)";
        System.out.println(line);
        try {
            Path file = Path.of(System.getProperty("screenshots.dir", "target/screenshots"))
                    .getParent()
                    .resolve("ui-measurements.txt");
            Files.writeString(
                    file,
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
