package dev.fakecognito.uitests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standalone jar run as users run it ({@code java -jar … --port 0 …}), until closed. */
final class StandaloneJar implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");

    private final Process process;
    final URI endpoint;
    final List<String> output = new ArrayList<>();

    StandaloneJar(String... options) throws IOException {
        Path jar = Path.of(System.getProperty("standalone.jar", "../fake-server/target/standalone.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No standalone jar at " + jar + ": build fake-server first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--port",
                "0"));
        command.addAll(List.of(options));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        URI found = null;
        while (found == null) {
            String line = lines.readLine();
            if (line == null) {
                throw new IllegalStateException("The standalone jar stopped: " + output);
            }
            output.add(line);
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                found = URI.create(matcher.group(1));
            }
        }
        endpoint = found;
        Thread drain = new Thread(
                () -> {
                    try {
                        while (lines.readLine() != null) {
                            // keep the pipe from filling
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                },
                "standalone-jar-output");
        drain.setDaemon(true);
        drain.start();
    }

    /** The banner line: the one that says where the fake listens. */
    String banner() {
        return output.get(output.size() - 1);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
