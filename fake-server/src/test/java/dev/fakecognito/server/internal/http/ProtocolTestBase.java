package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.server.FakeServerTestBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Raw-HTTP helpers shared by the protocol tests: plain HTTP/1.1, generous timeouts against hangs. */
abstract class ProtocolTestBase extends FakeServerTestBase {
    static final String AWS_JSON = "application/x-amz-json-1.1";
    static final String TARGET_PREFIX = "AWSCognitoIdentityService.";
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final ObjectMapper JSON = new ObjectMapper();

    protected final HttpClient http11 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    /** A request to a path of the fake, with the timeout against hangs. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(url(path)).timeout(TIMEOUT);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http11.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code POST /} with the given target (left out when null), content type (left out when null) and body. */
    HttpResponse<String> post(String target, String contentType, String body) {
        HttpRequest.Builder request = request("/").POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** An unsigned awsJson call, as the SDKs send GetId. */
    HttpResponse<String> call(String operation, String body) {
        return post(TARGET_PREFIX + operation, AWS_JSON, body);
    }

    /** {@code GET} on a path. */
    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Asserts a 200 and returns the parsed body. */
    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(200);
        return json(response);
    }

    /**
     * Asserts an AWS-shaped error: the status, {@code __type} in the body and the
     * {@code x-amzn-ErrorType} header agreeing; returns the message.
     */
    static String assertError(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(AWS_JSON);
        JsonNode body = json(response);
        assertThat(body.path("__type").asText())
                .as("__type of %s", response.body())
                .isEqualTo(type);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(type + ":");
        assertThat(body.path("message").isTextual())
                .as("message in %s", response.body())
                .isTrue();
        return body.path("message").asText();
    }

    /** Creates a pool through a raw call and returns its id. */
    String createPool(boolean allowUnauthenticated) {
        JsonNode pool = ok(call(
                "CreateIdentityPool",
                "{\"IdentityPoolName\":\"" + uniqueName("proto") + "\",\"AllowUnauthenticatedIdentities\":"
                        + allowUnauthenticated + "}"));
        return pool.path("IdentityPoolId").asText();
    }

    /** Gets a guest identity in a pool through an unsigned raw call. */
    String guestIdentity(String poolId) {
        return ok(call("GetId", "{\"IdentityPoolId\":\"" + poolId + "\"}"))
                .path("IdentityId")
                .asText();
    }

    /** Counts all pools, following NextToken. */
    int countPools() {
        int count = 0;
        String token = null;
        do {
            String body = token == null
                    ? "{\"MaxResults\":60}"
                    : "{\"MaxResults\":60,\"NextToken\":" + JSON.valueToTree(token) + "}";
            JsonNode page = ok(call("ListIdentityPools", body));
            count += page.path("IdentityPools").size();
            token = page.hasNonNull("NextToken") ? page.get("NextToken").asText() : null;
        } while (token != null);
        return count;
    }
}
