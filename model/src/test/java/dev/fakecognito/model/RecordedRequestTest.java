package dev.fakecognito.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal records: members of a body, and the JSON the admin endpoint answers. */
class RecordedRequestTest {
    private static RecordedRequest request(String body) {
        return new RecordedRequest(1, Instant.parse("2026-01-01T00:00:00Z"), "GetId", body, false, 200, null, null);
    }

    @Test
    void membersAreTheTopLevelJsonValues() {
        assertThat(request("{\"IdentityPoolId\":\"us-east-1:p\",\"Logins\":{\"a\":\"b\"},\"MaxResults\":60}")
                        .members())
                .containsEntry("IdentityPoolId", "us-east-1:p")
                .containsEntry("Logins", Map.of("a", "b"))
                .containsEntry("MaxResults", 60);
    }

    @Test
    void aBodyThatIsNotAJsonObjectHasNoMembers() {
        assertThat(request("").members()).isEmpty();
        assertThat(request("[1,2]").members()).isEmpty();
        assertThat(request("{not json").members()).isEmpty();
        assertThat(request(null).members()).isEmpty();
    }

    @Test
    void aJournalReadsBackItsOwnJson() {
        RequestLog log = new RequestLog(
                List.of(
                        request("{}"),
                        new RecordedRequest(
                                2,
                                Instant.parse("2026-01-01T00:00:01.5Z"),
                                "GetId",
                                "{}",
                                false,
                                400,
                                "NotAuthorizedException",
                                "Logins don't match.")),
                3);

        assertThat(RequestLog.fromJson(log.toJson())).isEqualTo(log);
        assertThat(log.toJson())
                .contains("\"receivedAt\":\"2026-01-01T00:00:01.500Z\"")
                .doesNotContain("\"failed\"");
        assertThat(log.forOperation("GetId")).hasSize(2);
        assertThatThrownBy(() -> RequestLog.fromJson("[]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a request journal");
    }
}
