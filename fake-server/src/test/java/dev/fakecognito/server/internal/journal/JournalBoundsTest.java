package dev.fakecognito.server.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.RequestLog;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The journal's bounds and masking, on the journal itself (the HTTP side is in JournalMaskingTest). */
class JournalBoundsTest {
    private static final String FACEBOOK_TOKEN = "EAABwzLixnjYBAOZBZCsecretsecretsecret";

    static String jwt(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    private static RecordedRequest only(RequestJournal journal) {
        RequestLog log = journal.log();
        return log.requests().get(log.requests().size() - 1);
    }

    @Test
    void loginTokensAreMaskedKeepingProviderAndSubject() {
        RequestJournal journal = new RequestJournal(10, Clock.systemUTC());
        String body = "{\"IdentityPoolId\": \"us-east-1:x\",\n \"Logins\": {\"graph.facebook.com\": \"" + FACEBOOK_TOKEN
                + "\", \"cognito-idp.us-east-1.amazonaws.com/us-east-1_A\": \"" + jwt("{\"sub\":\"user-7\"}") + "\"}}";

        journal.record("GetId", body, 200, null, null, false, null, null);

        RecordedRequest recorded = only(journal);
        assertThat(recorded.requestBody())
                .isEqualTo("{\"IdentityPoolId\":\"us-east-1:x\",\"Logins\":{\"graph.facebook.com\":\"[masked 37"
                        + " characters]\",\"cognito-idp.us-east-1.amazonaws.com/us-east-1_A\":\"[masked JWT"
                        + " sub=user-7]\"}}");
        assertThat(recorded.members()).containsKey("Logins");
        assertThat(recorded.requestBodyTruncated()).isFalse();
    }

    @Test
    void tokensCanBeKeptAsReceived() {
        RequestJournal journal = new RequestJournal(10, Clock.systemUTC(), true);
        String body = "{\"Logins\": {\"graph.facebook.com\": \"" + FACEBOOK_TOKEN + "\"}}";

        journal.record("GetId", body, 200, null, null, false, null, null);

        assertThat(only(journal).requestBody()).isEqualTo(body);
    }

    @Test
    void aTokenAfterBrokenJsonIsNeverKept() {
        RequestJournal journal = new RequestJournal(10, Clock.systemUTC());

        journal.record(
                "GetId",
                "{\"IdentityPoolId\":\"p\",, \"Logins\":{\"x\":\"" + FACEBOOK_TOKEN + "\"}}",
                400,
                "SerializationException",
                "m",
                false,
                null,
                null);

        assertThat(only(journal).requestBody()).startsWith("{\"IdentityPoolId\":\"p\"...[not JSON from here; ");
        assertThat(only(journal).requestBody()).doesNotContain(FACEBOOK_TOKEN);
        assertThat(only(journal).requestBodyTruncated()).isTrue();
    }

    @Test
    void aLongBodyIsCutWithAMarker() {
        RequestJournal journal = new RequestJournal(10, Clock.systemUTC());
        String body = "{\"MaxResults\":5,\"Padding\":\"" + "x".repeat(1024 * 1024) + "\"}";

        journal.record("ListIdentityPools", body, 200, null, null, false, null, null);

        RecordedRequest recorded = only(journal);
        assertThat(recorded.requestBodyTruncated()).isTrue();
        assertThat(recorded.requestBody()).startsWith("{\"MaxResults\":5,\"Padding\":\"xxx");
        assertThat(recorded.requestBody()).endsWith("...[truncated; " + body.length() + " characters received]");
        assertThat(recorded.requestBody().length()).isLessThan(JournalBody.MAX_CHARS + 100);
        assertThat(recorded.members()).isEmpty();
    }

    @Test
    void theJournalIsBoundedByCharactersAsWellAsByEntries() {
        RequestJournal journal = new RequestJournal(5000, Clock.systemUTC());
        String body = "{\"Padding\":\"" + "x".repeat(64 * 1024) + "\"}";

        for (int i = 0; i < 2000; i++) {
            journal.record("ListIdentityPools", body, 200, null, null, false, null, null);
        }

        RequestLog log = journal.log();
        long held =
                log.requests().stream().mapToLong(r -> r.requestBody().length()).sum();
        assertThat(held).isLessThanOrEqualTo(RequestJournal.MAX_TOTAL_CHARS);
        assertThat(log.requests().size()).isBetween(900, 1100);
        assertThat(log.dropped()).isEqualTo(2000 - log.requests().size());
        assertThat(log.requests().get(log.requests().size() - 1).sequence()).isEqualTo(2000);
    }

    @Test
    void theJournalKeepsTheLatestCallsInOrderAsItFillsWrapsAndIsCleared() {
        for (int capacity : new int[] {1, 5, 16, 17, 40, 100}) {
            RequestJournal journal = new RequestJournal(capacity, Clock.systemUTC());
            for (int n = 1; n <= 250; n++) {
                journal.record(
                        "GetId",
                        ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8),
                        200,
                        null,
                        null,
                        false,
                        null,
                        null,
                        "us-east-1",
                        "123456789012");
                RequestLog log = journal.log();
                int held = Math.min(n, capacity);
                assertThat(log.requests())
                        .as("capacity %d after %d calls", capacity, n)
                        .hasSize(held);
                assertThat(log.dropped()).isEqualTo(n - held);
                for (int i = 0; i < held; i++) {
                    long expected = n - held + 1 + i;
                    assertThat(log.requests().get(i).sequence()).isEqualTo(expected);
                    assertThat(log.requests().get(i).requestBody()).isEqualTo("{\"n\":" + expected + "}");
                }
            }
            journal.clear();
            assertThat(journal.log().requests()).isEmpty();
            journal.record("GetId", "{}", 200, null, null, false, null, null);
            assertThat(journal.log().requests())
                    .singleElement()
                    .satisfies(r -> assertThat(r.sequence()).isEqualTo(251));
        }
    }
}
