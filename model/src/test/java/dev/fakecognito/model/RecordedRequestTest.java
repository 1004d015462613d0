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
        return RecordedRequest.builder()
                .sequence(1)
                .receivedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .operation("GetId")
                .requestBody(body)
                .statusCode(200)
                .build();
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
    void aBuilderNamesOnlyWhatItNeedsAndToBuilderCopiesEveryComponent() {
        RecordedRequest throttled = RecordedRequest.builder()
                .operation("GetId")
                .statusCode(400)
                .errorType("TooManyRequestsException")
                .faultId("fault-1")
                .build();
        assertThat(throttled.failed()).isTrue();
        assertThat(throttled.injected()).isTrue();
        assertThat(throttled.requestBody()).isEmpty();
        assertThat(throttled.signed()).isFalse();

        RecordedRequest everything = new RecordedRequest(
                9,
                Instant.parse("2026-01-01T00:00:00Z"),
                "GetId",
                "{}",
                true,
                200,
                "E",
                "m",
                true,
                "AKID",
                "fault-9",
                "eu-west-1",
                "210987654321");
        assertThat(everything.toBuilder().build()).isEqualTo(everything);
        assertThat(everything.toBuilder().statusCode(0).build().answered()).isFalse();
    }

    @Test
    void signaturesAreWrittenAndReadBack() {
        RecordedRequest signed = new RecordedRequest(
                7,
                Instant.parse("2026-01-01T00:00:00Z"),
                "DescribeIdentityPool",
                "{}",
                false,
                200,
                null,
                null,
                true,
                "AKIAIOSFODNN7EXAMPLE",
                null,
                null,
                null);
        RequestLog log = new RequestLog(List.of(signed, request("{}")), 0);

        assertThat(log.toJson()).contains("\"signed\":true,\"accessKeyId\":\"AKIAIOSFODNN7EXAMPLE\"");
        RecordedRequest placed =
                signed.toBuilder().region("eu-west-1").accountId("210987654321").build();
        assertThat(new RequestLog(List.of(placed), 0).toJson())
                .contains("\"region\":\"eu-west-1\",\"accountId\":\"210987654321\"");
        assertThat(RequestLog.fromJson(new RequestLog(List.of(placed), 0).toJson())
                        .requests())
                .containsExactly(placed);
        assertThat(RequestLog.fromJson(log.toJson())).isEqualTo(log);
        assertThat(request("{}").signed()).isFalse();
        assertThat(request("{}").accessKeyId()).isNull();
    }

    @Test
    void aJournalWrittenBeforeSignaturesWereRecordedReadsAsUnsigned() {
        String older = "{\"requests\":[{\"sequence\":1,\"receivedAt\":\"2026-01-01T00:00:00Z\",\"operation\":"
                + "\"GetId\",\"requestBody\":\"{}\",\"statusCode\":200,\"errorType\":null,\"errorMessage\":null}],"
                + "\"dropped\":0}";

        assertThat(RequestLog.fromJson(older).requests()).containsExactly(request("{}"));
    }

    @Test
    void aCallAnsweredWithAnErrorOrNotAnsweredFailed() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        RecordedRequest throttled = new RecordedRequest(
                1,
                at,
                "GetId",
                "{}",
                false,
                400,
                "TooManyRequestsException",
                "Rate exceeded",
                false,
                null,
                "fault-1",
                null,
                null);
        RecordedRequest reset =
                new RecordedRequest(2, at, "GetId", "{}", false, 0, null, null, false, null, "fault-2", null, null);
        RecordedRequest delayed =
                new RecordedRequest(3, at, "GetId", "{}", false, 200, null, null, false, null, "fault-3", null, null);

        assertThat(throttled.failed()).isTrue();
        assertThat(throttled.injected()).isTrue();
        assertThat(reset.failed()).isTrue();
        assertThat(reset.answered()).isFalse();
        assertThat(delayed.failed()).isFalse();
        assertThat(delayed.injected()).isTrue();
        assertThat(request("{}").injected()).isFalse();
        assertThat(request("{}").answered()).isTrue();
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
                                "Logins don't match.",
                                false,
                                null,
                                null,
                                null,
                                null),
                        new RecordedRequest(
                                3,
                                Instant.parse("2026-01-01T00:00:02Z"),
                                "GetId",
                                "{}",
                                false,
                                0,
                                null,
                                null,
                                false,
                                null,
                                "fault-1",
                                null,
                                null)),
                3);

        assertThat(RequestLog.fromJson(log.toJson())).isEqualTo(log);
        assertThat(log.toJson())
                .contains("\"receivedAt\":\"2026-01-01T00:00:01.500Z\"")
                .contains("\"faultId\":\"fault-1\"")
                .doesNotContain("\"failed\"", "\"injected\"", "\"answered\"");
        assertThat(log.forOperation("GetId")).hasSize(3);
        assertThatThrownBy(() -> RequestLog.fromJson("[]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a request journal");
    }
}
