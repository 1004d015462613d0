package dev.fakecognito.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.model.World;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone jar with a data directory, killed with SIGKILL while clients create identities, link
 * logins and merge developer identities, then started again: every change it answered is there, with
 * the same identity ids, logins and merges. Bounded: four clients, at most 60 rounds each, the kill
 * after 150 answered changes; readiness is the banner line, not a wait.
 */
class CrashRecoveryIT {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");
    private static final Pattern IDENTITY_ID = Pattern.compile("\"IdentityId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern POOL_ID = Pattern.compile("\"IdentityPoolId\"\\s*:\\s*\"([^\"]+)\"");
    private static final String FACEBOOK = "graph.facebook.com";
    private static final String AMAZON = "www.amazon.com";
    private static final String DEVELOPER = "login.example";
    private static final int CLIENTS = 4;
    private static final int MAX_ROUNDS = 60;
    private static final int KILL_AFTER = 150;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What the fake answered: the facts that must survive. */
    private final Map<String, String> loginOwner = new ConcurrentHashMap<>(); // facebook user -> identity

    private final Map<String, String> linkedAmazon = new ConcurrentHashMap<>(); // amazon user -> identity
    private final Map<String, String> developerOwner = new ConcurrentHashMap<>(); // developer user -> identity
    private final Map<String, String> mergedInto = new ConcurrentHashMap<>(); // source identity -> destination
    private final List<String> stops = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyAnsweredChangeSurvivesAKillMinus9(@TempDir Path data) throws Exception {
        Fake first = Fake.start(data);
        String pool;
        CountDownLatch answered = new CountDownLatch(KILL_AFTER);
        List<Thread> clients = new ArrayList<>();
        try {
            pool = match(
                    POOL_ID,
                    call(
                            first.endpoint,
                            "CreateIdentityPool",
                            "{\"IdentityPoolName\":\"Crash\",\"AllowUnauthenticatedIdentities\":false,"
                                    + "\"SupportedLoginProviders\":{\"" + FACEBOOK + "\":\"app\",\"" + AMAZON
                                    + "\":\"app\"},\"DeveloperProviderName\":\"" + DEVELOPER + "\"}"));
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread thread = new Thread(() -> load(first.endpoint, pool, client, answered), "load-" + c);
                thread.start();
                clients.add(thread);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered.getCount() > 0
                    && System.nanoTime() < deadline
                    && clients.stream().anyMatch(Thread::isAlive)) {
                answered.await(20, TimeUnit.MILLISECONDS);
            }
            assertThat(answered.getCount() == 0)
                    .as("%s changes answered before the kill; clients stopped: %s", KILL_AFTER, stops)
                    .isTrue();
        } finally {
            first.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
            first.process.waitFor(30, TimeUnit.SECONDS);
        }
        for (Thread thread : clients) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(loginOwner).hasSizeGreaterThan(10);

        Fake second = Fake.start(data);
        try {
            World world = FakeAdminClient.connect(second.endpoint).snapshot();
            World.IdentityPool restored = world.identityPools().stream()
                    .filter(p -> p.id().equals(pool))
                    .findFirst()
                    .orElseThrow();
            Map<String, World.Identity> byId =
                    restored.identities().stream().collect(Collectors.toMap(World.Identity::id, identity -> identity));

            loginOwner.forEach(
                    (user, identityId) -> assertThat(byId.get(identityId).logins())
                            .as("facebook user %s of %s", user, identityId)
                            .containsEntry(FACEBOOK, user));
            linkedAmazon.forEach(
                    (user, identityId) -> assertThat(byId.get(identityId).logins())
                            .as("amazon user %s linked to %s", user, identityId)
                            .containsEntry(AMAZON, user));
            mergedInto.forEach((source, destination) -> {
                assertThat(byId.get(source).mergedInto())
                        .as("merged %s", source)
                        .isEqualTo(destination);
                assertThat(restored.merges())
                        .anyMatch(merge -> merge.source().equals(source)
                                && merge.destination().equals(destination));
            });
            developerOwner.forEach((user, identityId) -> {
                World.Identity identity = byId.get(identityId);
                assertThat(identity)
                        .as("identity %s of developer user %s", identityId, user)
                        .isNotNull();
                String holder = identity.mergedInto() == null ? identityId : identity.mergedInto();
                assertThat(byId.get(holder).developerUserIdentifiers())
                        .as("developer user %s (identity %s)", user, identityId)
                        .contains(user);
            });
            // and the API answers the same ids as before the kill
            loginOwner.entrySet().stream().limit(5).forEach(entry -> {
                String again = match(
                        IDENTITY_ID,
                        call(
                                second.endpoint,
                                "GetId",
                                "{\"IdentityPoolId\":\"" + pool + "\",\"Logins\":{\"" + FACEBOOK + "\":\""
                                        + entry.getKey() + "\"}}"));
                assertThat(again).isEqualTo(entry.getValue());
            });
        } finally {
            second.process.destroy();
            second.process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** One client: new logins, a linked login, two developer users merged; records what was answered. */
    private void load(URI endpoint, String pool, int client, CountDownLatch answered) {
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                String user = "fb-" + client + "-" + round;
                String id = match(
                        IDENTITY_ID,
                        call(
                                endpoint,
                                "GetId",
                                "{\"IdentityPoolId\":\"" + pool + "\",\"Logins\":{\"" + FACEBOOK + "\":\"" + user
                                        + "\"}}"));
                loginOwner.put(user, id);
                answered.countDown();
                String amazon = "amzn-" + client + "-" + round;
                match(
                        IDENTITY_ID,
                        call(
                                endpoint,
                                "GetId",
                                "{\"IdentityPoolId\":\"" + pool + "\",\"Logins\":{\"" + FACEBOOK + "\":\"" + user
                                        + "\",\"" + AMAZON + "\":\"" + amazon + "\"}}"));
                linkedAmazon.put(amazon, id);
                answered.countDown();
                String a = "dev-" + client + "-" + round + "-a";
                String b = "dev-" + client + "-" + round + "-b";
                String identityA = developer(endpoint, pool, a);
                developerOwner.put(a, identityA);
                String identityB = developer(endpoint, pool, b);
                developerOwner.put(b, identityB);
                answered.countDown();
                call(
                        endpoint,
                        "MergeDeveloperIdentities",
                        "{\"IdentityPoolId\":\"" + pool + "\",\"DeveloperProviderName\":\"" + DEVELOPER
                                + "\",\"SourceUserIdentifier\":\"" + b + "\",\"DestinationUserIdentifier\":\"" + a
                                + "\"}");
                mergedInto.put(identityB, identityA);
                answered.countDown();
            }
        } catch (IllegalStateException e) {
            stops.add(e.getMessage()); // the fake was killed: what was answered before is recorded
        }
    }

    private String developer(URI endpoint, String pool, String user) {
        return match(
                IDENTITY_ID,
                call(
                        endpoint,
                        "GetOpenIdTokenForDeveloperIdentity",
                        "{\"IdentityPoolId\":\"" + pool + "\",\"Logins\":{\"" + DEVELOPER + "\":\"" + user + "\"}}"));
    }

    /** One API call; an answer other than 200, or none, is an {@link IllegalStateException}. */
    private String call(URI endpoint, String operation, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityService." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer to " + operation + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(operation + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in " + body);
        }
        return matcher.group(1);
    }

    /** The standalone jar in its own JVM, with a data directory; started when its banner is out. */
    private record Fake(Process process, URI endpoint) {
        static Fake start(Path data) throws IOException {
            Path jar = Path.of(System.getProperty("standalone.jar", "target/standalone.jar"));
            assertThat(jar)
                    .as("the standalone jar (failsafe sets standalone.jar)")
                    .isRegularFile();
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toString(),
                            "--port",
                            "0",
                            "--data-dir",
                            data.toString())
                    .redirectErrorStream(true)
                    .start();
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> output = new ArrayList<>();
            Optional<URI> endpoint = Optional.empty();
            while (endpoint.isEmpty()) {
                String line = lines.readLine();
                if (line == null) {
                    throw new IllegalStateException("the fake stopped: " + output);
                }
                output.add(line);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    endpoint = Optional.of(URI.create(matcher.group(1)));
                }
            }
            Thread drain = new Thread(() -> {
                try {
                    while (lines.readLine() != null) {
                        // keep the pipe from filling
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            drain.setDaemon(true);
            drain.start();
            assertThat(Files.isDirectory(data)).isTrue();
            return new Fake(process, endpoint.get());
        }
    }
}
