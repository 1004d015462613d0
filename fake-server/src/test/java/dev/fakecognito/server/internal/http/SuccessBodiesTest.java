package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SuccessBodiesTest extends ProtocolTestBase {

    private String poolArn(String poolId) {
        return "arn:aws:cognito-identity:" + fake.region() + ":" + fake.accountId() + ":identitypool/" + poolId;
    }

    private static void assertEmptyOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(0);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(AWS_JSON);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    private static double nowSeconds() {
        return Instant.now().toEpochMilli() / 1000.0;
    }

    @Test
    void deleteIdentityPoolAnswersAnEmptyBody() {
        String poolId = createPool(true);

        assertEmptyOk(call("DeleteIdentityPool", "{\"IdentityPoolId\":\"" + poolId + "\"}"));
        assertError(
                call("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + poolId + "\"}"),
                400,
                "ResourceNotFoundException");
    }

    @Test
    void setIdentityPoolRolesAnswersAnEmptyBody() {
        String poolId = createPool(true);

        assertEmptyOk(call(
                "SetIdentityPoolRoles",
                "{\"IdentityPoolId\":\"" + poolId + "\","
                        + "\"Roles\":{\"unauthenticated\":\"arn:aws:iam::123456789012:role/guest\"}}"));
        assertThat(ok(call("GetIdentityPoolRoles", "{\"IdentityPoolId\":\"" + poolId + "\"}"))
                        .at("/Roles/unauthenticated")
                        .asText())
                .isEqualTo("arn:aws:iam::123456789012:role/guest");
    }

    @Test
    void unlinkDeveloperIdentityAnswersAnEmptyBody() {
        String poolId = ok(call(
                        "CreateIdentityPool",
                        "{\"IdentityPoolName\":\"" + uniqueName("dev")
                                + "\",\"AllowUnauthenticatedIdentities\":false,\"DeveloperProviderName\":\"login.proto\"}"))
                .path("IdentityPoolId")
                .asText();
        String identityId = ok(call(
                        "GetOpenIdTokenForDeveloperIdentity",
                        "{\"IdentityPoolId\":\"" + poolId + "\",\"Logins\":{\"login.proto\":\"user-1\"}}"))
                .path("IdentityId")
                .asText();

        assertEmptyOk(call(
                "UnlinkDeveloperIdentity",
                "{\"IdentityId\":\"" + identityId + "\",\"IdentityPoolId\":\"" + poolId
                        + "\",\"DeveloperProviderName\":\"login.proto\",\"DeveloperUserIdentifier\":\"user-1\"}"));
    }

    @Test
    void tagAndUntagResourceAnswerAnEmptyObject() {
        String arn = poolArn(createPool(true));

        HttpResponse<String> tag = call("TagResource", "{\"ResourceArn\":\"" + arn + "\",\"Tags\":{\"team\":\"a\"}}");
        assertThat(tag.statusCode()).isEqualTo(200);
        assertThat(tag.body()).isEqualTo("{}");

        assertThat(ok(call("ListTagsForResource", "{\"ResourceArn\":\"" + arn + "\"}"))
                        .path("Tags"))
                .isEqualTo(json("{\"team\":\"a\"}"));

        HttpResponse<String> untag = call("UntagResource", "{\"ResourceArn\":\"" + arn + "\",\"TagKeys\":[\"team\"]}");
        assertThat(untag.statusCode()).isEqualTo(200);
        assertThat(untag.body()).isEqualTo("{}");
    }

    @Test
    void identityDatesAreEpochSecondNumbersEqualAtCreation() {
        String identityId = guestIdentity(createPool(true));

        HttpResponse<String> response = call("DescribeIdentity", "{\"IdentityId\":\"" + identityId + "\"}");
        JsonNode identity = ok(response);

        assertThat(identity.path("CreationDate").isNumber())
                .as("CreationDate in %s", response.body())
                .isTrue();
        assertThat(identity.path("LastModifiedDate").isNumber())
                .as("LastModifiedDate in %s", response.body())
                .isTrue();
        assertThat(identity.path("CreationDate").decimalValue())
                .isEqualByComparingTo(identity.path("LastModifiedDate").decimalValue());
        assertThat(identity.path("CreationDate").asDouble()).isCloseTo(nowSeconds(), within(120.0));
        // plain decimals with at most 3 fraction digits, never ISO strings or exponents
        assertThat(response.body()).containsPattern("\"CreationDate\":\\d{10}(\\.\\d{1,3})?[,}]");
        assertThat(response.body()).containsPattern("\"LastModifiedDate\":\\d{10}(\\.\\d{1,3})?[,}]");
        // a guest has no logins: the member is left out, not sent as null
        assertThat(identity.has("Logins")).isFalse();
        assertThat(response.body()).doesNotContain("null");
    }

    @Test
    void listIdentitiesGivesDatesAsNumbers() {
        String poolId = createPool(true);
        guestIdentity(poolId);

        HttpResponse<String> response =
                call("ListIdentities", "{\"IdentityPoolId\":\"" + poolId + "\",\"MaxResults\":10}");
        JsonNode identity = ok(response).path("Identities").path(0);

        assertThat(identity.path("CreationDate").isNumber())
                .as("in %s", response.body())
                .isTrue();
        assertThat(identity.path("LastModifiedDate").isNumber())
                .as("in %s", response.body())
                .isTrue();
    }

    @Test
    void credentialsExpireInAnHourAsAnEpochSecondNumber() {
        String poolId = createPool(true);
        assertEmptyOk(call(
                "SetIdentityPoolRoles",
                "{\"IdentityPoolId\":\"" + poolId + "\","
                        + "\"Roles\":{\"unauthenticated\":\"arn:aws:iam::123456789012:role/guest\"}}"));
        String identityId = guestIdentity(poolId);

        HttpResponse<String> response = call("GetCredentialsForIdentity", "{\"IdentityId\":\"" + identityId + "\"}");
        JsonNode body = ok(response);

        assertThat(body.path("IdentityId").asText()).isEqualTo(identityId);
        JsonNode credentials = body.path("Credentials");
        assertThat(credentials.path("AccessKeyId").asText()).isNotEmpty();
        assertThat(credentials.path("SecretKey").asText()).isNotEmpty();
        assertThat(credentials.path("SessionToken").asText()).isNotEmpty();
        assertThat(credentials.path("Expiration").isNumber())
                .as("Expiration in %s", response.body())
                .isTrue();
        assertThat(credentials.path("Expiration").asDouble()).isCloseTo(nowSeconds() + 3600, within(120.0));
        assertThat(response.body()).containsPattern("\"Expiration\":\\d{10}(\\.\\d{1,3})?[,}]");
    }

    @Test
    void rejectedCreateIdentityPoolLeavesThePoolsUnchanged() {
        createPool(true);
        int before = countPools();

        assertError(
                call(
                        "CreateIdentityPool",
                        "{\"IdentityPoolName\":\"bad/name!\",\"AllowUnauthenticatedIdentities\":true}"),
                400,
                "ValidationException");
        assertError(
                call(
                        "CreateIdentityPool",
                        "{\"IdentityPoolName\":\"" + "n".repeat(129) + "\",\"AllowUnauthenticatedIdentities\":true}"),
                400,
                "ValidationException");
        assertError(call("CreateIdentityPool", "{\"IdentityPoolName\":\"no-flag\"}"), 400, "ValidationException");
        assertError(
                call(
                        "CreateIdentityPool",
                        "{\"IdentityPoolName\":\"ok\",\"AllowUnauthenticatedIdentities\":true,"
                                + "\"IdentityPoolTags\":{\"" + "k".repeat(129) + "\":\"v\"}}"),
                400,
                "ValidationException");

        assertThat(countPools()).isEqualTo(before);
    }

    @Test
    void rejectedUpdateIdentityPoolLeavesThePoolUnchanged() {
        String poolId = createPool(true);
        JsonNode before = ok(call("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + poolId + "\"}"));

        assertError(
                call(
                        "UpdateIdentityPool",
                        "{\"IdentityPoolId\":\"" + poolId + "\",\"IdentityPoolName\":\"bad/name\","
                                + "\"AllowUnauthenticatedIdentities\":false}"),
                400,
                "ValidationException");
        assertError(
                call(
                        "UpdateIdentityPool",
                        "{\"IdentityPoolId\":\"" + poolId + "\",\"IdentityPoolName\":\"fine\","
                                + "\"AllowUnauthenticatedIdentities\":\"no\"}"),
                400,
                "SerializationException");

        assertThat(ok(call("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + poolId + "\"}")))
                .isEqualTo(before);
    }
}
