package dev.fakecognito.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.admin.FakeClock;
import dev.fakecognito.model.World;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * banner alone through slf4j-simple (the bundled libraries' lines from the debug level on), seeds the fixtures it is given, serves
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
        List<String> output = new ArrayList<>();
        Process process = start(
                folder,
                Map.of(),
                output,
                java,
                "-Xlog:class+load=info:file=" + classLog,
                "-jar",
                jar.getFileName().toString(),
                "--port",
                "0",
                "--fixtures",
                fixtures);
        try {
            URI endpoint = endpoint(output);
            assertThat(endpoint).as("the listening line in %s", output).isNotNull();
            assertThat(output).anyMatch(line -> line.contains("loaded 2 identity pools, 3 identities"));
            // At the default level the banner is all it says: the bundled libraries' version lines are noise.
            assertThat(output).singleElement().asString().contains("Fake Cognito Identity");

            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(endpoint.resolve("/_fake/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"identityPools\":2");
            // the clock contract over HTTP: a test freezes the standalone fake's time, and it holds
            FakeAdmin admin = FakeAdminClient.connect(endpoint);
            Instant newYear = Instant.parse("2026-01-01T00:00:00Z");
            assertThat(admin.freezeClock(newYear)).isEqualTo(new FakeClock(newYear, true));
            World seeded = admin.seed("identityPools: [{name: Clocked, identities: [{}]}]");
            assertThat(seeded.pool("Clocked").identities().get(0).creationDate())
                    .isEqualTo(newYear);
            assertThat(admin.useSystemClock().frozen()).isFalse();
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

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void atDebugLevelTheBundledLibrariesLogThroughSlf4jUnderTheirRelocatedNames(@TempDir Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> output = new ArrayList<>();
        Process process = start(
                folder,
                Map.of("FAKE_COGNITO_LOG_LEVEL", "debug"),
                output,
                java,
                "-jar",
                standaloneJar().toString(),
                "--port",
                "0");
        try {
            assertThat(endpoint(output)).as("the listening line in %s", output).isNotNull();
            // Undertow and XNIO log through JBoss Logging → SLF4J (slf4j-simple's format).
            assertThat(output)
                    .anyMatch(line ->
                            line.matches("\\[main] INFO dev\\.fakecognito\\.shaded\\.org\\.xnio - XNIO version .*"));
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void apiCallsLoadNeitherDataBindingNorYamlNorTokenCryptoNorLocaleCalendars(@TempDir Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path classLog = folder.resolve("classes.txt");
        List<String> output = new ArrayList<>();
        Process process = start(
                folder,
                Map.of(),
                output,
                java,
                "-Xlog:class+load=info:file=" + classLog,
                "-jar",
                standaloneJar().toString(),
                "--port",
                "0");
        try {
            URI endpoint = endpoint(output);
            assertThat(endpoint).as("the listening line in %s", output).isNotNull();
            String created = api(
                    endpoint,
                    "CreateIdentityPool",
                    "{\"IdentityPoolName\":\"Lean\",\"AllowUnauthenticatedIdentities\":true,"
                            + "\"SupportedLoginProviders\":{\"graph.facebook.com\":\"123\"}}");
            Matcher id = Pattern.compile("\"IdentityPoolId\":\"([^\"]+)\"").matcher(created);
            assertThat(id.find()).as(created).isTrue();
            String pool = id.group(1);
            String login = "{\"IdentityPoolId\":\"" + pool + "\",\"Logins\":{\"graph.facebook.com\":\"fb-1\"}}";
            assertThat(api(endpoint, "GetId", login)).contains("\"IdentityId\"");
            assertThat(api(endpoint, "GetId", login)).contains("\"IdentityId\"");
            assertThat(api(endpoint, "GetId", "{\"IdentityPoolId\":\"" + pool + "\"}"))
                    .contains("\"IdentityId\"");
            assertThat(api(endpoint, "DescribeIdentityPool", "{\"IdentityPoolId\":\"" + pool + "\"}"))
                    .contains("Lean");
            assertThat(api(endpoint, "ListIdentityPools", "{\"MaxResults\":5}")).contains("Lean");
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        // What start-up and the first calls need is the API; these load with the features that use them
        // (fixtures, admin documents, login-token verification, token signing) or never (the Date header
        // is formatted without SimpleDateFormat; records on the call path write out equals and hashCode).
        assertThat(Files.readAllLines(classLog))
                .anyMatch(line -> line.contains(" dev.fakecognito.server.internal.operations.GetId "))
                .noneMatch(line -> line.contains(".jackson.databind.ObjectMapper "))
                .noneMatch(line -> line.contains(".jackson.databind.deser."))
                .noneMatch(line -> line.contains(".snakeyaml."))
                .noneMatch(line -> line.contains(".nimbusds.jose.crypto."))
                .noneMatch(line -> line.contains(".nimbusds.jose.jwk."))
                .noneMatch(line -> line.contains(" java.lang.runtime.ObjectMethods "))
                .noneMatch(line -> line.contains(" sun.util.resources.cldr.CalendarData "))
                .noneMatch(line -> line.contains(" sun.util.resources.cldr.TimeZoneNames"));
    }

    /** One API call over HTTP; its body. */
    private static String api(URI endpoint, String operation, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(endpoint)
                                .header("Content-Type", "application/x-amz-json-1.1")
                                .header("X-Amz-Target", "AWSCognitoIdentityService." + operation)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("%s: %s", operation, response.body())
                .isEqualTo(200);
        return response.body();
    }

    /** Starts a process with its output (and errors) read into {@code output} up to the banner line. */
    private static Process start(Path folder, Map<String, String> environment, List<String> output, String... command)
            throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().remove("FAKE_COGNITO_LOG_LEVEL");
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            output.add(line);
            if (LISTENING.matcher(line).find()) {
                break;
            }
        }
        return process;
    }

    /** The endpoint the banner names, or null without a banner. */
    private static URI endpoint(List<String> output) {
        for (String line : output) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                return URI.create(matcher.group(1));
            }
        }
        return null;
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
