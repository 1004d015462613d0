package dev.fakecognito.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every benchmark in smoke mode: proves the command works and prints every row. Never checks timings. */
class SmokeTest {

    @Test
    void smokeModePrintsEveryRow() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<Table> tables = Benchmarks.run(Options.parse(new String[] {"--smoke"}), out);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(printed);

        assertThat(tables).hasSize(10);
        assertThat(printed)
                .contains(
                        "Issue #27 targets: each beside its reference in the same run",
                        "reference: the same Undertow, fixed answer, in a fresh JVM",
                        "first fake in a fresh JVM: start → seeded → first GetId answered",
                        "reference: the same Undertow as a process, fixed answer",
                        "standalone jar, plain java -jar: process start → first 200",
                        "the same with its class-data archive (-XX:SharedArchiveFile, the README's recipe)",
                        "req/s at saturation",
                        "server CPU per request at 500 req/s",
                        "the same with @CognitoIdentityTest and a 50-identity fixture: extra wall time",
                        "reference: java hello world, process start to exit",
                        "first fake in a fresh JVM: builder().start() to the first answer",
                        "warm start: a further fake in the same JVM",
                        "standalone jar, plain java -jar: process start to the first 200",
                        "standalone jar with its class-data archive (-XX:SharedArchiveFile)",
                        "container: docker run to the first 200",
                        "GetId, existing login",
                        "reference: bare Undertow handler, fixed answer",
                        "Latency at a constant 500 req/s (corrected for coordinated omission)",
                        "extra wall time with the fake (per round: with − without)",
                        "GetId, new identity (new login)",
                        "GetCredentialsForIdentity",
                        "DescribeIdentity",
                        "ListIdentities (MaxResults 60)",
                        "GetOpenIdToken",
                        "| 2,000 ",
                        "| 10,000 ",
                        "reset + re-seed 50 identities",
                        "DescribeIdentityPool, 50 delayed calls in flight",
                        "GetId delayed 500 ms: time to its answer",
                        "threads of the fake (XNIO) before / during / after",
                        "8 concurrent fixtures of 1 MiB, 995 levels deep",
                        "50 API calls of 1 MiB, journaled, then GET /_fake/requests",
                        "DeleteIdentities of 500 bad ids",
                        "GetId, new login, with dataDir: req/s",
                        "restart with 2,000 identities: start() until listening",
                        "disk per identity in a snapshot");
        // The servers of the targets answered every GetId (a row says ERRORS otherwise).
        assertThat(tables.get(0).rows).noneMatch(row -> row.get(0).contains("ERRORS"));
        // The worst inputs were answered, as refusals where they must be.
        Table limits = tables.get(8);
        assertThat(limits.rows.get(0).get(1)).isEqualTo("8 × 400");
        assertThat(limits.rows.get(1).get(1)).startsWith("50 × 200; journal 200");
        assertThat(limits.rows.get(2).get(1)).startsWith("400 with ");
        // Every throughput row got answers, all of them 200.
        Table throughput = tables.get(2);
        assertThat(throughput.rows).hasSize(7);
        for (List<String> row : throughput.rows) {
            assertThat(row.get(5)).as("errors of %s", row.get(0)).isEqualTo("0");
            assertThat(row.get(1)).as("req/s of %s", row.get(0)).isNotEqualTo("0");
        }
        // With a data directory, GetId answered and nothing was lost.
        assertThat(tables.get(9).rows).noneMatch(row -> row.get(4).startsWith("ERRORS"));
        // At a constant rate, every request was sent and answered 200.
        for (List<String> row : tables.get(3).rows) {
            assertThat(row.get(7)).as("errors of %s", row.get(0)).isEqualTo("0");
            assertThat(row.get(1)).as("req/s of %s", row.get(0)).isNotEqualTo("0");
        }
    }
}
