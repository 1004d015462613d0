package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiscoveryEndpointsTest extends ProtocolTestBase {

    @Override
    protected FakeCognitoIdentity.Builder configure(FakeCognitoIdentity.Builder builder) {
        return builder.region("eu-west-1").accountId("111122223333");
    }

    @Test
    void healthSaysUpAndNamesTheRegion() {
        HttpResponse<String> response = get("/_fake/health");

        JsonNode health = ok(response);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("region").asText()).isEqualTo("eu-west-1");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void resetEndpointDropsPools() {
        String poolId = createPool(true);

        assertThat(send(request("/_fake/reset")
                                .header("X-Fake-Cognito-Admin", "true")
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(200);

        assertError(
                call("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + poolId + "\"}"),
                400,
                "ResourceNotFoundException");
        assertThat(ok(get("/_fake/health")).path("identityPools").asInt()).isZero();
    }

    @Test
    void unknownAdminPathIsAJsonError() {
        HttpResponse<String> response = get("/_fake/nothing");

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(json(response).path("__type").asText()).isNotEmpty();
    }

    @Test
    void jwksHoldsTheRs512KeyOfTheRegionAndIsCacheable() {
        HttpResponse<String> response = get("/.well-known/jwks_uri");

        JsonNode key = ok(response).path("keys").path(0);
        assertThat(key.path("kty").asText()).isEqualTo("RSA");
        assertThat(key.path("alg").asText()).isEqualTo("RS512");
        assertThat(key.path("use").asText()).isEqualTo("sig");
        assertThat(key.path("kid").asText()).isEqualTo("eu-west-1-1");
        assertThat(key.path("e").asText()).isEqualTo("AQAB");
        assertThat(key.path("n").asText()).matches("[A-Za-z0-9_-]{300,}"); // base64url, no padding
        String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
        Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
        assertThat(maxAge.find()).as("max-age in '%s'", cacheControl).isTrue();
        assertThat(Long.parseLong(maxAge.group(1))).isEqualTo(30L * 24 * 3600);
    }

    @Test
    void openIdConfigurationNamesTheRealIssuerAndTheFakesJwks() {
        JsonNode configuration = ok(get("/.well-known/openid-configuration"));

        assertThat(configuration.path("issuer").asText()).isEqualTo("https://cognito-identity.amazonaws.com");
        assertThat(configuration.path("jwks_uri").asText())
                .isEqualTo(fake.jwksUri().toString());
        assertThat(configuration.path("jwks_uri").asText())
                .isEqualTo(url("/.well-known/jwks_uri").toString());
        assertThat(configuration.path("id_token_signing_alg_values_supported").toString())
                .contains("\"RS512\"");
    }

    @Test
    void anOpenIdTokenVerifiesAgainstTheServedJwks() throws Exception {
        String identityId = guestIdentity(createPool(true));
        String token = ok(call("GetOpenIdToken", "{\"IdentityId\":\"" + identityId + "\"}"))
                .path("Token")
                .asText();

        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = JWKSet.parse(get("/.well-known/jwks_uri").body())
                .getKeyByKeyId(jwt.getHeader().getKeyID())
                .toRSAKey();

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS512);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer())
                .isEqualTo(ok(get("/.well-known/openid-configuration"))
                        .path("issuer")
                        .asText());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(identityId);
    }

    @Test
    void unknownWellKnownDocumentIsAJsonError() {
        HttpResponse<String> response = get("/.well-known/jwks.json");

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(json(response).path("__type").asText()).isNotEmpty();
    }

    @Test
    void postToTheJwksIsRefused() {
        HttpResponse<String> response =
                send(request("/.well-known/jwks_uri").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(json(response).path("__type").asText()).isNotEmpty();
    }
}
