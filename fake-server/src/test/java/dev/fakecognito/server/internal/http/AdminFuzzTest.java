package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A bounded, reproducible fuzz (fixed seed; {@code -Dfuzz.seed=N -Dfuzz.requests=N} explore further)
 * of the admin endpoints and of fixture documents: mutated YAML and JSON worlds (broken syntax, tags,
 * anchors, second documents, deep nesting, long lines, lone surrogates, wrong types) loaded in process
 * and posted to {@code /_fake/fixtures}, and random admin calls (methods, paths, the admin header or
 * not, YAML or JSON). Loading may only succeed or throw {@link FixtureException}; every answer is
 * well-formed (a JSON object, or the YAML state; errors with a {@code __type}), never a 5xx; the fake
 * keeps serving and its state always seeds back into an equal world.
 */
class AdminFuzzTest extends ProtocolTestBase {
    private static final long SEED = Long.getLong("fuzz.seed", 20261127L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 400);
    /** A bound on the wall time too: the machine may be loaded. */
    private static final long MAX_NANOS = 90_000_000_000L;

    private static final List<String> SNIPPETS = List.of(
            "!!javax.script.ScriptEngineManager [x]",
            "!foo ",
            "&anchor ",
            "*anchor",
            "\n---\n",
            "\n...\n",
            "? ",
            "- ",
            ": ",
            "{",
            "[",
            "}",
            "]",
            "\t",
            "\"\\ud800\"",
            "\ud800",
            "%TAG ! tag:x,2000:\n",
            "# comment\n",
            "null",
            "~",
            "12e999",
            "-1",
            "true",
            "\"\"",
            "us-east-1:aaaaaaaa-0000-0000-0000-000000000001",
            "mergedInto: us-east-1:aaaaaaaa-0000-0000-0000-000000000001\n",
            "disabled: false\n",
            "logins: { graph.facebook.com: x }\n",
            "merges: [ { source: a, destination: b } ]\n");

    private static final List<String> PATHS = List.of(
            "/_fake/health",
            "/_fake/state",
            "/_fake/requests",
            "/_fake/fixtures",
            "/_fake/reset",
            "/_fake",
            "/_fake/",
            "/_fake/nothing",
            "/_fake/state/x",
            "/_fake/%2e%2e/health",
            "/_fake/health?x=1");

    private static final List<String> METHODS = List.of("GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD");

    @Test
    void mutatedFixturesAndRandomAdminCallsNeverBreakTheFake() throws IOException {
        Random random = new Random(SEED);
        List<String> corpus = corpus();
        List<String> problems = new ArrayList<>();
        Set<Integer> statuses = new TreeSet<>();
        int seeded = 0;
        long start = System.nanoTime();
        int i = 0;
        for (; i < REQUESTS && System.nanoTime() - start < MAX_NANOS; i++) {
            if (random.nextInt(3) < 2) {
                String document = mutate(random, corpus.get(random.nextInt(corpus.size())));
                String inProcess = loadInProcess(document);
                if (inProcess != null) {
                    problems.add("#" + i + " in process: " + inProcess + " for " + abbreviate(document));
                }
                HttpResponse<String> response = send(request("/_fake/fixtures")
                        .header("X-Fake-Cognito-Admin", "1")
                        .header("Accept", random.nextBoolean() ? "application/json" : "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofString(document)));
                statuses.add(response.statusCode());
                seeded += response.statusCode() == 200 ? 1 : 0;
                String problem = check(response, true);
                if (problem != null) {
                    problems.add("#" + i + " POST /_fake/fixtures: " + problem + " for " + abbreviate(document));
                }
            } else {
                String method = METHODS.get(random.nextInt(METHODS.size()));
                String path = PATHS.get(random.nextInt(PATHS.size()));
                HttpRequest.Builder request = request(path)
                        .method(
                                method,
                                random.nextBoolean()
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(
                                                mutate(random, corpus.get(random.nextInt(corpus.size())))));
                if (random.nextBoolean()) {
                    request.header("X-Fake-Cognito-Admin", random.nextBoolean() ? "1" : "");
                }
                if (random.nextInt(4) == 0) {
                    request.header("Accept", "application/yaml");
                }
                if (random.nextInt(4) == 0) {
                    request.header("Origin", "https://evil.example");
                }
                HttpResponse<String> response = send(request);
                statuses.add(response.statusCode());
                String problem = check(response, !method.equals("HEAD"));
                if (problem != null) {
                    problems.add("#" + i + " " + method + " " + path + ": " + problem);
                }
            }
        }

        assertThat(problems)
                .as("problems in %d fuzzed admin calls and fixtures (seed %d)", i, SEED)
                .isEmpty();
        // Not vacuous: documents were seeded and refused, and the guards answered.
        assertThat(seeded).as("mutated documents seeded").isGreaterThan(5);
        assertThat(statuses).contains(200, 400, 403, 404);
        assertThat(ok(get("/_fake/health")).path("status").asText()).isEqualTo("UP");
        assertThat(ok(call("ListIdentityPools", "{\"MaxResults\":60}")).has("IdentityPools"))
                .isTrue();
        World state = fake.snapshot();
        try (FakeCognitoIdentity copy = FakeCognitoIdentity.builder().start()) {
            copy.seed(Fixtures.fromString(Fixtures.toJson(state)));
            assertThat(copy.snapshot())
                    .as("the state seeds back into an equal world")
                    .isEqualTo(state);
        }
    }

    /** Loads and seeds in process; null when it succeeded or failed with a FixtureException. */
    private String loadInProcess(String document) {
        try {
            Fixtures fixtures = Fixtures.fromString(document);
            try (FakeCognitoIdentity scratch = FakeCognitoIdentity.builder().build()) {
                scratch.seed(fixtures);
            }
            return null;
        } catch (FixtureException expected) {
            return null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return e.toString();
        }
    }

    /** Null when the answer is well-formed, else what is wrong with it. */
    private static String check(HttpResponse<String> response, boolean hasBody) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return "status " + status + " " + abbreviate(body);
        }
        if (response.headers().firstValue("x-amzn-RequestId").isEmpty()) {
            return "no x-amzn-RequestId";
        }
        if (!hasBody) {
            return null;
        }
        if (status == 200
                && response.headers().firstValue("Content-Type").orElse("").contains("yaml")) {
            try {
                Fixtures.fromString(body);
                return null;
            } catch (FixtureException e) {
                return "YAML state that does not load: " + e.getMessage();
            }
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (IOException e) {
            return "not JSON: " + abbreviate(body);
        }
        if (parsed == null || !parsed.isObject()) {
            return "not a JSON object: " + abbreviate(body);
        }
        if (status != 200 && parsed.path("__type").asText().isEmpty()) {
            return "error without __type: " + abbreviate(body);
        }
        if (body.contains("at dev.") || body.contains("Exception:") || body.contains("java.lang.")) {
            return "internals in the body: " + abbreviate(body);
        }
        return null;
    }

    private List<String> corpus() throws IOException {
        List<String> corpus = new ArrayList<>();
        for (String resource : List.of("/fixtures/all-fields.yaml", "/fixtures/all-fields.json")) {
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                corpus.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        corpus.add("""
                identityPools:
                  - name: Fuzz
                    allowUnauthenticatedIdentities: true
                    supportedLoginProviders: { graph.facebook.com: "1" }
                    developerProviderName: login.fuzz
                    identities:
                      - logins: { graph.facebook.com: alice }
                      - developerUserIdentifiers: [ bob ]
                """);
        corpus.add("{\"identityPools\":[{\"name\":\"FuzzJson\",\"tags\":{\"env\":\"test\"}}]}");
        return corpus;
    }

    /** Fresh ids each time, so that unmutated documents seed again; then 1 to 4 mutations. */
    private static String mutate(Random random, String document) {
        StringBuilder text = new StringBuilder(document.replace(
                "aaaaaaaa-0000", String.format("%08x-%04x", random.nextInt(), random.nextInt(0x10000))));
        int mutations = random.nextInt(5);
        for (int m = 0; m < mutations && text.length() > 0; m++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(8)) {
                case 0 -> text.setLength(at);
                case 1 -> text.insert(at, (char) random.nextInt(0x80));
                case 2 -> text.deleteCharAt(at);
                case 3 -> text.insert(at, "[".repeat(20 + random.nextInt(60)));
                case 4 -> text.insert(at, "x".repeat(random.nextBoolean() ? 70_000 : 300));
                case 5 -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(80));
                    text.insert(at, text.substring(at, end)); // repeat a piece
                }
                default -> text.insert(at, SNIPPETS.get(random.nextInt(SNIPPETS.size())));
            }
        }
        return text.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " chars)";
    }
}
