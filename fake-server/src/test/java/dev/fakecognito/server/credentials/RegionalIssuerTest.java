package dev.fakecognito.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The issuer of OpenID tokens follows the pool's region, as the Developer Guide's table of key sets says
 * (docs/reference/behaviour/openid-tokens.md#the-issuer-by-region): regional hosts for the opt-in regions,
 * GovCloud (US-West) and China (Beijing), the global issuer elsewhere. Tokens are checked the way a
 * resource server would: signature by the published keys, and {@code iss}.
 */
class RegionalIssuerTest {
    private static final String GLOBAL = "https://cognito-identity.amazonaws.com";
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "us-east-1, https://cognito-identity.amazonaws.com",
        "eu-west-1, https://cognito-identity.amazonaws.com",
        "eu-south-1, https://cognito-identity.eu-south-1.amazonaws.com",
        "af-south-1, https://cognito-identity.af-south-1.amazonaws.com",
        "ap-southeast-5, https://cognito-identity.ap-southeast-5.amazonaws.com",
        "us-gov-west-1, https://cognito-identity.us-gov-west-1.amazonaws.com",
        "us-gov-east-1, https://cognito-identity.amazonaws.com",
        "cn-north-1, https://cognito-identity.cn-north-1.amazonaws.com.cn",
        "cn-northwest-1, https://cognito-identity.amazonaws.com"
    })
    void tokensOfAPoolCarryTheIssuerOfItsRegionAndVerifyAgainstThePublishedKeys(String region, String issuer)
            throws Exception {
        try (FakeCognitoIdentity fake =
                        FakeCognitoIdentity.builder().region(region).start();
                CognitoIdentityClient cognito = FakeServerTestBase.client(fake)) {
            String token = unauthenticatedToken(cognito);

            SignedJWT jwt = SignedJWT.parse(token);
            assertThat(jwt.getHeader().getKeyID()).isEqualTo(region + "-1");
            assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer);
            assertThat(fake.issuer()).isEqualTo(issuer);

            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier((type, context) -> {});
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                    JWSAlgorithm.RS512,
                    JWKSourceBuilder.create(fake.jwksUri().toURL())
                            .retrying(false)
                            .build()));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "aud", "exp", "iat")));
            assertThat(processor.process(token, null).getIssuer()).isEqualTo(issuer);
        }
    }

    @Test
    void aConfiguredIssuerNamesEveryToken() throws Exception {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder()
                        .region("eu-south-1")
                        .issuer("http://localhost:9999/issuer")
                        .start();
                CognitoIdentityClient cognito = FakeServerTestBase.client(fake)) {
            assertThat(SignedJWT.parse(unauthenticatedToken(cognito))
                            .getJWTClaimsSet()
                            .getIssuer())
                    .isEqualTo("http://localhost:9999/issuer");
            assertThat(fake.issuer()).isEqualTo("http://localhost:9999/issuer");
        }
    }

    @Test
    void theDiscoveryDocumentNamesTheIssuerOfTheRegionInTheHostHeader() throws Exception {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            assertThat(discovery(fake, "cognito-identity.eu-south-1.amazonaws.com")
                            .get("issuer")
                            .asText())
                    .isEqualTo("https://cognito-identity.eu-south-1.amazonaws.com");
            assertThat(discovery(fake, "cognito-identity.cn-north-1.amazonaws.com.cn")
                            .get("issuer")
                            .asText())
                    .isEqualTo("https://cognito-identity.cn-north-1.amazonaws.com.cn");
            assertThat(discovery(fake, "COGNITO-IDENTITY.EU-WEST-1.AMAZONAWS.COM")
                            .get("issuer")
                            .asText())
                    .isEqualTo(GLOBAL);
            String local = fake.endpoint().getHost() + ":" + fake.endpoint().getPort();
            assertThat(discovery(fake, local).get("issuer").asText()).isEqualTo(GLOBAL);
        }
    }

    @Test
    void theKeySetListsTheKeyOfTheDefaultRegionOnlyUntilOthersAreUsed() throws Exception {
        try (FakeCognitoIdentity fake =
                FakeCognitoIdentity.builder().region("eu-south-1").start()) {
            JWKSet keys = JWKSet.load(fake.jwksUri().toURL());
            assertThat(keys.getKeys()).extracting(key -> key.getKeyID()).containsExactly("eu-south-1-1");
            assertThat(keys.getKeys().get(0).isPrivate()).isFalse();
        }
    }

    @Test
    void oneFakeSignsEachRegionsTokensWithItsIssuerAndOneKeySetVerifiesThemAll() throws Exception {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient ireland = clientIn(fake, "eu-west-1");
                CognitoIdentityClient milan = clientIn(fake, "eu-south-1")) {
            String irish = unauthenticatedToken(ireland);
            String italian = unauthenticatedToken(milan);

            assertThat(SignedJWT.parse(irish).getJWTClaimsSet().getIssuer()).isEqualTo(GLOBAL);
            assertThat(SignedJWT.parse(italian).getJWTClaimsSet().getIssuer())
                    .isEqualTo("https://cognito-identity.eu-south-1.amazonaws.com");
            JWKSet keys = JWKSet.load(fake.jwksUri().toURL());
            assertThat(keys.getKeys())
                    .extracting(key -> key.getKeyID())
                    .containsExactly("us-east-1-1", "eu-south-1-1", "eu-west-1-1");
            for (String token : new String[] {irish, italian}) {
                SignedJWT jwt = SignedJWT.parse(token);
                RSAKey key = keys.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
                assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
            }
        }
    }

    private static CognitoIdentityClient clientIn(FakeCognitoIdentity fake, String region) {
        return CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static String unauthenticatedToken(CognitoIdentityClient cognito) {
        String poolId = cognito.createIdentityPool(
                        b -> b.identityPoolName("regional").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        return cognito.getOpenIdToken(b -> b.identityId(identityId)).token();
    }

    /** GET of the discovery document with a chosen Host header (which java.net.http does not let one set). */
    private JsonNode discovery(FakeCognitoIdentity fake, String host) throws Exception {
        try (Socket socket =
                new Socket(fake.endpoint().getHost(), fake.endpoint().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /.well-known/openid-configuration HTTP/1.1\r\nHost: " + host
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200");
            return json.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        }
    }
}
