package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

class ErrorResponsesTest extends ProtocolTestBase {
    private static final String UNKNOWN_POOL = "us-east-1:00000000-0000-0000-0000-000000000000";

    @Test
    void unknownPoolIsAResourceNotFoundInTheAwsErrorShape() {
        HttpResponse<String> response = call("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + UNKNOWN_POOL + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(AWS_JSON);
        JsonNode body = json(response);
        assertThat(body)
                .isEqualTo(json("{\"__type\":\"ResourceNotFoundException\"," + "\"message\":\"IdentityPool '"
                        + UNKNOWN_POOL + "' not found.\"}"));
        assertThat(response.headers().allValues("x-amzn-ErrorType")).containsExactly("ResourceNotFoundException:");
        assertThat(response.headers().allValues("x-amzn-ErrorMessage"))
                .containsExactly("IdentityPool '" + UNKNOWN_POOL + "' not found.");
    }

    @Test
    void unknownIdentityIsAResourceNotFoundWithTheMessageAmplifyComparesAgainst() {
        String identityId = "us-east-1:11111111-2222-3333-4444-555555555555";
        HttpResponse<String> response = call("DescribeIdentity", "{\"IdentityId\":\"" + identityId + "\"}");

        String message = assertError(response, 400, "ResourceNotFoundException");
        assertThat(message).isEqualTo("Identity '" + identityId + "' not found.");
        assertThat(response.headers().firstValue("x-amzn-ErrorMessage")).hasValue(message);
    }

    @Test
    void validationErrorsCarryTheSameHeadersAsTheBody() {
        HttpResponse<String> response = call("DescribeIdentityPool", "{\"IdentityPoolId\":\"not-a-pool-id\"}");

        String message = assertError(response, 400, "ValidationException");
        assertThat(message).startsWith("1 validation error detected: Value 'not-a-pool-id' at 'identityPoolId'");
        assertThat(response.headers().firstValue("x-amzn-ErrorMessage")).hasValue(message);
    }

    @Test
    void errorBodiesHoldOnlyTypeAndMessage() {
        JsonNode body = json(call("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + UNKNOWN_POOL + "\"}"));

        assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("__type", "message");
    }

    @Test
    void theSdkReadsTheErrorCodeMessageAndRequestId() {
        ResourceNotFoundException e = catchThrowableOfType(
                ResourceNotFoundException.class,
                () -> cognito.describeIdentityPool(b -> b.identityPoolId(UNKNOWN_POOL)));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("IdentityPool '" + UNKNOWN_POOL + "' not found.");
        assertThat(e.requestId()).matches("[0-9a-f-]{36}");
    }

    @Test
    void aMessageThatCannotBeAHeaderStillReachesClientsInTheBody() {
        // A pool name with non-ASCII characters breaks the name pattern; the message echoes the value.
        HttpResponse<String> response = call(
                "CreateIdentityPool",
                "{\"IdentityPoolName\":\"caf\u00e9\\u2603\\n\",\"AllowUnauthenticatedIdentities\":true}");

        String message = assertError(response, 400, "ValidationException");
        assertThat(message).contains("identityPoolName");
        response.headers()
                .firstValue("x-amzn-ErrorMessage")
                .ifPresent(header -> assertThat(header).doesNotContain("\n").matches("[\\x20-\\x7e]*"));
    }
}
