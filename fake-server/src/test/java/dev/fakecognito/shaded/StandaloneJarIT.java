package dev.fakecognito.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code java -jar} on the shaded jar, as the README says to run it: it starts with only SLF4J beside
 * it in {@code lib/}, logs the fake's and Undertow's lines through slf4j-simple, serves
 * {@code /_fake/health} and stops on SIGTERM.
 */
class StandaloneJarIT {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theJarRunsWithFixturesAndAnswersHealth() throws Exception {
        Path jar = Path.of(FakeCognitoIdentity.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java, "-jar", jar.toString(), "--port", "0", "--fixtures", "fixtures/sample-world.yaml")
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
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        }
    }
}
