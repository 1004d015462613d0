package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The admin endpoints are a front door: no CORS for them, writes need a header a cross-site page cannot
 * send, Host names are checked against an allow-list (DNS rebinding), an optional token, and a switch
 * to disable them. {@code GET /_fake/health} always answers. The API keeps its CORS.
 */
class AdminFrontDoorTest extends ProtocolTestBase {

    /** A raw request with any Host header, as a browser on a rebound name would send it. */
    static String rawWithHost(FakeCognitoIdentity fake, String method, String path, String host, String headers)
            throws IOException {
        try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n" + headers
                                    + "Content-Length: 0\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSimpleCrossSitePostCannotResetTheFake() {
        String poolId = createPool(true);

        // What a page of another site can send without a preflight: a text/plain POST.
        HttpResponse<String> response = send(request("/_fake/reset")
                .header("Content-Type", "text/plain")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("x")));

        assertThat(assertAdminError(response, 403, "ForbiddenException"))
                .isEqualTo("Admin writes need the header X-Fake-Cognito-Admin (any value), which other sites'"
                        + " pages cannot send; FakeAdminClient and CognitoIdentityContainer send it.");
        assertThat(ok(call("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + poolId + "\"}"))
                        .path("IdentityPoolId")
                        .asText())
                .isEqualTo(poolId);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aPreflightForAnAdminEndpointIsRefusedWithoutCors() {
        HttpResponse<String> preflight = send(request("/_fake/fixtures")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-fake-cognito-admin"));

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().map().keySet())
                .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }

    @Test
    void theApiKeepsItsCorsForBrowserSdks() {
        HttpResponse<String> preflight = send(request("/")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-amz-target, content-type"));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("*");
        assertThat(call("ListIdentityPools", "{\"MaxResults\":1}").headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("*");
    }

    @Test
    void readsNeedNoHeaderAndFakeAdminClientWrites() {
        assertThat(get("/_fake/state").statusCode()).isEqualTo(200);
        assertThat(get("/_fake/requests").statusCode()).isEqualTo(200);

        FakeAdminClient.connect(fake.endpoint()).reset();
    }

    @Test
    void aRebindingHostIsRefusedButLoopbackNamesAndAddressesAreAllowed() throws IOException {
        String rebound = rawWithHost(fake, "GET", "/_fake/state", "evil.example:" + fake.port(), "");
        String header = "X-Fake-Cognito-Admin: 1\r\n";

        assertThat(rebound).startsWith("HTTP/1.1 403 ");
        assertThat(rebound)
                .contains("Host 'evil.example' may not use the admin endpoints: allow it with --allowed-hosts");
        assertThat(rebound).doesNotContain("identityPools");
        for (String host :
                new String[] {"localhost:1", "LOCALHOST", "app.localhost", "127.0.0.1", "10.1.2.3:9", "[::1]:80"}) {
            assertThat(rawWithHost(fake, "POST", "/_fake/reset", host, header))
                    .as("Host %s", host)
                    .startsWith("HTTP/1.1 200 ");
        }
        // The API itself is for any name: browser SDKs and other containers call it by theirs.
        assertThat(rawWithHost(
                        fake,
                        "POST",
                        "/",
                        "cognito:9230",
                        "X-Amz-Target: AWSCognitoIdentityService.ListIdentityPools\r\n"))
                .startsWith("HTTP/1.1 400 ") // the empty body lacks MaxResults: the API answered
                .contains("ValidationException");
        // Health checks by any name keep working.
        assertThat(rawWithHost(fake, "GET", "/_fake/health", "cognito:9230", ""))
                .startsWith("HTTP/1.1 200 ");
    }

    @Nested
    class WithAllowedNamesAndAToken {
        private final FakeCognitoIdentity guarded = FakeCognitoIdentity.builder()
                .allowedHosts("cognito", "Fake.Example")
                .adminToken("s3cret")
                .start();

        @Test
        void configuredNamesPassAndTheTokenIsRequired() throws IOException {
            String token = "X-Fake-Cognito-Admin: s3cret\r\n";
            try (guarded) {
                assertThat(rawWithHost(guarded, "GET", "/_fake/state", "cognito:9230", token))
                        .startsWith("HTTP/1.1 200 ");
                assertThat(rawWithHost(guarded, "GET", "/_fake/state", "fake.example", token))
                        .startsWith("HTTP/1.1 200 ");
                assertThat(rawWithHost(guarded, "GET", "/_fake/state", "other.example", token))
                        .startsWith("HTTP/1.1 403 ");

                String without = rawWithHost(guarded, "GET", "/_fake/requests", "localhost", "");
                String wrong = rawWithHost(guarded, "POST", "/_fake/reset", "localhost", "X-Fake-Cognito-Admin: x\r\n");
                assertThat(without).startsWith("HTTP/1.1 401 ").contains("UnauthorizedException");
                assertThat(without)
                        .contains(
                                "This fake's admin endpoints need its admin token in the header X-Fake-Cognito-Admin");
                assertThat(wrong).startsWith("HTTP/1.1 401 ");
                assertThat(rawWithHost(guarded, "GET", "/_fake/health", "localhost", ""))
                        .startsWith("HTTP/1.1 200 ");

                FakeAdminClient client = FakeAdminClient.connect(guarded.endpoint(), "s3cret");
                client.reset();
                assertThat(client.snapshot().identityPools()).isEmpty();
                assertThatThrownBy(() ->
                                FakeAdminClient.connect(guarded.endpoint()).snapshot())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("answered 401")
                        .hasMessageContaining("admin token");
            }
        }
    }

    @Nested
    class Disabled {
        @Test
        void onlyHealthAnswersAndTheInstanceItselfStillWorks() throws IOException {
            try (FakeCognitoIdentity off =
                    FakeCognitoIdentity.builder().adminEndpoints(false).start()) {
                String state = rawWithHost(off, "GET", "/_fake/state", "localhost", "");
                assertThat(state).startsWith("HTTP/1.1 404 ");
                assertThat(state)
                        .contains(
                                "The admin endpoints of this fake are disabled (adminEndpoints: --admin-endpoints=false, FAKE_COGNITO_ADMIN_ENDPOINTS=false);"
                                        + " only GET /_fake/health answers.");
                assertThat(rawWithHost(off, "POST", "/_fake/reset", "localhost", "X-Fake-Cognito-Admin: 1\r\n"))
                        .startsWith("HTTP/1.1 404 ");
                assertThat(rawWithHost(off, "GET", "/_fake/health", "localhost", ""))
                        .startsWith("HTTP/1.1 200 ");
                off.seed("identityPools: [ { name: Direct } ]");
                assertThat(off.snapshot().identityPools()).hasSize(1);
            }
        }
    }

    private static String assertAdminError(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).path("__type").asText()).isEqualTo(type);
        return json(response).path("message").asText();
    }
}
