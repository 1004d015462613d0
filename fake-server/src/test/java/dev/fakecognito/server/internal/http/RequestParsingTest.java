package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestParsingTest extends ProtocolTestBase {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AWSCognitoIdentityService.Nope",
                "AWSCognitoIdentityService.",
                "AWSCognitoIdentityService.listIdentityPools",
                "AWSCognitoIdentityProviderService.ListIdentityPools",
                "ListIdentityPools",
                ".ListIdentityPools",
                "AWSCognitoIdentityService.ListIdentityPools.Extra",
            })
    void unknownOrMisprefixedTargetIsAnUnknownOperation(String target) {
        HttpResponse<String> response = post(target, AWS_JSON, "{\"MaxResults\":5}");

        assertError(response, 400, "UnknownOperationException");
    }

    @Test
    void missingTargetIsAnUnknownOperation() {
        assertError(post(null, AWS_JSON, "{\"MaxResults\":5}"), 400, "UnknownOperationException");
    }

    @Test
    void blankTargetIsAnUnknownOperation() {
        assertError(post(" ", AWS_JSON, "{\"MaxResults\":5}"), 400, "UnknownOperationException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/_fakeX", "/_fake-admin", "/_fakes/reset", "/elsewhere"})
    void pathsThatOnlyLookLikeAdminPathsAreApiPaths(String path) {
        HttpResponse<String> response = send(request(path)
                .POST(HttpRequest.BodyPublishers.ofString("{\"MaxResults\":5}"))
                .header("Content-Type", AWS_JSON));

        assertError(response, 400, "UnknownOperationException");
    }

    @Test
    void getOnTheRootIsAnUnknownOperation() {
        assertError(get("/"), 400, "UnknownOperationException");
    }

    @Test
    void otherMethodsWithAValidTargetAreUnknownOperations() {
        HttpResponse<String> response = send(request("/")
                .method("PUT", HttpRequest.BodyPublishers.ofString("{\"MaxResults\":5}"))
                .header("X-Amz-Target", TARGET_PREFIX + "ListIdentityPools")
                .header("Content-Type", AWS_JSON));

        assertError(response, 400, "UnknownOperationException");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{not json",
                "not json at all",
                "{\"MaxResults\":5",
                "{'MaxResults':5}",
                "{\"MaxResults\":5}}",
                "{\"MaxResults\":5} {\"MaxResults\":6}",
                "{\"MaxResults\":NaN}",
                "\u0000\u0001\u0002",
            })
    void bodyThatIsNotJsonIsASerializationException(String body) {
        assertError(call("ListIdentityPools", body), 400, "SerializationException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"MaxResults\":5}]", "\"MaxResults\"", "5", "true"})
    void bodyThatIsNotAJsonObjectIsASerializationException(String body) {
        HttpResponse<String> response = call("ListIdentityPools", body);

        assertError(response, 400, "SerializationException");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"IdentityPoolName\":5,\"AllowUnauthenticatedIdentities\":true}",
                "{\"IdentityPoolName\":[\"p\"],\"AllowUnauthenticatedIdentities\":true}",
                "{\"IdentityPoolName\":{\"a\":1},\"AllowUnauthenticatedIdentities\":true}",
                "{\"IdentityPoolName\":\"p\",\"AllowUnauthenticatedIdentities\":\"yes\"}",
                "{\"IdentityPoolName\":\"p\",\"AllowUnauthenticatedIdentities\":1}",
                "{\"IdentityPoolName\":\"p\",\"AllowUnauthenticatedIdentities\":true,"
                        + "\"SupportedLoginProviders\":[\"graph.facebook.com\"]}",
                "{\"IdentityPoolName\":\"p\",\"AllowUnauthenticatedIdentities\":true,"
                        + "\"SupportedLoginProviders\":{\"graph.facebook.com\":7}}",
                "{\"IdentityPoolName\":\"p\",\"AllowUnauthenticatedIdentities\":true,"
                        + "\"OpenIdConnectProviderARNs\":\"arn:aws:iam::123456789012:oidc-provider/x\"}",
                "{\"IdentityPoolName\":\"p\",\"AllowUnauthenticatedIdentities\":true,"
                        + "\"CognitoIdentityProviders\":{\"ProviderName\":\"x\"}}",
                "{\"IdentityPoolName\":\"p\",\"AllowUnauthenticatedIdentities\":true,\"IdentityPoolTags\":[]}",
            })
    void memberOfTheWrongJsonTypeIsASerializationException(String body) {
        int before = countPools();

        assertError(call("CreateIdentityPool", body), 400, "SerializationException");
        assertThat(countPools()).isEqualTo(before);
    }

    @Test
    void listWhereAMapIsExpectedGivesTheAwsMessage() {
        String message = assertError(
                call(
                        "CreateIdentityPool",
                        "{\"IdentityPoolName\":\"p\","
                                + "\"AllowUnauthenticatedIdentities\":true,\"SupportedLoginProviders\":[\"x\"]}"),
                400,
                "SerializationException");

        assertThat(message).isEqualTo("Start of list found where not expected");
    }

    @Test
    void wrongTypedNumberMembersAreSerializationExceptions() {
        assertError(call("ListIdentityPools", "{\"MaxResults\":\"5\"}"), 400, "SerializationException");
        assertError(call("ListIdentityPools", "{\"MaxResults\":5.5}"), 400, "SerializationException");
        assertError(call("ListIdentityPools", "{\"MaxResults\":99999999999999999999}"), 400, "SerializationException");
    }

    @Test
    void emptyBodyIsTreatedAsAnEmptyObject() {
        for (String body : new String[] {"", "  \r\n\t", "{}"}) {
            HttpResponse<String> response = call("DescribeIdentityPool", body);

            String message = assertError(response, 400, "ValidationException");
            assertThat(message)
                    .as("for body '%s'", body)
                    .isEqualTo("1 validation error detected: Value null at 'identityPoolId' failed to satisfy "
                            + "constraint: Member must not be null");
        }
    }

    @Test
    void emptyBodyReachesAnOperationWithoutRequiredMembers() {
        // GetIdentityPoolRoles needs a pool id; DescribeIdentity an identity id: both are validation errors, not 5xx.
        assertThat(assertError(call("GetIdentityPoolRoles", ""), 400, "ValidationException"))
                .contains("'identityPoolId'")
                .contains("Member must not be null");
        assertThat(assertError(call("DescribeIdentity", ""), 400, "ValidationException"))
                .contains("'identityId'")
                .contains("Member must not be null");
    }

    @Test
    void applicationJsonIsAcceptedAsContentType() {
        String poolId = createPool(true);

        JsonNode list = ok(post(TARGET_PREFIX + "ListIdentityPools", "application/json", "{\"MaxResults\":5}"));
        assertThat(list.path("IdentityPools").isArray()).isTrue();
        assertThat(list.path("IdentityPools").size()).isBetween(1, 5);

        HttpResponse<String> describe = post(
                TARGET_PREFIX + "DescribeIdentityPool",
                "application/json; charset=utf-8",
                "{\"IdentityPoolId\":\"" + poolId + "\"}");
        assertThat(ok(describe).path("IdentityPoolId").asText()).isEqualTo(poolId);
        assertThat(describe.headers().firstValue("Content-Type")).hasValue(AWS_JSON);
    }

    @Test
    void unknownMembersAreIgnored() {
        JsonNode list = ok(call("ListIdentityPools", "{\"MaxResults\":5,\"SomethingNew\":{\"a\":[1,2]}}"));

        assertThat(list.has("IdentityPools")).isTrue();
    }

    @Test
    void deeplyNestedBodyIsASerializationOrValidationErrorNotAServerError() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        for (String body : new String[] {
            deep,
            "{\"MaxResults\":5,\"X\":" + deep + "}",
            "{\"IdentityPoolTags\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}"
        }) {
            HttpResponse<String> response = call("CreateIdentityPool", body);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).path("__type").asText()).isIn("SerializationException", "ValidationException");
        }
        assertThat(get("/_fake/health").statusCode()).isEqualTo(200);
    }

    @Test
    void expectContinueIsAnsweredAtOnceForCheapAndRsaOperations() throws Exception {
        for (String operation : new String[] {"ListIdentityPools", "GetOpenIdToken"}) {
            String body = operation.equals("ListIdentityPools")
                    ? "{\"MaxResults\":5}"
                    : "{\"IdentityId\":\"us-east-1:00000000-0000-0000-0000-000000000000\"}";
            try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST / HTTP/1.1\r\nHost: " + fake.endpoint().getAuthority() + "\r\n"
                                + "Content-Type: " + AWS_JSON + "\r\nX-Amz-Target: " + TARGET_PREFIX + operation
                                + "\r\n"
                                + "Content-Length: " + body.length()
                                + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                // The client waits for this before it sends the body (curl would otherwise wait a second).
                assertThat(in.readLine()).isEqualTo("HTTP/1.1 100 Continue");
                out.write(body.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String status;
                do {
                    status = in.readLine();
                } while (status != null && !status.startsWith("HTTP/1.1 2") && !status.startsWith("HTTP/1.1 4"));
                assertThat(status)
                        .as(operation)
                        .isEqualTo(
                                operation.equals("ListIdentityPools") ? "HTTP/1.1 200 OK" : "HTTP/1.1 400 Bad Request");
            }
        }
    }
}
