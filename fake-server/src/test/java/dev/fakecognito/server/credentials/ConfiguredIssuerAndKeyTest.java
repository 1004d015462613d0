package dev.fakecognito.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A fake built with its own issuer, region and signing key (docs/reference/behaviour/openid-tokens.md#issuer-and-signing-key). */
class ConfiguredIssuerAndKeyTest extends FakeServerTestBase {
    private static final String ISSUER = "https://issuer.example";
    private final KeyPair signingKey = rsaKeyPair();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected FakeCognitoIdentity.Builder configure(FakeCognitoIdentity.Builder builder) {
        return builder.issuer(ISSUER).region("eu-west-1").signingKey(signingKey);
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String newPool() {
        return cognito.createIdentityPool(
                        b -> b.identityPoolName(uniqueName("issuer")).allowUnauthenticatedIdentities(true))
                .identityPoolId();
    }

    private JsonNode getJson(URI uri) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void tokensCarryTheConfiguredIssuerAndAreSignedWithTheConfiguredKey() throws Exception {
        String poolId = newPool();
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        SignedJWT jwt = SignedJWT.parse(
                cognito.getOpenIdToken(b -> b.identityId(identityId)).token());

        assertThat(fake.issuer()).isEqualTo(ISSUER);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(ISSUER);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("eu-west-1-1");
        assertThat(identityId).startsWith("eu-west-1:");
        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) signingKey.getPublic())))
                .isTrue();
    }

    @Test
    void discoveryDocumentNamesTheConfiguredIssuer() throws Exception {
        JsonNode doc = getJson(url("/.well-known/openid-configuration"));

        assertThat(doc.get("issuer").asText()).isEqualTo(ISSUER);
        assertThat(doc.get("jwks_uri").asText()).isEqualTo(fake.jwksUri().toString());
    }

    @Test
    void jwksPublishesTheConfiguredPublicKey() throws Exception {
        JWKSet keys = JWKSet.load(fake.jwksUri().toURL());

        assertThat(keys.getKeys()).hasSize(1);
        RSAKey key = (RSAKey) keys.getKeyByKeyId("eu-west-1-1");
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        RSAPublicKey expected = (RSAPublicKey) signingKey.getPublic();
        assertThat(key.getModulus().decodeToBigInteger()).isEqualTo(expected.getModulus());
        assertThat(key.getPublicExponent().decodeToBigInteger()).isEqualTo(expected.getPublicExponent());
    }

    @Test
    void resourceServerFollowingDiscoveryAcceptsTheToken() throws Exception {
        String poolId = newPool();
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        String token = cognito.getOpenIdToken(b -> b.identityId(identityId)).token();
        JsonNode doc = getJson(url("/.well-known/openid-configuration"));

        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("JWS")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                JWSAlgorithm.RS512,
                JWKSourceBuilder.create(URI.create(doc.get("jwks_uri").asText()).toURL())
                        .retrying(false)
                        .build()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                poolId,
                new JWTClaimsSet.Builder().issuer(doc.get("issuer").asText()).build(),
                Set.of("sub", "exp", "iat")));

        assertThat(processor.process(token, null).getSubject()).isEqualTo(identityId);
    }
}
