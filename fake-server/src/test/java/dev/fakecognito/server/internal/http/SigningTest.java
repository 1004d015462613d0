package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

class SigningTest extends ProtocolTestBase {
    private static final String GUEST_ROLE = "arn:aws:iam::123456789012:role/guest";

    private CognitoIdentityClient clientWith(
            Region region, software.amazon.awssdk.auth.credentials.AwsCredentialsProvider credentials) {
        return CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    private String guestPoolWithRole() {
        String poolId = createPool(true);
        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(java.util.Map.of("unauthenticated", GUEST_ROLE)));
        return poolId;
    }

    @Test
    void rawUnsignedGetIdAndGetCredentialsWork() {
        String poolId = guestPoolWithRole();

        HttpResponse<String> getId = call("GetId", "{\"IdentityPoolId\":\"" + poolId + "\"}");
        assertThat(getId.request().headers().firstValue("Authorization")).isEmpty();
        String identityId = ok(getId).path("IdentityId").asText();

        JsonNode credentials = ok(call("GetCredentialsForIdentity", "{\"IdentityId\":\"" + identityId + "\"}"));
        assertThat(credentials.at("/Credentials/AccessKeyId").asText()).isNotEmpty();
    }

    @Test
    void anonymousSdkClientGetsIdAndCredentials() {
        String poolId = guestPoolWithRole();
        // What browser and mobile credential providers do: no credentials at all, so no signature.
        try (CognitoIdentityClient anonymous =
                clientWith(Region.of(fake.region()), AnonymousCredentialsProvider.create())) {
            String identityId = anonymous.getId(b -> b.identityPoolId(poolId)).identityId();
            Credentials credentials = anonymous
                    .getCredentialsForIdentity(b -> b.identityId(identityId))
                    .credentials();
            String token =
                    anonymous.getOpenIdToken(b -> b.identityId(identityId)).token();

            assertThat(identityId).startsWith(fake.region() + ":");
            assertThat(credentials.accessKeyId()).isNotEmpty();
            assertThat(token.split("\\.")).hasSize(3);
        }
    }

    @Test
    void aClientInAnotherRegionSeesThatRegionsPools() {
        String poolId = createPool(true);
        try (CognitoIdentityClient elsewhere = clientWith(
                Region.EU_CENTRAL_1,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAOTHERKEY", "other-secret")))) {
            assertThatThrownBy(() -> elsewhere.describeIdentityPool(b -> b.identityPoolId(poolId)))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageStartingWith("IdentityPool '" + poolId + "' not found.");
            assertThat(elsewhere.listIdentityPools(b -> b.maxResults(60)).identityPools())
                    .noneSatisfy(p -> assertThat(p.identityPoolId()).isEqualTo(poolId));

            String created = elsewhere
                    .createIdentityPool(
                            b -> b.identityPoolName(uniqueName("eu")).allowUnauthenticatedIdentities(true))
                    .identityPoolId();
            assertThat(created).startsWith("eu-central-1:");
            assertThat(elsewhere
                            .describeIdentityPool(b -> b.identityPoolId(created))
                            .identityPoolId())
                    .isEqualTo(created);
            assertThatThrownBy(() -> cognito.describeIdentityPool(b -> b.identityPoolId(created)))
                    .isInstanceOf(ResourceNotFoundException.class);

            // GetId is unsigned: it finds the pool by id from any client
            String identityId = elsewhere.getId(b -> b.identityPoolId(poolId)).identityId();
            assertThat(identityId).startsWith(fake.region() + ":");
            assertThat(cognito.describeIdentity(b -> b.identityId(identityId)).identityId())
                    .isEqualTo(identityId);
            assertThatThrownBy(() -> elsewhere.describeIdentity(b -> b.identityId(identityId)))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void signedCallsWorkWithSessionCredentials() {
        String poolId = createPool(true);
        try (CognitoIdentityClient session = clientWith(
                Region.US_EAST_1,
                StaticCredentialsProvider.create(
                        AwsSessionCredentials.create("ASIATEMPKEY", "temp-secret", "temp-session-token")))) {
            assertThat(session.describeIdentityPool(b -> b.identityPoolId(poolId))
                            .identityPoolId())
                    .isEqualTo(poolId);
        }
    }

    @Test
    void aGarbageSignatureIsNotChecked() {
        String poolId = createPool(true);

        HttpResponse<String> response = send(request("/")
                .POST(HttpRequest.BodyPublishers.ofString("{\"IdentityPoolId\":\"" + poolId + "\"}"))
                .header("Content-Type", AWS_JSON)
                .header("X-Amz-Target", TARGET_PREFIX + "DescribeIdentityPool")
                .header("X-Amz-Date", "20000101T000000Z")
                .header("X-Amz-Security-Token", "whatever")
                .header(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=nobody/20000101/us-east-1/other/aws4_request, "
                                + "SignedHeaders=host, Signature=0000"));

        assertThat(ok(response).path("IdentityPoolId").asText()).isEqualTo(poolId);
    }

    @Test
    void signedOperationsNeedNoSignatureEither() {
        String poolId = createPool(true);

        assertThat(ok(call("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + poolId + "\"}"))
                        .path("IdentityPoolId")
                        .asText())
                .isEqualTo(poolId);
    }
}
