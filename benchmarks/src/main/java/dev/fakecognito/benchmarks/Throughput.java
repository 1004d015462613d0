package dev.fakecognito.benchmarks;

import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput and latency per request kind in a closed loop, beside a bare Undertow handler in the same
 * run, rounds interleaved.
 */
final class Throughput {
    private Throughput() {}

    record Kind(String name, int port, LoadGenerator.RequestSource source) {}

    static Table table(Options o, PrintStream out) throws Exception {
        Table table = new Table(
                "Throughput and latency: loopback HTTP/1.1 keep-alive, " + o.connections
                        + " connections, " + o.clientThreads + " client threads, " + o.rounds + " rounds of "
                        + o.seconds + " s",
                "request",
                "req/s",
                "p50 ms",
                "p99 ms",
                "p99.9 ms",
                "errors",
                "vs bare Undertow",
                "target",
                "verdict");
        try (FakeCognitoIdentity fake =
                        FakeCognitoIdentity.builder().journalSize(5000).start();
                BareUndertow bare = new BareUndertow()) {
            int port = fake.port();
            World seeded = fake.seed(Worlds.pool("Bench", o.poolIdentities));
            World.IdentityPool pool = seeded.identityPools().get(0);
            String poolId = pool.id();
            int n = pool.identities().size();
            byte[][] getIdExisting = new byte[n][];
            byte[][] credentials = new byte[n][];
            byte[][] describe = new byte[n][];
            byte[][] openId = new byte[n][];
            for (int i = 0; i < n; i++) {
                World.Identity identity = pool.identities().get(i);
                String user = identity.logins().get(Worlds.PROVIDER);
                String logins = "\"Logins\":{\"" + Worlds.PROVIDER + "\":\"" + user + "\"}";
                getIdExisting[i] =
                        Http.apiRequest(port, "GetId", "{\"IdentityPoolId\":\"" + poolId + "\"," + logins + "}");
                credentials[i] = Http.apiRequest(
                        port, "GetCredentialsForIdentity", "{\"IdentityId\":\"" + identity.id() + "\"," + logins + "}");
                describe[i] = Http.apiRequest(port, "DescribeIdentity", "{\"IdentityId\":\"" + identity.id() + "\"}");
                openId[i] = Http.apiRequest(
                        port, "GetOpenIdToken", "{\"IdentityId\":\"" + identity.id() + "\"," + logins + "}");
            }
            byte[] list = Http.apiRequest(
                    port, "ListIdentities", "{\"IdentityPoolId\":\"" + poolId + "\",\"MaxResults\":60}");
            long[] newRun = {0};
            byte[] bareRequest = Http.apiRequest(bare.port, "GetId", "{\"IdentityPoolId\":\"" + poolId + "\"}");
            List<Kind> allKinds = List.of(
                    new Kind("GetId, existing login", port, (t, s) -> getIdExisting[pick(t, s, n)]),
                    new Kind(BARE, bare.port, (t, s) -> bareRequest),
                    new Kind(
                            "GetId, new identity (new login)",
                            port,
                            (t, s) -> Http.apiRequest(
                                    port,
                                    "GetId",
                                    "{\"IdentityPoolId\":\"" + poolId + "\",\"Logins\":{\"" + Worlds.PROVIDER
                                            + "\":\"new-" + newRun[0] + "-" + t + "-" + s + "\"}}")),
                    new Kind("GetCredentialsForIdentity", port, (t, s) -> credentials[pick(t, s, n)]),
                    new Kind("DescribeIdentity", port, (t, s) -> describe[pick(t, s, n)]),
                    new Kind("ListIdentities (MaxResults 60)", port, (t, s) -> list),
                    new Kind("GetOpenIdToken", port, (t, s) -> openId[pick(t, s, n)]));
            List<Kind> kinds = allKinds.stream()
                    .filter(k -> o.kindFilter == null
                            || k.name().contains(o.kindFilter)
                            || k.name().equals(BARE))
                    .toList();
            List<List<LoadGenerator.Result>> results = new ArrayList<>();
            kinds.forEach(k -> results.add(new ArrayList<>()));
            for (int round = 0; round < o.rounds; round++) {
                for (int k = 0; k < kinds.size(); k++) {
                    newRun[0]++;
                    Kind kind = kinds.get(k);
                    int status = Http.exchange(kind.port(), kind.source().next(-1, -1)); // e.g. the signing key
                    if (status != 200) {
                        throw new IllegalStateException(kind.name() + " answered " + status);
                    }
                    LoadGenerator.Result r = LoadGenerator.run(
                            kind.port(),
                            o.connections,
                            o.clientThreads,
                            kinds.get(k).source(),
                            (long) (o.warmup * 1000),
                            (long) (o.seconds * 1000));
                    results.get(k).add(r);
                    if (r.firstError() != null) {
                        out.println("first error of " + kinds.get(k).name() + ": " + r.firstError());
                    }
                }
            }
            int bareIndex = kinds.indexOf(allKinds.get(1));
            double bareRps = Processes.median(results.get(bareIndex).stream()
                    .map(LoadGenerator.Result::throughput)
                    .toList());
            for (int k = 0; k < kinds.size(); k++) {
                List<LoadGenerator.Result> rs = results.get(k);
                boolean target = kinds.get(k) == allKinds.get(0);
                double medianRps = Processes.median(
                        rs.stream().map(LoadGenerator.Result::throughput).toList());
                double ratio = medianRps / bareRps;
                double medianP99 =
                        Processes.median(rs.stream().map(r -> r.millis(99)).toList());
                long errors =
                        rs.stream().mapToLong(LoadGenerator.Result::errors).sum();
                String verdict = !target
                        ? ""
                        : o.smoke
                                ? "smoke"
                                : errors > 0 ? "ERRORS" : ratio >= 0.85 && medianP99 <= 5 ? "met" : "MISSED";
                table.row(cells(
                        kinds.get(k).name(),
                        rs,
                        Long.toString(errors),
                        String.format(Locale.ROOT, "%.2f×", ratio),
                        target ? ">= 0.85× bare Undertow, p99 <= 5 ms" : "",
                        verdict));
            }
        }
        return table;
    }

    /** A row of a load table: its name, the rounds' throughput, p50, p99 and p99.9, then the other cells. */
    static String[] cells(String name, List<LoadGenerator.Result> rs, String... more) {
        List<String> cells = new ArrayList<>(List.of(
                name,
                Processes.range(
                        rs.stream().map(LoadGenerator.Result::throughput).toList(), "%,.0f"),
                Processes.range(rs.stream().map(r -> r.millis(50)).toList(), "%.2f"),
                Processes.range(rs.stream().map(r -> r.millis(99)).toList(), "%.2f"),
                Processes.range(rs.stream().map(r -> r.millis(99.9)).toList(), "%.2f")));
        cells.addAll(List.of(more));
        return cells.toArray(String[]::new);
    }

    static final String BARE = "reference: bare Undertow handler, fixed answer";

    /** Spreads the requests of the client threads over the seeded identities. */
    static int pick(int thread, long sequence, int n) {
        return (int) Math.floorMod(sequence * 7919 + thread * 4999L, (long) n);
    }
}
