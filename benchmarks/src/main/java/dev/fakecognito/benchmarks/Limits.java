package dev.fakecognito.benchmarks;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The heap of a fake after the worst inputs its limits allow, each sent over HTTP to a fake in a child
 * JVM with a small heap: eight concurrent 1 MiB fixture documents nested 995 levels deep, thousands
 * of API calls with 1 MiB bodies (all journaled), and a DeleteIdentities naming 50,000 ids. Reports
 * the used heap after GC above that of the same fake before, against 64 MB.
 */
final class Limits {
    private static final long TARGET_BYTES = 64L * 1000 * 1000;
    private static final int MIB = 1024 * 1024;

    private Limits() {}

    static Table table(Options o) throws Exception {
        Table table = new Table(
                "Heap after the worst inputs (own JVM, " + o.limitsHeap + "; used heap after GC above the"
                        + " empty fake)",
                "input",
                "answers",
                "heap above empty",
                "target",
                "verdict");
        List<String> command = List.of(
                Processes.javaExecutable(),
                o.limitsHeap,
                "-cp",
                System.getProperty("java.class.path"),
                Benchmarks.class.getName(),
                Benchmarks.LIMITS_CHILD,
                Integer.toString(o.journalCalls),
                Integer.toString(o.validationIds));
        String output = Processes.runChild(command);
        for (String line : output.lines().filter(l -> l.startsWith("LIMITS|")).toList()) {
            String[] parts = line.split("\\|");
            long bytes = Long.parseLong(parts[3]);
            table.row(
                    parts[1],
                    parts[2],
                    String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6),
                    "< 64 MB",
                    o.smoke ? "smoke" : bytes < TARGET_BYTES ? "met" : "MISSED");
        }
        if (table.rows.size() != 3) {
            throw new IllegalStateException("limits child printed: " + output);
        }
        return table;
    }

    static void child(int journalCalls, int validationIds) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        HttpClient http = HttpClient.newHttpClient();
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            URI base = fake.endpoint();
            // Warm every path once, so that what is measured is what the inputs leave behind.
            post(http, base, "/_fake/fixtures", "identityPools: [ { name: Warm } ]");
            call(http, base, "ListIdentityPools", "{\"MaxResults\":1}");
            call(http, base, "DeleteIdentities", "{\"IdentityIdsToDelete\":[\"x\"]}");
            get(http, base, "/_fake/requests");
            fake.reset();
            long empty = Processes.usedHeapAfterGc(memory);

            String deep = "{\"identityPools\":" + "[".repeat(995) + "\"" + "x".repeat(MIB - 3000) + "\""
                    + "]".repeat(995) + "}";
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> post(http, base, "/_fake/fixtures", deep)));
            }
            String deepStatuses = statuses(answers);
            report("8 concurrent fixtures of 1 MiB, 995 levels deep", deepStatuses, memory, empty);

            String big = "{\"MaxResults\":1,\"Padding\":\"" + "x".repeat(MIB - 40) + "\"}";
            answers.clear();
            for (int i = 0; i < journalCalls; i++) {
                answers.add(pool.submit(() -> call(http, base, "ListIdentityPools", big)));
            }
            String journalStatuses = statuses(answers);
            HttpResponse<String> journal = get(http, base, "/_fake/requests");
            String journalAnswer = journalStatuses + "; journal " + journal.statusCode() + " ("
                    + String.format(Locale.ROOT, "%,.1f MB", journal.body().length() / 1e6) + "), "
                    + String.format(
                            Locale.ROOT, "%,d", fake.requests().requests().size()) + " held, "
                    + String.format(Locale.ROOT, "%,d", fake.requests().dropped()) + " dropped";
            journal = null;
            report(
                    String.format(
                            Locale.ROOT, "%,d API calls of 1 MiB, journaled, then GET /_fake/requests", journalCalls),
                    journalAnswer,
                    memory,
                    empty);

            StringBuilder ids = new StringBuilder("{\"IdentityIdsToDelete\":[");
            for (int i = 0; i < validationIds; i++) {
                ids.append(i == 0 ? "\"" : ",\"").append(i).append('"');
            }
            HttpResponse<String> refused = callResponse(
                    http, base, "DeleteIdentities", ids.append("]}").toString());
            report(
                    String.format(Locale.ROOT, "DeleteIdentities of %,d bad ids (after the journal)", validationIds),
                    refused.statusCode() + " with " + refused.body().length() + " characters",
                    memory,
                    empty);
            pool.shutdown();
        }
    }

    private static void report(String input, String answers, MemoryMXBean memory, long empty) throws Exception {
        long above = Processes.usedHeapAfterGc(memory) - empty;
        System.out.println("LIMITS|" + input + "|" + answers + "|" + Math.max(0, above));
    }

    private static String statuses(List<Future<Integer>> answers) throws Exception {
        java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
        for (Future<Integer> answer : answers) {
            counts.merge(answer.get(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((status, n) -> text.append(text.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%,d", n))
                .append(" × ")
                .append(status));
        return text.toString();
    }

    private static int post(HttpClient http, URI base, String path, String body) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .header("X-Fake-Cognito-Admin", "true")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static int call(HttpClient http, URI base, String operation, String body) throws Exception {
        return callResponse(http, base, operation, body).statusCode();
    }

    private static HttpResponse<String> callResponse(HttpClient http, URI base, String operation, String body)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve("/"))
                        .header("X-Amz-Target", Http.TARGET_PREFIX + operation)
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient http, URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
