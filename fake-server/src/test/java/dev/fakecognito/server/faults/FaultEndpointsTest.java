package dev.fakecognito.server.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.World;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** {@code /_fake/faults} over plain HTTP, and {@code faults:} in fixture documents. */
class FaultEndpointsTest extends FaultTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void postedFaultIsAnsweredWithItsIdAndStrikes() throws Exception {
        HttpResponse<String> posted = adminJson(
                "POST",
                "/_fake/faults",
                "{\"operation\":\"GetId\",\"error\":\"TooManyRequestsException\",\"times\":2}");

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode fault = JSON.readTree(posted.body());
        String id = fault.path("id").asText();
        assertThat(posted.body())
                .isEqualTo("{\"id\":\"" + id + "\",\"operation\":\"GetId\",\"error\":\"TooManyRequestsException\","
                        + "\"times\":2,\"hits\":0,\"remaining\":2}");

        assertThatThrownBy(this::guest).isInstanceOf(TooManyRequestsException.class);

        JsonNode listed = JSON.readTree(adminJson("GET", "/_fake/faults", null).body());
        assertThat(listed.path("faults")).hasSize(1);
        assertThat(listed.path("faults").get(0).path("hits").asInt()).isEqualTo(1);
        assertThat(listed.path("faults").get(0).path("remaining").asInt()).isEqualTo(1);
        JsonNode one =
                JSON.readTree(adminJson("GET", "/_fake/faults/" + id, null).body());
        assertThat(one.path("id").asText()).isEqualTo(id);
        assertThat(one.path("hits").asInt()).isEqualTo(1);
        assertThat(fake.requests()
                        .requests()
                        .get(fake.requests().requests().size() - 1)
                        .faultId())
                .isEqualTo(id);
        assertThat(adminJson("GET", "/_fake/requests", null).body()).contains("\"faultId\":\"" + id + "\"");
    }

    @Test
    void anUnlimitedFaultHasNoRemaining() throws Exception {
        HttpResponse<String> posted = adminJson(
                "POST", "/_fake/faults", "{\"operation\":\"*\",\"latencyMs\":0,\"match\":{\"MaxResults\":3}}");

        assertThat(JSON.readTree(posted.body()).has("remaining")).isFalse();
        assertThat(posted.body()).contains("\"match\":{\"MaxResults\":3}");
    }

    @Test
    void deletingOneOrAllRemovesThem() throws Exception {
        FaultHandle first = fake.inject(Fault.on("GetId").error("InternalErrorException"));
        FaultHandle second = fake.inject(Fault.on("GetId").error("TooManyRequestsException"));

        HttpResponse<String> deleted = adminJson("DELETE", "/_fake/faults/" + first.id(), null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(deleted.body()).path("id").asText()).isEqualTo(first.id());
        assertThat(fake.faults()).containsExactly(second);
        assertThat(adminJson("DELETE", "/_fake/faults/" + first.id(), null).statusCode())
                .isEqualTo(404);
        assertThat(adminJson("GET", "/_fake/faults/" + first.id(), null).body())
                .contains("NotFoundException", "No fault " + first.id() + " in the fake");

        assertThat(adminJson("DELETE", "/_fake/faults", null).statusCode()).isEqualTo(200);
        assertThat(fake.faults()).isEmpty();
        assertThat(adminJson("GET", "/_fake/faults", null).body()).isEqualTo("{\"faults\":[]}");
    }

    @Test
    void resetRemovesFaultsToo() throws Exception {
        fake.inject(Fault.on("GetId").error("InternalErrorException"));

        adminJson("POST", "/_fake/reset", "");

        assertThat(fake.faults()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"operation\":\"GetId\",\"error\":\"InternalErrorException\",\"tmes\":2}"
                        + "|tmes|unknown field 'tmes'; did you mean 'times'?",
                "{\"operation\":\"GetId\",\"error\":\"InternalErrorException\",\"times\":\"twice\"}"
                        + "|times|expected a number, found \"twice\"",
                "{\"operation\":\"GetId\",\"error\":\"InternalErrorException\",\"times\":1.5}"
                        + "|times|expected a number, found 1.5",
                "{\"operation\":\"GetId\",\"connection\":\"drop\"}|connection|'drop' is not supported; the only value is 'reset'",
                "{\"operation\":\"GetId\",\"latencyMs\":10,\"match\":{\"IdentityPoolId\":null}}"
                        + "|match.IdentityPoolId|null never matches; leave the member out",
                "[1,2]||a fault is a JSON object such as {\"operation\": \"GetId\", \"error\": \"TooManyRequestsException\"}",
            })
    void badJsonNamesTheField(String body, String field, String problem) throws Exception {
        HttpResponse<String> refused = adminJson("POST", "/_fake/faults", body);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body());
        assertThat(error.path("__type").asText()).isEqualTo("InvalidFaultException");
        assertThat(error.path("field").asText()).isEqualTo(field == null ? "" : field);
        assertThat(error.path("problem").asText()).isEqualTo(problem);
        assertThat(fake.faults()).isEmpty();
    }

    @Test
    void malformedJsonIsAnInvalidFault() throws Exception {
        HttpResponse<String> refused = adminJson("POST", "/_fake/faults", "{\"operation\":");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("problem").asText()).startsWith("not valid JSON: ");
    }

    @Test
    void onlyJsonIsTaken() throws Exception {
        HttpResponse<String> yaml = http.send(
                HttpRequest.newBuilder(url("/_fake/faults"))
                        .header(FakeAdminClient.ADMIN_HEADER, "test")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"operation\":\"GetId\",\"latencyMs\":1}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(yaml.statusCode()).isEqualTo(415);
        assertThat(yaml.body())
                .contains(
                        "UnsupportedMediaTypeException",
                        "takes a fault as JSON (Content-Type: application/json), not text/plain");
        assertThat(fake.faults()).isEmpty();
        assertThat(adminJson("PUT", "/_fake/faults", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void aFixtureDocumentSeedsItsFaultsWithItsPools() {
        World created = fake.seed(Fixtures.fromString("""
                identityPools:
                  - name: WithFaults
                    allowUnauthenticatedIdentities: true
                faults:
                  - operation: GetId
                    error: TooManyRequestsException
                    times: 2
                  - operation: DeleteIdentities
                    unprocessedIdentityIds: [ "us-east-1:aaaaaaaa-0000-0000-0000-000000000001" ]
                    unprocessedErrorCode: AccessDenied
                """));

        assertThat(created.pool("WithFaults")).isNotNull();
        assertThat(created.faults())
                .containsExactly(
                        Fault.on("GetId").error("TooManyRequestsException").times(2),
                        Fault.on("DeleteIdentities")
                                .unprocessedIdentityIds("us-east-1:aaaaaaaa-0000-0000-0000-000000000001")
                                .unprocessedErrorCode("AccessDenied"));
        assertThat(fake.faults()).extracting(FaultHandle::fault).isEqualTo(created.faults());
        assertThat(fake.snapshot().faults()).isEmpty();
        assertThatThrownBy(this::guest).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void aBadFaultInAFixtureDocumentIsLocatedAndSeedsNothing() {
        String document = """
                identityPools:
                  - name: NotSeeded
                faults:
                  - operation: GetId
                    error: TooManyRequestsException
                  - operation: GetId
                    tmes: 2
                """;

        assertThatThrownBy(() -> fake.seed(Fixtures.fromString(document)))
                .isInstanceOf(FixtureException.class)
                .hasMessage("<string>:7:5: faults[1].tmes: unknown field 'tmes'; did you mean 'times'?");
        assertThatThrownBy(() -> fake.seed(Fixtures.fromString(document.replace("tmes: 2", "error: Throttling"))))
                .isInstanceOf(FixtureException.class)
                .hasMessageStartingWith("<string>:7:5: faults[1].error: 'Throttling' is not an error GetId can raise");
        assertThat(fake.snapshot().pool("NotSeeded")).isNull();
        assertThat(fake.faults()).isEmpty();
    }
}
