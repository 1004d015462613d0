package dev.fakecognito.server.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.server.MutableClock;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenIdTokenIssuerTest {

    private static final String ISS = "https://cognito-identity.amazonaws.com";
    private static final String POOL = "us-east-1:b73cb2d2-0d00-4e77-8e80-f99d9c13da3b";
    private static final String IDENTITY = "us-east-1:157d6171-ee1b-c968-98c2-7c97c13d98d2";
    private static final String ARN_CLAIM = "https://cognito-identity.amazonaws.com/identity-pool-arn";
    private static final String ARN = "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + POOL;
    private static final Instant START = Instant.parse("2025-05-20T22:14:23.456Z");

    private final ObjectMapper json = new ObjectMapper();
    private final MutableClock clock = new MutableClock(START);
    /** One generated key shared by the tests of this class (key generation is slow). */
    private final OpenIdTokenIssuer issuer = new OpenIdTokenIssuer("us-east-1", ISS, clock);

    private String issueUnauthenticated() {
        return issuer.issue(IDENTITY, POOL, List.of("unauthenticated"), Duration.ofMinutes(10), Map.of());
    }

    @Test
    void keyIdAndIssuer() {
        assertThat(issuer.keyId()).isEqualTo("us-east-1-1");
        assertThat(issuer.issuer()).isEqualTo(ISS);
        assertThat(new OpenIdTokenIssuer("eu-west-1", ISS, clock).keyId()).isEqualTo("eu-west-1-1");
    }

    @Test
    void headerIsKidTypJwsAlgRs512InThatOrder() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issueUnauthenticated());

        assertThat(jwt.getHeader().getKeyID()).isEqualTo("us-east-1-1");
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("JWS");
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS512);
        assertThat(fieldNames(json.readTree(jwt.getHeader().getParsedBase64URL().decodeToString())))
                .containsExactly("kid", "typ", "alg");
    }

    @Test
    void developerTokenHasClaimsInRealOrderAndValues() throws Exception {
        List<String> amr = List.of("authenticated", "login.cse521", "login.cse521:" + POOL + ":2");
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put(ARN_CLAIM, ARN);
        extra.put("https://aws.amazon.com/tags", Map.of("principal_tags", Map.of("team", List.of("blue"))));

        String token = issuer.issue(IDENTITY, POOL, amr, Duration.ofSeconds(900), extra);
        JsonNode payload = json.readTree(SignedJWT.parse(token).getPayload().toString());

        assertThat(fieldNames(payload))
                .as("as real tokens have them: the tags before iss, the pool ARN after it")
                .containsExactly("sub", "aud", "amr", "https://aws.amazon.com/tags", "iss", ARN_CLAIM, "exp", "iat");
        assertThat(payload.get("sub").asText()).isEqualTo(IDENTITY);
        assertThat(payload.get("aud").isTextual()).as("aud is a single string").isTrue();
        assertThat(payload.get("aud").asText()).isEqualTo(POOL);
        assertThat(strings(payload.get("amr"))).isEqualTo(amr);
        assertThat(payload.get("iss").asText()).isEqualTo(ISS);
        assertThat(payload.get(ARN_CLAIM).asText()).isEqualTo(ARN);
        assertThat(payload.at("/https:~1~1aws.amazon.com~1tags/principal_tags/team/0")
                        .asText())
                .isEqualTo("blue");
        assertThat(payload.get("iat").isIntegralNumber()).isTrue();
        assertThat(payload.get("exp").isIntegralNumber()).isTrue();
        assertThat(payload.get("iat").asLong()).isEqualTo(START.getEpochSecond());
        assertThat(payload.get("exp").asLong() - payload.get("iat").asLong()).isEqualTo(900);
    }

    @Test
    void unauthenticatedTokenLivesTenMinutesAndHasNoExtraClaims() throws Exception {
        JsonNode payload = json.readTree(
                SignedJWT.parse(issueUnauthenticated()).getPayload().toString());

        assertThat(fieldNames(payload)).containsExactly("sub", "aud", "amr", "iss", "exp", "iat");
        assertThat(payload.get("exp").asLong() - payload.get("iat").asLong()).isEqualTo(600);
    }

    @Test
    void eachCallIssuesAFreshToken() {
        String first = issueUnauthenticated();
        clock.advance(Duration.ofSeconds(1));
        try {
            assertThat(issueUnauthenticated()).isNotEqualTo(first);
        } finally {
            clock.set(START);
        }
    }

    @Test
    void plainNimbusVerifiesTheSignatureWithTheServedJwks() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issueUnauthenticated());

        JWKSet jwks = JWKSet.parse(issuer.jwksJson());
        JWK jwk = jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwk).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(jwk.toRSAKey()))).isTrue();
    }

    @Test
    void jwksHasOnePublicRs512SigningKey() throws Exception {
        String jwksJson = issuer.jwksJson();
        JWKSet jwks = JWKSet.parse(jwksJson);

        assertThat(jwks.getKeys()).hasSize(1);
        RSAKey key = jwks.getKeys().get(0).toRSAKey();
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getKeyID()).isEqualTo("us-east-1-1");
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS512);
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.size()).isEqualTo(2048);

        JsonNode raw = json.readTree(jwksJson).get("keys").get(0);
        assertThat(fieldNames(raw)).containsExactlyInAnyOrder("kty", "alg", "use", "kid", "n", "e");
        assertThat(raw.get("kty").asText()).isEqualTo("RSA");
        assertThat(raw.get("e").asText()).isEqualTo("AQAB");
        assertThat(raw.get("n").asText()).matches("[A-Za-z0-9_-]{342}");
    }

    @Test
    void verifyAcceptsOwnToken() {
        VerifiedOpenIdToken verified = issuer.verify(
                issuer.issue(IDENTITY, POOL, List.of("authenticated", "login.dev"), Duration.ofSeconds(900), Map.of()),
                POOL);

        assertThat(verified.subject()).isEqualTo(IDENTITY);
        assertThat(verified.audience()).isEqualTo(POOL);
        assertThat(verified.amr()).containsExactly("authenticated", "login.dev");
        assertThat(verified.authenticated()).isTrue();
        assertThat(verified.expiresAt()).isEqualTo(Instant.ofEpochSecond(START.getEpochSecond() + 900));
        assertThat(verified.principalTags()).isEmpty();
    }

    @Test
    void verifyReadsThePrincipalTagsOfOwnToken() {
        Map<String, Object> tags = Map.of(
                OpenIdTokenIssuer.TAGS_CLAIM, Map.of("principal_tags", Map.of("team", List.of("blue", "green"))));

        VerifiedOpenIdToken verified = issuer.verify(
                issuer.issue(IDENTITY, POOL, List.of("authenticated", "login.dev"), Duration.ofSeconds(900), tags),
                POOL);

        assertThat(verified.principalTags()).isEqualTo(Map.of("team", List.of("blue", "green")));
    }

    @Test
    void verifyRejectsATamperedPayload() throws Exception {
        String[] parts = issueUnauthenticated().split("\\.");
        Map<String, Object> claims =
                JWSObject.parse(String.join(".", parts)).getPayload().toJSONObject();
        claims.put("sub", "us-east-1:00000000-0000-0000-0000-000000000000");
        String forged =
                parts[0] + "." + Base64URL.encode(new com.nimbusds.jose.Payload(claims).toString()) + "." + parts[2];

        assertCouldNotVerify(() -> issuer.verify(forged, POOL));
    }

    @Test
    void verifyRejectsATamperedSignature() {
        String token = issueUnauthenticated();
        int last = token.length() - 10;
        char replaced = token.charAt(last) == 'A' ? 'B' : 'A';
        String forged = token.substring(0, last) + replaced + token.substring(last + 1);

        assertCouldNotVerify(() -> issuer.verify(forged, POOL));
    }

    @Test
    void verifyRejectsATokenForAnotherPool() {
        String token = issueUnauthenticated();

        assertCouldNotVerify(() -> issuer.verify(token, "us-east-1:11111111-2222-3333-4444-555555555555"));
    }

    @Test
    void verifyRejectsATokenOfAnotherIssuerWithTheSameKidButAnotherKey() {
        OpenIdTokenIssuer other = new OpenIdTokenIssuer("us-east-1", ISS, clock);
        String foreign = other.issue(IDENTITY, POOL, List.of("unauthenticated"), Duration.ofMinutes(10), Map.of());

        assertThat(other.keyId()).isEqualTo(issuer.keyId());
        assertCouldNotVerify(() -> issuer.verify(foreign, POOL));
    }

    @Test
    void verifyRejectsGarbage() {
        assertCouldNotVerify(() -> issuer.verify(null, POOL));
        assertCouldNotVerify(() -> issuer.verify("", POOL));
        assertCouldNotVerify(() -> issuer.verify("EAAGm0PX4ZCpsBAKZAZD", POOL));
        assertCouldNotVerify(() -> issuer.verify("a.b.c", POOL));
    }

    @Test
    void verifyRejectsAnExpiredTokenWithTheExpiryMessage() {
        KeyPair keyPair = rsaKeyPair();
        MutableClock movable = new MutableClock(START);
        OpenIdTokenIssuer configured = new OpenIdTokenIssuer("us-east-1", ISS, movable, keyPair);
        String token = configured.issue(IDENTITY, POOL, List.of("unauthenticated"), Duration.ofMinutes(10), Map.of());
        long exp = START.getEpochSecond() + 600;

        movable.set(Instant.ofEpochSecond(exp - 1));
        assertThat(configured.verify(token, POOL).subject()).isEqualTo(IDENTITY);

        movable.set(Instant.ofEpochSecond(exp));
        assertThatThrownBy(() -> configured.verify(token, POOL))
                .isInstanceOfSatisfying(
                        CognitoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_AUTHORIZED))
                .hasMessage("Invalid login token. Token expired: " + exp + " >= " + exp);

        movable.set(Instant.ofEpochSecond(exp + 42));
        assertThatThrownBy(() -> configured.verify(token, POOL))
                .hasMessage("Invalid login token. Token expired: " + (exp + 42) + " >= " + exp);
    }

    @Test
    void configuredKeyIsUsedAndSharedBetweenInstances() throws Exception {
        KeyPair keyPair = rsaKeyPair();
        OpenIdTokenIssuer first = new OpenIdTokenIssuer("eu-west-1", ISS, clock, keyPair);
        OpenIdTokenIssuer second = new OpenIdTokenIssuer("eu-west-1", ISS, clock, keyPair);
        assertThat(first.keyGenerated()).isTrue();

        String token = first.issue(
                "eu-west-1:abc", "eu-west-1:pool", List.of("unauthenticated"), Duration.ofMinutes(10), Map.of());

        assertThat(second.verify(token, "eu-west-1:pool").subject()).isEqualTo("eu-west-1:abc");
        RSAKey served =
                JWKSet.parse(first.jwksJson()).getKeyByKeyId("eu-west-1-1").toRSAKey();
        assertThat(served.toRSAPublicKey().getModulus()).isEqualTo(((RSAPublicKey) keyPair.getPublic()).getModulus());
        assertThat(first.jwksJson()).doesNotContain("\"d\"");
    }

    @Test
    void keyIsGeneratedLazilyOnFirstUse() {
        List<OpenIdTokenIssuer> issuers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            issuers.add(new OpenIdTokenIssuer("us-east-1", ISS, clock));
        }
        assertThat(issuers).noneMatch(OpenIdTokenIssuer::keyGenerated);

        OpenIdTokenIssuer lazy = issuers.get(0);
        lazy.openIdConfigurationJson(null, "http://localhost/.well-known/jwks_uri");
        assertThat(lazy.keyGenerated()).as("discovery needs no key").isFalse();

        lazy.jwksJson();
        assertThat(lazy.keyGenerated()).isTrue();
        assertThat(issuers.subList(1, issuers.size())).noneMatch(OpenIdTokenIssuer::keyGenerated);
    }

    @Test
    void concurrentFirstUseGeneratesOneKey() throws Exception {
        OpenIdTokenIssuer lazy = new OpenIdTokenIssuer("us-east-1", ISS, clock);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return lazy.issue(IDENTITY, POOL, List.of("unauthenticated"), Duration.ofMinutes(10), Map.of());
                }));
            }
            go.countDown();
            Set<String> tokens = ConcurrentHashMap.newKeySet();
            for (Future<String> result : results) {
                tokens.add(result.get(60, TimeUnit.SECONDS));
            }
            // RS512 (PKCS#1 v1.5) is deterministic: one key and one clock second give one token.
            assertThat(tokens).hasSize(1);
            assertThat(lazy.verify(tokens.iterator().next(), POOL).subject()).isEqualTo(IDENTITY);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void issueRejectsReservedExtraClaimsAndTooShortLifetimes() {
        assertThatThrownBy(() -> issuer.issue(
                        IDENTITY,
                        POOL,
                        List.of("unauthenticated"),
                        Duration.ofMinutes(10),
                        Map.of("sub", "someone-else")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        issuer.issue(IDENTITY, POOL, List.of("unauthenticated"), Duration.ofMillis(500), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openIdConfigurationDocument() throws Exception {
        JsonNode doc =
                json.readTree(issuer.openIdConfigurationJson(null, "http://127.0.0.1:4567/.well-known/jwks_uri"));

        assertThat(doc.get("issuer").asText()).isEqualTo(ISS);
        assertThat(doc.get("jwks_uri").asText()).isEqualTo("http://127.0.0.1:4567/.well-known/jwks_uri");
        assertThat(strings(doc.get("id_token_signing_alg_values_supported"))).containsExactly("RS512");
        assertThat(strings(doc.get("subject_types_supported"))).containsExactly("public");
        assertThat(strings(doc.get("response_types_supported"))).containsExactly("id_token");
        assertThat(strings(doc.get("claims_supported"))).contains("sub", "aud", "amr", "iss", "exp", "iat");
    }

    private static void assertCouldNotVerify(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        CognitoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_AUTHORIZED))
                .hasMessage("Invalid login token. Couldn't verify signed token.");
    }

    private List<String> strings(JsonNode array) {
        return json.convertValue(array, new TypeReference<List<String>>() {});
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
