package dev.fakecognito.server.internal.http;

import static dev.fakecognito.server.internal.http.AdminFrontDoorTest.rawWithHost;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser page, {@code GET /_fake/ui}, over raw HTTP: its files and their headers, its data
 * endpoints (searches, paging, the journal since a sequence) and their refusals, and the front door in
 * front of both. The page itself, in a browser, is tested in {@code ui-tests}.
 */
class UiEndpointsTest extends ProtocolTestBase {
    private static final String WORLD = """
            identityPools:
              - name: Shop
                id: us-east-1:5b0e7a6e-1111-4222-8333-444455556666
                supportedLoginProviders: { graph.facebook.com: "1234567890", accounts.google.com: shop.example }
                developerProviderName: login.shop.example
                tags: { team: checkout }
                identities:
                  - id: us-east-1:aaaaaaaa-0000-0000-0000-000000000001
                    logins: { graph.facebook.com: alice }
                    developerUserIdentifiers: [ alice-dev ]
                  - id: us-east-1:aaaaaaaa-0000-0000-0000-000000000002
                    logins: { graph.facebook.com: bob, accounts.google.com: "<script>alert(1)</script>" }
                  - id: us-east-1:aaaaaaaa-0000-0000-0000-000000000003
                    disabled: true
                    mergedInto: us-east-1:aaaaaaaa-0000-0000-0000-000000000001
                merges:
                  - source: us-east-1:aaaaaaaa-0000-0000-0000-000000000003
                    destination: us-east-1:aaaaaaaa-0000-0000-0000-000000000001
                    operation: GetId
            """;
    private static final String SHOP = "us-east-1:5b0e7a6e-1111-4222-8333-444455556666";
    private static final String API = "/_fake/ui/api/";

    @BeforeEach
    void seed() {
        fake.reset();
        fake.seed(WORLD);
    }

    @Test
    void thePageAndItsFilesCarryAStrictPolicyAndAreGzippedForBrowsers() throws IOException {
        for (String path :
                List.of("/_fake/ui", "/_fake/ui/", "/_fake/ui/app.js", "/_fake/ui/app.css", "/_fake/ui/icon.svg")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(UiEndpoints.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().map().keySet()).noneMatch(name -> name.startsWith("access-control-"));
        }
        assertThat(UiEndpoints.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe", "http", "*");
        assertThat(get("/_fake/ui").headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(get("/_fake/ui/app.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");

        HttpResponse<byte[]> zipped = sendBytes("/_fake/ui/app.js", "gzip, deflate");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String unzipped = new String(
                new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(unzipped).isEqualTo(get("/_fake/ui/app.js").body());
        assertThat(zipped.body().length).isLessThan(unzipped.length() / 2);
        assertThat(get("/_fake/ui/app.js").headers().firstValue("Content-Encoding"))
                .isEmpty();

        String html = get("/_fake/ui").body();
        assertThat(html)
                .doesNotContainPattern("(?i)<script>")
                .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                .doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
    }

    @Test
    void poolsComeWithTheirCountsAndConfigurationButNotTheirIdentities() {
        JsonNode answer = ok(get(API + "pools"));
        assertThat(answer.path("readOnly").asBoolean()).isFalse();
        JsonNode shop = answer.path("pools").get(0);
        assertThat(shop.path("identities").asInt()).isEqualTo(3);
        assertThat(shop.path("disabled").asInt()).isEqualTo(1);
        assertThat(shop.path("merges").asInt()).isEqualTo(1);
        assertThat(shop.path("configuration").path("tags").path("team").asText())
                .isEqualTo("checkout");
        assertThat(shop.path("configuration").path("identities")).isEmpty();
        assertThat(shop.path("configuration").path("region").asText()).isEqualTo("us-east-1");
        assertThat(shop.path("configuration").path("accountId").asText()).isEqualTo(fake.accountId());
        assertThat(ok(get(API + "pools/" + SHOP)).path("identities").asInt()).isEqualTo(3);
    }

    @Test
    void identitiesAreSearchedByIdLoginOrDeveloperUserAndPaged() {
        assertThat(ids("q=graph.facebook.com%3Dalice&field=login"))
                .containsExactly("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
        assertThat(ids("q=BOB")).containsExactly("us-east-1:aaaaaaaa-0000-0000-0000-000000000002");
        assertThat(ids("q=alice-dev&field=developer_user"))
                .containsExactly("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
        assertThat(ids("q=alice&field=id")).isEmpty();
        JsonNode markup = ok(get(API + "pools/" + SHOP + "/identities?q=%3Cscript%3E"));
        assertThat(markup.path("identities")
                        .get(0)
                        .path("logins")
                        .path("accounts.google.com")
                        .asText())
                .as("sent as data, in JSON; the page shows it as text")
                .isEqualTo("<script>alert(1)</script>");
        assertThat(ids("q=000000000003&field=id")).containsExactly("us-east-1:aaaaaaaa-0000-0000-0000-000000000003");

        JsonNode page = ok(get(API + "pools/" + SHOP + "/identities?offset=1&limit=1"));
        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(page.path("offset").asInt()).isEqualTo(1);
        assertThat(page.path("identities")).hasSize(1);
        assertThat(page.path("identities").get(0).path("identityId").asText())
                .isEqualTo("us-east-1:aaaaaaaa-0000-0000-0000-000000000002");
    }

    @Test
    void mergesComeNewestFirst() {
        JsonNode merges = ok(get(API + "pools/" + SHOP + "/merges"));
        assertThat(merges.path("total").asInt()).isEqualTo(1);
        assertThat(merges.path("merges").get(0).path("operation").asText()).isEqualTo("GetId");
    }

    @Test
    void theJournalComesSinceASequenceNewestFirstWithoutBodiesAndEachCallWithItsMaskedBody() {
        call("GetId", "{\"IdentityPoolId\":\"" + SHOP + "\",\"Logins\":{\"graph.facebook.com\":\"alice\"}}");
        call("DescribeIdentityPool", "{\"IdentityPoolId\":\"us-east-1:00000000-0000-0000-0000-000000000000\"}");
        JsonNode all = ok(get(API + "requests"));
        assertThat(all.path("requests")).hasSize(2);
        JsonNode newest = all.path("requests").get(0);
        assertThat(newest.path("operation").asText()).isEqualTo("DescribeIdentityPool");
        assertThat(newest.path("errorType").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(newest.has("requestBody")).isFalse();
        assertThat(newest.path("region").asText()).isEqualTo("us-east-1");
        assertThat(newest.path("accountId").asText()).isEqualTo(fake.accountId());
        long latest = all.path("latest").asLong();
        assertThat(newest.path("sequence").asLong()).isEqualTo(latest);

        assertThat(ok(get(API + "requests?since=" + latest)).path("requests")).isEmpty();
        long first = all.path("requests").get(1).path("sequence").asLong();
        assertThat(ok(get(API + "requests?since=" + first)).path("requests")).hasSize(1);

        String body = ok(get(API + "requests/" + first)).path("requestBody").asText();
        assertThat(body).contains("graph.facebook.com", "[masked 5 characters]").doesNotContain("alice");
    }

    @Test
    void badQueriesAndUnknownPathsAreClearErrors() {
        assertThat(adminError(get(API + "pools/" + SHOP + "/identities?field=email"), 400, "InvalidParameterException"))
                .isEqualTo("field is any, id, login or developer_user, not 'email'.");
        assertThat(adminError(
                        get(API + "pools/" + SHOP + "/identities?limit=100000"), 400, "InvalidParameterException"))
                .isEqualTo("limit is a whole number from 1 to 500, not '100000'.");
        assertThat(adminError(get(API + "requests/abc"), 400, "InvalidParameterException"))
                .startsWith("A request is named by its sequence number");
        assertThat(adminError(get(API + "requests/999999"), 404, "NotFoundException"))
                .contains("is not in the journal");
        adminError(get(API + "pools/us-east-1:00000000-0000-0000-0000-000000000000"), 400, "ResourceNotFoundException");
        assertThat(adminError(get("/_fake/ui/nothing.js"), 404, "NotFoundException"))
                .startsWith("No endpoint 'GET /_fake/ui/nothing.js' of the page");
    }

    @Test
    void theFrontDoorGuardsThePageLikeEveryAdminEndpoint() throws IOException {
        assertThat(rawWithHost(fake, "GET", "/_fake/ui", "rebound.example", "")).startsWith("HTTP/1.1 403 ");
        assertThat(rawWithHost(fake, "GET", API + "pools", "rebound.example", ""))
                .startsWith("HTTP/1.1 403 ");
        assertThat(rawWithHost(fake, "POST", "/_fake/ui", "localhost", "")).startsWith("HTTP/1.1 403 ");

        try (FakeCognitoIdentity off =
                FakeCognitoIdentity.builder().adminEndpoints(false).start()) {
            assertThat(rawWithHost(off, "GET", "/_fake/ui", "localhost", "")).startsWith("HTTP/1.1 404 ");
            assertThat(rawWithHost(off, "GET", "/_fake/ui/app.js", "localhost", ""))
                    .startsWith("HTTP/1.1 404 ");
        }
        try (FakeCognitoIdentity guarded = FakeCognitoIdentity.builder()
                .adminToken("s3cret")
                .uiReadOnly(true)
                .start()) {
            assertThat(rawWithHost(guarded, "GET", "/_fake/ui", "localhost", ""))
                    .as("the page holds no data: it asks for the token")
                    .startsWith("HTTP/1.1 200 ");
            assertThat(rawWithHost(guarded, "GET", API + "pools", "localhost", ""))
                    .startsWith("HTTP/1.1 401 ");
            assertThat(rawWithHost(guarded, "GET", API + "pools", "localhost", "X-Fake-Cognito-Admin: s3cret\r\n"))
                    .startsWith("HTTP/1.1 200 ")
                    .contains("\"readOnly\":true");
        }
    }

    /** An error of the admin endpoints: the status, {@code __type}; returns the message. */
    private static String adminError(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).path("__type").asText()).isEqualTo(type);
        return json(response).path("message").asText();
    }

    private List<String> ids(String query) {
        JsonNode page = ok(get(API + "pools/" + SHOP + "/identities?" + query));
        return page.path("identities").findValuesAsText("identityId");
    }

    private HttpResponse<byte[]> sendBytes(String path, String acceptEncoding) {
        try {
            return http11.send(
                    request(path).header("Accept-Encoding", acceptEncoding).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
