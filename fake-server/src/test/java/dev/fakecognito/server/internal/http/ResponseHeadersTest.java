package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResponseHeadersTest extends ProtocolTestBase {
    private static final String UNKNOWN_POOL = "us-east-1:00000000-0000-0000-0000-000000000000";

    /** One of each kind of answer the fake gives: API success and error, protocol errors, admin, discovery. */
    private List<HttpResponse<String>> assortedResponses() {
        return List.of(
                call("ListIdentityPools", "{\"MaxResults\":5}"),
                call("ListIdentityPools", "{\"MaxResults\":5}"),
                call("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + UNKNOWN_POOL + "\"}"),
                call("DescribeIdentityPool", "{\"IdentityPoolId\":\"not a pool id\"}"),
                call("Nope", "{}"),
                call("ListIdentityPools", "{not json"),
                get("/"),
                get("/_fake/health"),
                get("/_fake/nothing-here"),
                get("/.well-known/jwks_uri"),
                get("/.well-known/openid-configuration"),
                get("/.well-known/nothing-here"),
                send(request("/")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "http://localhost:3000")
                        .header("Access-Control-Request-Method", "POST")));
    }

    @Test
    void everyResponseCarriesAFreshUuidRequestId() {
        List<HttpResponse<String>> responses = assortedResponses();
        Set<String> seen = new HashSet<>();
        for (HttpResponse<String> response : responses) {
            List<String> ids = response.headers().allValues("x-amzn-RequestId");
            assertThat(ids)
                    .as("x-amzn-RequestId of %s %s", response.request().uri(), response.body())
                    .hasSize(1);
            String id = ids.get(0);
            assertThat(UUID.fromString(id).toString()).isEqualTo(id.toLowerCase(Locale.ROOT));
            seen.add(id);
        }
        assertThat(seen).as("request ids are never reused").hasSize(responses.size());
    }

    @Test
    void everyResponseCarriesOneDateHeaderInHttpsFormatAtRealTime() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<HttpResponse<String>> responses = assortedResponses();
        Instant after = Instant.now();
        for (HttpResponse<String> response : responses) {
            List<String> dates = response.headers().allValues("Date");
            assertThat(dates).as("Date of %s", response.request().uri()).hasSize(1);
            assertThat(dates.get(0)).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
            Instant date = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(dates.get(0)));
            assertThat(date).isBetween(before, after);
        }
    }

    @Test
    void theDateHeaderFormatsAsHttpDoes() {
        DateTimeFormatter http = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
                .withZone(ZoneOffset.UTC);
        long[] seconds = {0, 784111777, 951782400, 1709164799, 1709164800, 1798761599, 4102444800L};
        for (long second : seconds) {
            assertThat(DateHeader.format(second)).isEqualTo(http.format(Instant.ofEpochSecond(second)));
        }
        for (long second = 1_700_000_000L; second < 1_700_000_000L + 400L * 86_400; second += 86_399) {
            assertThat(DateHeader.format(second)).isEqualTo(http.format(Instant.ofEpochSecond(second)));
        }
        DateHeader header = new DateHeader(exchange -> {});
        assertThat(header.now(1_000_999)).isEqualTo(DateHeader.format(1_000)).isSameAs(header.now(1_000_000));
        assertThat(header.now(1_001_000)).isEqualTo(DateHeader.format(1_001));
    }

    @Test
    void apiSuccessesAndErrorsAreAwsJson() {
        HttpResponse<String> success = call("ListIdentityPools", "{\"MaxResults\":5}");
        HttpResponse<String> error = call("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + UNKNOWN_POOL + "\"}");
        HttpResponse<String> protocolError = call("Nope", "{}");
        HttpResponse<String> getRoot = get("/");
        for (HttpResponse<String> response : List.of(success, error, protocolError, getRoot)) {
            assertThat(response.headers().allValues("Content-Type"))
                    .as("Content-Type of %s", response.body())
                    .containsExactly(AWS_JSON);
        }
        assertThat(success.statusCode()).isEqualTo(200);
        assertThat(error.statusCode()).isEqualTo(400);
    }

    @Test
    void everyResponseButTheAdminOnesCarriesTheCorsHeadersBrowsersNeed() {
        for (HttpResponse<String> response : assortedResponses()) {
            if (response.request().uri().getPath().startsWith("/_fake/")) {
                assertThat(response.headers().map().keySet())
                        .as(
                                "admin answers are not for other sites' pages: %s",
                                response.request().uri())
                        .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
                continue;
            }
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                    .as("Allow-Origin of %s %s", response.request().uri(), response.body())
                    .hasValue("*");
            assertThat(headerList(response, "Access-Control-Expose-Headers"))
                    .as("Expose-Headers of %s %s", response.request().uri(), response.body())
                    .contains("x-amzn-requestid", "x-amzn-errortype", "x-amzn-errormessage");
        }
    }

    @Test
    void preflightAllowsPostAndTheRequestedHeaders() {
        HttpResponse<String> response = send(request("/")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-amz-target,authorization,x-amz-date"));

        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(headerList(response, "Access-Control-Allow-Methods")).contains("post");
        assertThat(headerList(response, "Access-Control-Allow-Headers"))
                .contains("content-type", "x-amz-target", "authorization", "x-amz-date");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    @Test
    void preflightOfAmplifysFetchAllowsItsCacheControlAndUserAgentHeaders() {
        // what Chromium sends before Amplify v6's GetId: its fetch adds cache-control and x-amz-user-agent
        HttpResponse<String> response = send(request("/")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "cache-control,content-type,x-amz-target,x-amz-user-agent"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(headerList(response, "Access-Control-Allow-Headers"))
                .contains("cache-control", "content-type", "x-amz-target", "x-amz-user-agent");
    }

    @Test
    void preflightWithoutRequestedHeadersAllowsEverythingTheSdksSend() {
        HttpResponse<String> response = send(request("/")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST"));

        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(headerList(response, "Access-Control-Allow-Methods")).contains("post");
        assertThat(headerList(response, "Access-Control-Allow-Headers"))
                .contains(
                        "content-type",
                        "x-amz-target",
                        "x-amz-user-agent",
                        "x-amz-date",
                        "authorization",
                        "x-amz-security-token",
                        "amz-sdk-invocation-id",
                        "amz-sdk-request",
                        "cache-control");
    }

    @Test
    void preflightDoesNotRunAnOperation() {
        int before = countPools();
        HttpResponse<String> response = send(request("/")
                .method(
                        "OPTIONS",
                        HttpRequest.BodyPublishers.ofString(
                                "{\"IdentityPoolName\":\"preflight\"," + "\"AllowUnauthenticatedIdentities\":true}"))
                .header("X-Amz-Target", TARGET_PREFIX + "CreateIdentityPool")
                .header("Content-Type", AWS_JSON)
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST"));

        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(countPools()).isEqualTo(before);
    }

    /** A comma-separated header as a set of lowercase, trimmed items. */
    private static Set<String> headerList(HttpResponse<String> response, String name) {
        return response.headers().allValues(name).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toSet());
    }
}
