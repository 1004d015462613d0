package dev.fakecognito.server.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.admin.InvalidFaultException;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.World;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad fault is refused the same way from Java, over HTTP (through {@link FakeAdminClient} and raw) and
 * in a fixture document: the message names the field and value, and nothing is added.
 */
class FaultValidationTest extends FaultTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> badFaults() {
        return Stream.of(
                bad(
                        Fault.on("GetID").error("TooManyRequestsException"),
                        "operation",
                        "'GetID' is not an operation of Cognito Identity; did you mean 'GetId'?"),
                bad(
                        new Fault(
                                null,
                                "InternalErrorException",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        "operation",
                        "missing: name an operation such as GetId, or * for every operation"),
                bad(
                        Fault.on("GetId"),
                        "",
                        "it does nothing: give it an error, a latencyMs, connection: reset or unprocessedIdentityIds"),
                bad(
                        Fault.on("GetId").error("TooManyRequestException"),
                        "error",
                        "'TooManyRequestException' is not an error GetId can raise; did you mean 'TooManyRequestsException'?"),
                bad(
                        Fault.on("DeleteIdentities").error("ResourceNotFoundException"),
                        "error",
                        "'ResourceNotFoundException' is not an error DeleteIdentities can raise; known errors of"
                                + " DeleteIdentities: InternalErrorException, InvalidParameterException,"
                                + " TooManyRequestsException"),
                bad(
                        Fault.onAnyOperation().error("NotAuthorizedException"),
                        "error",
                        "'NotAuthorizedException' is not an error every operation can raise; known errors of every"
                                + " operation: InternalErrorException, InvalidParameterException,"
                                + " TooManyRequestsException"),
                bad(
                        Fault.on("GetId").error("InternalErrorException").status(200),
                        "status",
                        "200 is not an error status (400 to 599)"),
                bad(Fault.on("GetId").latency(Duration.ofMillis(-5)), "latencyMs", "-5 is negative"),
                bad(
                        Fault.on("GetId").latency(Duration.ofMinutes(6)),
                        "latencyMs",
                        "360000 is more than 300000 (5 minutes)"),
                bad(Fault.on("GetId").connectionReset().probability(1.5), "probability", "1.5 is outside 0..1"),
                bad(Fault.on("GetId").connectionReset().probability(-0.1), "probability", "-0.1 is outside 0..1"),
                bad(
                        Fault.on("GetId").connectionReset().times(0),
                        "times",
                        "0 is less than 1 (leave times out to affect every call)"),
                bad(
                        Fault.on("GetId").connectionReset().error("InternalErrorException"),
                        "connection",
                        "a reset connection gets no answer, so it cannot go with the error InternalErrorException"),
                bad(
                        Fault.on("GetId").unprocessedIdentityIds("us-east-1:aaaaaaaa-0000-0000-0000-000000000001"),
                        "unprocessedIdentityIds",
                        "only DeleteIdentities reports unprocessed identities, not GetId"),
                bad(
                        Fault.on("DeleteIdentities")
                                .unprocessedIdentityIds("us-east-1:aaaaaaaa-0000-0000-0000-000000000001", "alice"),
                        "unprocessedIdentityIds[1]",
                        "'alice' is not an identity id such as us-east-1:aaaaaaaa-0000-0000-0000-000000000001"),
                bad(
                        Fault.on("DeleteIdentities")
                                .unprocessedIdentityIds("us-east-1:aaaaaaaa-0000-0000-0000-000000000001")
                                .unprocessedErrorCode("AccessDeniedException"),
                        "unprocessedErrorCode",
                        "'AccessDeniedException' is not an ErrorCode of UnprocessedIdentityIds; known codes:"
                                + " AccessDenied, InternalServerError"),
                bad(
                        Fault.on("GetId").latency(Duration.ZERO).unprocessedErrorCode("AccessDenied"),
                        "unprocessedErrorCode",
                        "'AccessDenied' needs unprocessedIdentityIds to go with it"),
                bad(
                        Fault.on("GetId").latency(Duration.ZERO).message("hello"),
                        "message",
                        "'hello' needs an error to go with it"),
                bad(
                        Fault.on("GetCredentialsForIdentity").connectionReset().match("IdentityID", "x"),
                        "match.IdentityID",
                        "'IdentityID' is not a request member of GetCredentialsForIdentity; did you mean 'IdentityId'?"));
    }

    private static Arguments bad(Fault fault, String field, String problem) {
        return Arguments.of(fault, field, problem);
    }

    @ParameterizedTest
    @MethodSource("badFaults")
    void inProcess(Fault fault, String field, String problem) {
        assertThatThrownBy(() -> fake.inject(fault)).isInstanceOfSatisfying(InvalidFaultException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e).hasMessage("Invalid fault: " + (field.isEmpty() ? "" : field + ": ") + problem);
        });
        assertThat(fake.faults()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("badFaults")
    void overHttp(Fault fault, String field, String problem) throws Exception {
        assertThatThrownBy(() -> FakeAdminClient.connect(fake.endpoint()).inject(fault))
                .isInstanceOfSatisfying(InvalidFaultException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).isEqualTo(problem);
                });

        HttpResponse<String> raw = adminJson("POST", "/_fake/faults", JSON.writeValueAsString(fault));
        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidFaultException:");
        JsonNode error = JSON.readTree(raw.body());
        assertThat(error.path("__type").asText()).isEqualTo("InvalidFaultException");
        assertThat(error.path("field").asText()).isEqualTo(field);
        assertThat(error.path("problem").asText()).isEqualTo(problem);
        assertThat(error.path("message").asText())
                .isEqualTo("Invalid fault: " + (field.isEmpty() ? "" : field + ": ") + problem);
        assertThat(fake.faults()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("badFaults")
    void inAFixtureDocumentWithNothingSeeded(Fault fault, String field, String problem) {
        String yaml = "identityPools:\n  - name: NotSeeded\n"
                + Fixtures.toYaml(World.builder().fault(fault).build());

        assertThatThrownBy(() -> fake.seed(Fixtures.fromString(yaml)))
                .isInstanceOfSatisfying(FixtureException.class, e -> {
                    assertThat(e.path()).isEqualTo("faults[0]" + (field.isEmpty() ? "" : "." + field));
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.line()).isGreaterThan(2);
                });
        assertThat(fake.snapshot().pool("NotSeeded")).isNull();
        assertThat(fake.faults()).isEmpty();
    }

    @Test
    void aFakeHoldsAtMostAThousandFaults() {
        for (int i = 0; i < 1000; i++) {
            fake.inject(Fault.on("GetId").latency(Duration.ZERO).times(1));
        }

        assertThatThrownBy(() -> fake.inject(Fault.on("GetId").error("InternalErrorException")))
                .isInstanceOf(InvalidFaultException.class)
                .hasMessage("Invalid fault: a fake holds at most 1000 faults and has 1000; remove some (used-up faults"
                        + " stay until removed)");
        assertThatThrownBy(() -> fake.seed(Fixtures.fromString("identityPools: [ {name: NotSeeded} ]\n"
                        + "faults: [ {operation: GetId, error: InternalErrorException} ]\n")))
                .isInstanceOf(FixtureException.class)
                .hasMessageStartingWith("<string>:2:1: faults: a fake holds at most 1000 faults");
        assertThat(fake.snapshot().pool("NotSeeded")).isNull();
        assertThat(fake.faults()).hasSize(1000);
        assertThat(guest()).startsWith("us-east-1:"); // 1,000 faults looked at, the first one struck
    }
}
