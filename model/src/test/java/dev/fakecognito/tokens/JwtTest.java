package dev.fakecognito.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Decoding and verifying compact JWS tokens with the JDK, against keys read from a JWKS document. */
class JwtTest {
    private static final KeyPair KEY = rsa();
    private static final KeyPair OTHER_KEY = rsa();

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String sign(String header, String claims, KeyPair key, String jdkAlgorithm) throws Exception {
        String input = b64(header) + "." + b64(claims);
        Signature signature = Signature.getInstance(jdkAlgorithm);
        signature.initSign(key.getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String jwks(String kid, KeyPair key) {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        return "{\"keys\":[{\"kty\":\"EC\",\"kid\":\"ignored\"},{\"kty\":\"RSA\",\"kid\":\"" + kid + "\",\"n\":\""
                + unsigned(publicKey.getModulus()) + "\",\"e\":\"" + unsigned(publicKey.getPublicExponent()) + "\"}]}";
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void readsTheHeaderAndClaimsOfACognitoShapedToken() throws Exception {
        String token = sign(
                "{\"kid\":\"us-east-1-1\",\"typ\":\"JWS\",\"alg\":\"RS512\"}",
                "{\"sub\":\"us-east-1:abc\",\"aud\":\"us-east-1:pool\",\"amr\":[\"authenticated\",\"graph.facebook.com\"],"
                        + "\"iss\":\"https://cognito-identity.amazonaws.com\",\"exp\":1700000600,\"iat\":1700000000}",
                KEY,
                "SHA512withRSA");

        Jwt jwt = Jwt.decode(token);

        assertThat(jwt.algorithm()).isEqualTo("RS512");
        assertThat(jwt.keyId()).isEqualTo("us-east-1-1");
        assertThat(jwt.subject()).isEqualTo("us-east-1:abc");
        assertThat(jwt.audience()).containsExactly("us-east-1:pool");
        assertThat(jwt.amr()).containsExactly("authenticated", "graph.facebook.com");
        assertThat(jwt.issuer()).isEqualTo("https://cognito-identity.amazonaws.com");
        assertThat(jwt.expiresAt()).isEqualTo(Instant.ofEpochSecond(1700000600));
        assertThat(jwt.issuedAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
    }

    @Test
    void verifiesWithTheKeyOfItsKidAndOnlyThatKey() throws Exception {
        String token = sign("{\"kid\":\"k1\",\"alg\":\"RS512\"}", "{\"sub\":\"s\"}", KEY, "SHA512withRSA");
        Jwks keys = Jwks.parse(jwks("k1", KEY));
        Jwks otherKeys = Jwks.parse(jwks("k1", OTHER_KEY));

        assertThat(keys.keyIds()).containsExactly("k1");
        assertThat(Jwt.decode(token).isSignedBy(keys.key("k1").orElseThrow())).isTrue();
        assertThat(Jwt.decode(token).isSignedBy(otherKeys.key("k1").orElseThrow()))
                .isFalse();
        assertThat(keys.key("k2")).isEmpty();
        assertThat(keys.key(null)).isEmpty();
    }

    @Test
    void anAlteredTokenOrAnotherAlgorithmDoesNotVerify() throws Exception {
        String token = sign("{\"alg\":\"RS256\"}", "{\"sub\":\"s\"}", KEY, "SHA256withRSA");
        String[] parts = token.split("\\.");
        String altered = parts[0] + "." + b64("{\"sub\":\"t\"}") + "." + parts[2];
        String claimsToBeHs256 = b64("{\"alg\":\"HS256\"}") + "." + parts[1] + "." + parts[2];

        assertThat(Jwt.decode(token).isSignedBy(KEY.getPublic())).isTrue();
        assertThat(Jwt.decode(altered).isSignedBy(KEY.getPublic())).isFalse();
        assertThat(Jwt.decode(claimsToBeHs256).isSignedBy(KEY.getPublic())).isFalse();
    }

    @Test
    void whatIsNotACompactJwsIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Jwt.decode("abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 parts");
        assertThatThrownBy(() -> Jwt.decode("%%%." + b64("{}") + ".x")).hasMessageContaining("header is not base64url");
        assertThatThrownBy(() -> Jwt.decode(b64("[1]") + "." + b64("{}") + ".x"))
                .hasMessageContaining("header is not a JSON object");
        assertThatThrownBy(() -> Jwt.decode(b64("{}") + "." + b64("{") + ".x"))
                .hasMessageContaining("claims is not JSON");
    }

    @Test
    void aDocumentWithoutKeysIsNotAJwks() {
        assertThatThrownBy(() -> Jwks.parse("{\"keys\":{}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"keys\" array");
    }
}
