package dev.fakecognito.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import dev.fakecognito.server.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * OpenID tokens of this fake given back as the {@code cognito-identity.amazonaws.com} login of
 * GetCredentialsForIdentity (docs/reference/behaviour/login-tokens.md#tokens-issued-by-the-fake-as-logins): the developer flow. Runs on a clock the tests
 * move forward, and with a known signing key so tokens can be forged for comparison.
 */
class CognitoLoginTokenTest extends FakeServerTestBase {
    private static final String COGNITO = "cognito-identity.amazonaws.com";
    private static final String DEVELOPER_PROVIDER = "login.example";
    private static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/Auth";
    private static final String COULD_NOT_VERIFY = "Invalid login token. Couldn't verify signed token.";

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final KeyPair signingKey = rsaKeyPair();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected FakeCognitoIdentity.Builder configure(FakeCognitoIdentity.Builder builder) {
        return builder.clock(clock).signingKey(signingKey);
    }

    // ---- helpers ----

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A developer pool with an authenticated role, on the given client's fake. */
    private static String newPool(CognitoIdentityClient client) {
        String poolId = client.createIdentityPool(b -> b.identityPoolName(uniqueName("devflow"))
                        .allowUnauthenticatedIdentities(false)
                        .developerProviderName(DEVELOPER_PROVIDER))
                .identityPoolId();
        client.setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(Map.of("authenticated", AUTH_ROLE)));
        return poolId;
    }

    private String newPool() {
        return newPool(cognito);
    }

    private static GetOpenIdTokenForDeveloperIdentityResponse developerToken(
            CognitoIdentityClient client, String poolId, String user) {
        return client.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER_PROVIDER, user)));
    }

    private GetOpenIdTokenForDeveloperIdentityResponse developerToken(String poolId, String user) {
        return developerToken(cognito, poolId, user);
    }

    private GetCredentialsForIdentityResponse credentials(String identityId, String token) {
        return cognito.getCredentialsForIdentity(b -> b.identityId(identityId).logins(Map.of(COGNITO, token)));
    }

    private Map<String, Object> claimsOf(String token) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return json.readValue(payload, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    /** Signs claims the way the fake does (RS512, typ JWS, kid us-east-1-1) with the given key. */
    private static String sign(KeyPair key, Map<String, Object> claims) throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS512)
                .keyID("us-east-1-1")
                .type(new JOSEObjectType("JWS"))
                .build();
        JWSObject jws = new JWSObject(header, new Payload(claims));
        jws.sign(new RSASSASigner(key.getPrivate()));
        return jws.serialize();
    }

    private static void assertNotAuthorized(ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(NotAuthorizedException.class)
                .satisfies(e -> assertThat(
                                ((CognitoIdentityException) e).awsErrorDetails().errorMessage())
                        .isEqualTo(message));
    }

    // ---- tests ----

    @Test
    void developerTokenGivesCredentialsForItsIdentity() {
        String poolId = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse token = developerToken(poolId, "alice");

        GetCredentialsForIdentityResponse response = credentials(token.identityId(), token.token());

        assertThat(response.identityId()).isEqualTo(token.identityId());
        assertThat(response.credentials().accessKeyId()).matches("ASIA[A-Z2-7]{16}");
        assertThat(response.credentials().expiration())
                .isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void authenticatedIdentityWithoutTheTokenIsForbidden() {
        String poolId = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse token = developerToken(poolId, "alice");

        assertNotAuthorized(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(token.identityId())),
                "Access to Identity '" + token.identityId() + "' is forbidden.");
    }

    @Test
    void tokenWithATamperedSignatureIsRefused() {
        String poolId = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse token = developerToken(poolId, "alice");
        String[] parts = token.token().split("\\.");
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        String tampered = parts[0] + "." + parts[1] + "." + new String(signature);

        assertNotAuthorized(() -> credentials(token.identityId(), tampered), COULD_NOT_VERIFY);
    }

    @Test
    void tokenWithTamperedClaimsIsRefused() throws Exception {
        String poolId = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse alice = developerToken(poolId, "alice");
        GetOpenIdTokenForDeveloperIdentityResponse bob = developerToken(poolId, "bob");
        Map<String, Object> claims = claimsOf(alice.token());
        claims.put("sub", bob.identityId());
        String[] parts = alice.token().split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(claims));
        String tampered = parts[0] + "." + forgedPayload + "." + parts[2];

        assertNotAuthorized(() -> credentials(bob.identityId(), tampered), COULD_NOT_VERIFY);
    }

    @Test
    void tokenOfAnotherIdentityOfTheSamePoolIsRefused() {
        String poolId = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse alice = developerToken(poolId, "alice");
        GetOpenIdTokenForDeveloperIdentityResponse bob = developerToken(poolId, "bob");

        assertThatThrownBy(() -> credentials(bob.identityId(), alice.token()))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void tokenOfAnotherPoolIsRefused() {
        String poolA = newPool();
        String poolB = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse tokenOfA = developerToken(poolA, "alice");
        GetOpenIdTokenForDeveloperIdentityResponse identityOfB = developerToken(poolB, "alice");

        assertNotAuthorized(() -> credentials(identityOfB.identityId(), tokenOfA.token()), COULD_NOT_VERIFY);
    }

    @Test
    void expiredTokenIsRefusedWithTheExpiryTimes() throws Exception {
        String poolId = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse token =
                cognito.getOpenIdTokenForDeveloperIdentity(b -> b.identityPoolId(poolId)
                        .logins(Map.of(DEVELOPER_PROVIDER, "alice"))
                        .tokenDuration(60L));
        long exp = ((Number) claimsOf(token.token()).get("exp")).longValue();

        clock.advance(Duration.ofSeconds(59));
        assertThat(credentials(token.identityId(), token.token()).identityId()).isEqualTo(token.identityId());

        clock.advance(Duration.ofSeconds(1));
        long now = clock.instant().getEpochSecond();
        assertThat(now).isEqualTo(exp);
        assertNotAuthorized(
                () -> credentials(token.identityId(), token.token()),
                "Invalid login token. Token expired: " + now + " >= " + exp);
    }

    @Test
    void tokenOfAnotherFakeInstanceIsRefused() {
        try (FakeCognitoIdentity other = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient otherClient = client(other)) {
            GetOpenIdTokenForDeveloperIdentityResponse foreign =
                    developerToken(otherClient, newPool(otherClient), "alice");
            GetOpenIdTokenForDeveloperIdentityResponse local = developerToken(newPool(), "alice");

            assertNotAuthorized(() -> credentials(local.identityId(), foreign.token()), COULD_NOT_VERIFY);
        }
    }

    @Test
    void onlyTheFakesOwnKeyMakesAForgedTokenValid() throws Exception {
        String poolId = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse genuine = developerToken(poolId, "alice");
        Map<String, Object> claims = claimsOf(genuine.token());

        // The same claims, header and kid: signed with the fake's key they pass, with any other key they fail.
        String withOwnKey = sign(signingKey, claims);
        assertThat(credentials(genuine.identityId(), withOwnKey).identityId()).isEqualTo(genuine.identityId());

        String withForeignKey = sign(rsaKeyPair(), claims);
        assertNotAuthorized(() -> credentials(genuine.identityId(), withForeignKey), COULD_NOT_VERIFY);
    }

    @Test
    void tokenOfAMergedSourceIdentityGivesCredentialsForTheDestination() {
        String poolId = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse source = developerToken(poolId, "source-user");
        GetOpenIdTokenForDeveloperIdentityResponse destination = developerToken(poolId, "destination-user");
        assertThat(source.identityId()).isNotEqualTo(destination.identityId());

        String merged = cognito.mergeDeveloperIdentities(b -> b.identityPoolId(poolId)
                        .developerProviderName(DEVELOPER_PROVIDER)
                        .sourceUserIdentifier("source-user")
                        .destinationUserIdentifier("destination-user"))
                .identityId();
        assertThat(merged).isEqualTo(destination.identityId());

        GetCredentialsForIdentityResponse response = credentials(destination.identityId(), source.token());

        assertThat(response.identityId()).isEqualTo(destination.identityId());
        assertThat(response.credentials().accessKeyId()).matches("ASIA[A-Z2-7]{16}");
    }
}
