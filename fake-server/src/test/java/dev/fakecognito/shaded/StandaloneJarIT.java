package dev.fakecognito.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone jar ({@code fake-cognito-identity-server-<version>-standalone.jar}), as the README says
 * to run it: copied alone into an empty folder and started there with {@code java -jar}, it logs the
 * fake's and Undertow's lines through slf4j-simple, seeds the fixtures it is given, serves
 * {@code /_fake/health} and stops on SIGTERM.
 */
class StandaloneJarIT {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");

    @Test
    void theStandaloneJarIsTheLibraryWithTheModelSlf4jAndAMainClass() throws Exception {
        try (JarFile jar = new JarFile(standaloneJar().toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Main-Class")).isEqualTo("dev.fakecognito.server.Main");
            assertThat(manifest.getValue("Class-Path")).isNull();
            assertThat(manifest.getValue("Multi-Release")).isEqualTo("true");
            assertThat(jar.getEntry("dev/fakecognito/server/FakeCognitoIdentity.class"))
                    .isNotNull();
            assertThat(jar.getEntry("dev/fakecognito/model/World.class")).isNotNull();
            assertThat(jar.getEntry("org/slf4j/LoggerFactory.class")).isNotNull();
            assertThat(jar.getEntry("org/slf4j/simple/SimpleLogger.class")).isNotNull();
            assertThat(jar.getEntry("META-INF/LICENSE")).isNotNull();
            assertThat(jar.getEntry("META-INF/NOTICE")).isNotNull();
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void copiedAloneIntoAnEmptyFolderItRunsWithFixturesAndAnswersHealth(@TempDir Path folder, @TempDir Path logs)
            throws Exception {
        Path jar = Files.copy(standaloneJar(), folder.resolve(standaloneJar().getFileName()));
        String fixtures = Path.of("fixtures/sample-world.yaml").toAbsolutePath().toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path classLog = logs.resolve("classes.txt");
        Process process = new ProcessBuilder(
                        java,
                        "-Xlog:class+load=info:file=" + classLog,
                        "-jar",
                        jar.getFileName().toString(),
                        "--port",
                        "0",
                        "--fixtures",
                        fixtures)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try {
            URI endpoint = null;
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            while (endpoint == null) {
                String line = lines.readLine();
                if (line == null) {
                    break;
                }
                output.add(line);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    endpoint = URI.create(matcher.group(1));
                }
            }
            assertThat(endpoint).as("the listening line in %s", output).isNotNull();
            assertThat(output).anyMatch(line -> line.contains("loaded 2 identity pools, 3 identities"));
            // Undertow's own lines come through JBoss Logging → SLF4J (slf4j-simple's format), under the
            // relocated category.
            assertThat(output)
                    .anyMatch(line ->
                            line.matches("\\[main] INFO dev\\.fakecognito\\.shaded\\.org\\.xnio - XNIO version .*"));

            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(endpoint.resolve("/_fake/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"identityPools\":2");
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).as("nothing beside the jar").containsExactly(jar);
            }
            // XNIO would register MBeans, which starts the platform MBean server (tens of ms of every
            // start): the jar leaves out XNIO's holder of that server, and XNIO goes on without MBeans.
            assertThat(Files.readAllLines(classLog))
                    .anyMatch(line -> line.contains(" dev.fakecognito.shaded.org.xnio.Xnio "))
                    .noneMatch(line -> line.contains(" com.sun.jmx.mbeanserver.JmxMBeanServer "));
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        }
    }

    private static Path standaloneJar() {
        String property = System.getProperty("standalone.jar");
        assertThat(property)
                .as("system property standalone.jar (set by failsafe)")
                .isNotNull();
        Path jar = Path.of(property);
        assertThat(jar).exists();
        return jar;
    }
}
