package dev.fakecognito.server.credentials;

import static dev.fakecognito.server.credentials.TestProviders.FACEBOOK;
import static dev.fakecognito.server.credentials.TestProviders.USER_POOL_PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.fakecognito.server.FakeServerTestBase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;

/**
 * The OpenID tokens of GetOpenIdToken and GetOpenIdTokenForDeveloperIdentity (docs/reference/behaviour/openid-tokens.md#openid-tokens), checked
 * the way a resource server would: against the keys the fake publishes. The fake runs on the system clock
 * because Nimbus checks {@code exp} against it.
 */
class OpenIdTokenTest extends FakeServerTestBase {
    private static final String ISSUER = "https://cognito-identity.amazonaws.com";
    private static final String DEVELOPER_PROVIDER = "login.example";
    private static final String NOT_ENABLED = "Basic (classic) flow is not enabled, please use enhanced flow.";
    private static final String NOT_WITH_ROLE_MAPPINGS =
            "Basic (classic) flow is not supported with RoleMappings, please use enhanced flow.";
    private static final String NOT_WITH_SAML =
            "Basic (classic) flow is not supported with SAML, please use enhanced flow.";
    private final ObjectMapper json = new ObjectMapper();

    // ---- helpers ----

    private String newPool(Consumer<CreateIdentityPoolRequest.Builder> settings) {
        return cognito.createIdentityPool(b -> {
                    b.identityPoolName(uniqueName("oidc"))
                            .allowUnauthenticatedIdentities(true)
                            .supportedLoginProviders(Map.of(FACEBOOK, TestProviders.FACEBOOK_APP_ID))
                            .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                    .providerName(USER_POOL_PROVIDER)
                                    .clientId(TestProviders.USER_POOL_CLIENT)
                                    .build())
                            .developerProviderName(DEVELOPER_PROVIDER);
                    settings.accept(b);
                })
                .identityPoolId();
    }

    private String newPool() {
        return newPool(b -> {});
    }

    private String guestToken(String poolId) {
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        return cognito.getOpenIdToken(b -> b.identityId(identityId)).token();
    }

    private void addFacebookRoleMapping(String poolId) {
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of("authenticated", "arn:aws:iam::123456789012:role/Auth"))
                .roleMappings(Map.of(
                        FACEBOOK,
                        RoleMapping.builder()
                                .type(RoleMappingType.TOKEN)
                                .ambiguousRoleResolution(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)
                                .build())));
    }

    /** The token's payload exactly as serialised (member order kept). */
    private Map<String, Object> rawClaims(String token) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return json.readValue(payload, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    /** A JWT processor set up like a resource server that trusts this pool's identities. */
    private DefaultJWTProcessor<SecurityContext> resourceServer(String audience) throws Exception {
        JWKSource<SecurityContext> keys =
                JWKSourceBuilder.create(fake.jwksUri().toURL()).retrying(false).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // Cognito Identity tokens say typ "JWS"; Nimbus accepts only "JWT" or none unless told.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("JWS")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS512, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience, new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("sub", "amr", "exp", "iat")));
        return processor;
    }

    private static void assertInvalidParameter(Runnable call, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(
                                ((CognitoIdentityException) e).awsErrorDetails().errorMessage())
                        .isEqualTo(message));
    }

    // ---- guest token ----

    @Test
    void guestTokenIsAnRs512JwsSignedWithTheRegionsKey() throws Exception {
        String poolId = newPool();
        String token = guestToken(poolId);

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS512);
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("JWS"));
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(fake.region() + "-1").isEqualTo("us-east-1-1");
    }

    @Test
    void guestTokenHasTheClaimsOfARealUnauthenticatedToken() throws Exception {
        String poolId = newPool();
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        var response = cognito.getOpenIdToken(b -> b.identityId(identityId));

        assertThat(response.identityId()).isEqualTo(identityId);
        Map<String, Object> claims = rawClaims(response.token());
        assertThat(claims.keySet()).containsExactly("sub", "aud", "amr", "iss", "exp", "iat");
        assertThat(claims.get("sub")).isEqualTo(identityId);
        assertThat(claims.get("aud")).isInstanceOf(String.class).isEqualTo(poolId);
        assertThat(claims.get("amr")).isEqualTo(List.of("unauthenticated"));
        assertThat(claims.get("iss")).isEqualTo("https://cognito-identity.amazonaws.com");
        assertThat(claims.get("exp")).isInstanceOf(Number.class);
        assertThat(claims.get("iat")).isInstanceOf(Number.class);
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isEqualTo(600);
    }

    @Test
    void guestTokenSignatureVerifiesWithTheKeyFromTheJwksUrl() throws Exception {
        String token = guestToken(newPool());
        SignedJWT jwt = SignedJWT.parse(token);

        JWKSet keys = JWKSet.load(fake.jwksUri().toURL());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());

        assertThat(key).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    }

    @Test
    void resourceServerAcceptsTheTokenCheckingIssuerAndAudience() throws Exception {
        String poolId = newPool();
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        String token = cognito.getOpenIdToken(b -> b.identityId(identityId)).token();

        JWTClaimsSet claims = resourceServer(poolId).process(token, null);

        assertThat(claims.getSubject()).isEqualTo(identityId);
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly(poolId);
        assertThat(claims.getStringListClaim("amr")).containsExactly("unauthenticated");
    }

    @Test
    void resourceServerOfAnotherPoolRejectsTheToken() throws Exception {
        String token = guestToken(newPool());
        String otherPoolId = newPool();

        assertThatThrownBy(() -> resourceServer(otherPoolId).process(token, null))
                .isInstanceOf(BadJOSEException.class);
    }

    @Test
    void jwksDocumentHoldsOnlyThePublicRs512Key() throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(fake.jwksUri()).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=2592000"));
        JsonNode keys = json.readTree(response.body()).get("keys");
        assertThat(keys).hasSize(1);
        JsonNode key = keys.get(0);
        assertThat(key.get("kty").asText()).isEqualTo("RSA");
        assertThat(key.get("alg").asText()).isEqualTo("RS512");
        assertThat(key.get("use").asText()).isEqualTo("sig");
        assertThat(key.get("kid").asText()).isEqualTo("us-east-1-1");
        assertThat(key.get("e").asText()).isEqualTo("AQAB");
        assertThat(key.get("n").asText()).matches("[A-Za-z0-9_-]{342}");
        assertThat(key.has("d")).as("private exponent must not be published").isFalse();
        assertThat(key.has("p")).isFalse();
        assertThat(key.has("q")).isFalse();
    }

    @Test
    void discoveryDocumentNamesTheIssuerAndTheJwksUrl() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(url("/.well-known/openid-configuration"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(response.body());
        assertThat(doc.get("issuer").asText()).isEqualTo(ISSUER);
        assertThat(doc.get("jwks_uri").asText()).isEqualTo(fake.jwksUri().toString());
        assertThat(doc.get("id_token_signing_alg_values_supported").toString()).isEqualTo("[\"RS512\"]");
        assertThat(doc.get("subject_types_supported").toString()).isEqualTo("[\"public\"]");
        assertThat(doc.has("response_types_supported")).isTrue();
    }

    // ---- authenticated tokens ----

    @Test
    void facebookUsersTokenSaysAuthenticatedAndNamesTheProvider() throws Exception {
        String poolId = newPool();
        Map<String, String> logins = Map.of(FACEBOOK, "fb-token-" + UUID.randomUUID());
        String identityId =
                cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();

        String token = cognito.getOpenIdToken(b -> b.identityId(identityId).logins(logins))
                .token();

        JWTClaimsSet claims = resourceServer(poolId).process(token, null);
        assertThat(claims.getSubject()).isEqualTo(identityId);
        List<String> amr = claims.getStringListClaim("amr");
        assertThat(amr).first().isEqualTo("authenticated");
        assertThat(amr).contains(FACEBOOK).doesNotContain("unauthenticated");
    }

    @Test
    void userPoolUsersTokenNamesTheUserPoolAndTheCognitoSignIn() throws Exception {
        String poolId = newPool();
        String token = TestProviders.userPoolIdToken("alice-sub").build();
        Map<String, String> logins = Map.of(USER_POOL_PROVIDER, token);
        String identityId =
                cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();

        String openIdToken = cognito.getOpenIdToken(
                        b -> b.identityId(identityId).logins(logins))
                .token();

        assertThat(resourceServer(poolId).process(openIdToken, null).getStringListClaim("amr"))
                .containsExactly("authenticated", USER_POOL_PROVIDER, USER_POOL_PROVIDER + ":CognitoSignIn:alice-sub");
    }

    @Test
    void amrNamesTheAppAndUserOfPublicProvidersAndTheIamArnOfOidcProviders() throws Exception {
        String oidc = "token.actions.githubusercontent.com/my-org";
        String oidcArn = "arn:aws:iam::123456789012:oidc-provider/" + oidc;
        String poolId = newPool(b -> b.supportedLoginProviders(Map.of(
                        FACEBOOK,
                        TestProviders.FACEBOOK_APP_ID,
                        "accounts.google.com",
                        "g.apps.googleusercontent.com",
                        "appleid.apple.com",
                        "com.example.app",
                        "www.amazon.com",
                        "amzn1.application.app",
                        "api.twitter.com",
                        "consumer-key;consumer-secret"))
                .openIdConnectProviderARNs(oidcArn));

        assertThat(amrOf(poolId, FACEBOOK, TestProviders.TOKENS.facebook("10158")))
                .containsExactly("authenticated", FACEBOOK, FACEBOOK + ":fb-app-1:10158");
        assertThat(amrOf(
                        poolId,
                        "accounts.google.com",
                        TestProviders.TOKENS
                                .google("g.apps.googleusercontent.com")
                                .subject("1234")
                                .build()))
                .containsExactly(
                        "authenticated",
                        "accounts.google.com",
                        "accounts.google.com:g.apps.googleusercontent.com:1234");
        assertThat(amrOf(
                        poolId,
                        "appleid.apple.com",
                        TestProviders.TOKENS
                                .apple("com.example.app")
                                .subject("000.apple.0")
                                .build()))
                .containsExactly("authenticated", "appleid.apple.com", "appleid.apple.com:com.example.app:000.apple.0");
        assertThat(amrOf(poolId, "www.amazon.com", TestProviders.TOKENS.amazon("amzn1.account.A")))
                .containsExactly(
                        "authenticated", "www.amazon.com", "www.amazon.com:amzn1.application.app:amzn1.account.A");
        assertThat(amrOf(poolId, "api.twitter.com", TestProviders.TOKENS.twitter("42")))
                .containsExactly("authenticated", "api.twitter.com", "api.twitter.com:consumer-key:42");
        assertThat(amrOf(
                        poolId,
                        oidc,
                        TestProviders.TOKENS
                                .oidc(oidc, "sts.amazonaws.com")
                                .subject("repo:my-org/app:environment:dev")
                                .build()))
                .containsExactly("authenticated", oidc, oidcArn + ":OIDC:repo:my-org/app:environment:dev");
    }

    /** The {@code amr} of GetOpenIdToken's token for a user who signed in with one login. */
    private List<String> amrOf(String poolId, String provider, String token) throws Exception {
        Map<String, String> logins = Map.of(provider, token);
        String identityId =
                cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();
        String openIdToken = cognito.getOpenIdToken(
                        b -> b.identityId(identityId).logins(logins))
                .token();
        return resourceServer(poolId).process(openIdToken, null).getStringListClaim("amr");
    }

    // ---- classic flow gates ----

    @Test
    void classicFlowSwitchedOffRefusesGetOpenIdToken() {
        String poolId = newPool(b -> b.allowClassicFlow(false));
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        assertInvalidParameter(() -> cognito.getOpenIdToken(b -> b.identityId(identityId)), NOT_ENABLED);
    }

    @Test
    void poolWithRoleMappingsRefusesGetOpenIdToken() {
        String poolId = newPool();
        addFacebookRoleMapping(poolId);
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        assertInvalidParameter(() -> cognito.getOpenIdToken(b -> b.identityId(identityId)), NOT_WITH_ROLE_MAPPINGS);
    }

    @Test
    void classicFlowSwitchedOffIsReportedBeforeRoleMappings() {
        String poolId = newPool(b -> b.allowClassicFlow(false));
        addFacebookRoleMapping(poolId);
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        assertInvalidParameter(() -> cognito.getOpenIdToken(b -> b.identityId(identityId)), NOT_ENABLED);
    }

    @Test
    void samlLoginsAreRefusedByTheBasicFlowAndLeaveTheIdentityAsItWas() {
        String samlArn = "arn:aws:iam::123456789012:saml-provider/Corp";
        String poolId = newPool(b -> b.samlProviderARNs(samlArn));
        String guestId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        Map<String, String> saml = Map.of(
                samlArn,
                TestProviders.TOKENS
                        .saml("alice@corp.example")
                        .role("arn:aws:iam::123456789012:role/Staff", samlArn)
                        .build());

        assertInvalidParameter(
                () -> cognito.getOpenIdToken(b -> b.identityId(guestId).logins(saml)), NOT_WITH_SAML);
        assertInvalidParameter(
                () -> cognito.getOpenIdToken(b -> b.identityId(guestId)
                        .logins(Map.of(samlArn, saml.get(samlArn), FACEBOOK, TestProviders.TOKENS.facebook("alice")))),
                NOT_WITH_SAML);
        assertThat(cognito.describeIdentity(b -> b.identityId(guestId)).logins())
                .isEmpty();
        // the enhanced flow takes the same login
        assertThat(cognito.getCredentialsForIdentity(b -> b.identityId(guestId).logins(saml))
                        .identityId())
                .isEqualTo(guestId);
    }

    @Test
    void classicFlowLeftUnsetIsAllowed() throws Exception {
        String poolId = newPool();
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).allowClassicFlow())
                .isNull();

        String token = guestToken(poolId);

        assertThat(resourceServer(poolId).process(token, null).getAudience()).containsExactly(poolId);
    }

    @Test
    void classicFlowSwitchedOnIsAllowed() {
        String poolId = newPool(b -> b.allowClassicFlow(true));

        assertThat(guestToken(poolId)).isNotBlank();
    }

    @Test
    void developerTokensAreNotGatedByClassicFlowOrRoleMappings() throws Exception {
        String poolId = newPool(b -> b.allowClassicFlow(false));
        addFacebookRoleMapping(poolId);

        String token = cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER_PROVIDER, "dev-user-1")))
                .token();

        assertThat(resourceServer(poolId).process(token, null).getAudience()).containsExactly(poolId);
    }

    // ---- developer tokens ----

    @Test
    void developerTokenHasTheDeveloperAmrThePoolArnAndFifteenMinutes() throws Exception {
        String poolId = newPool();

        GetOpenIdTokenForDeveloperIdentityResponse response = cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER_PROVIDER, "dev-user-1")));

        JWTClaimsSet claims = resourceServer(poolId).process(response.token(), null);
        assertThat(claims.getSubject()).isEqualTo(response.identityId());
        assertThat(claims.getStringListClaim("amr"))
                .containsExactly(
                        "authenticated", DEVELOPER_PROVIDER, DEVELOPER_PROVIDER + ":" + poolId + ":dev-user-1");
        assertThat(claims.getStringClaim("https://cognito-identity.amazonaws.com/identity-pool-arn"))
                .isEqualTo("arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + poolId);
        long lifetime =
                (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
        assertThat(lifetime).isEqualTo(900);
        assertThat(claims.getClaim("https://aws.amazon.com/tags")).isNull();
    }

    @Test
    void developerTokenLastsTokenDurationSeconds() throws Exception {
        String poolId = newPool();

        String token = cognito.getOpenIdTokenForDeveloperIdentity(b -> b.identityPoolId(poolId)
                        .logins(Map.of(DEVELOPER_PROVIDER, "dev-user-1"))
                        .tokenDuration(14400L))
                .token();

        Map<String, Object> claims = rawClaims(token);
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                .isEqualTo(14400);
    }

    @Test
    void developerTokenCarriesPrincipalTagsAsSessionTagLists() throws Exception {
        String poolId = newPool();

        String token = cognito.getOpenIdTokenForDeveloperIdentity(b -> b.identityPoolId(poolId)
                        .logins(Map.of(DEVELOPER_PROVIDER, "dev-user-1"))
                        .principalTags(Map.of("dept", "sales", "team", "blue")))
                .token();

        Map<String, Object> claims = rawClaims(token);
        assertThat(claims.get("https://aws.amazon.com/tags"))
                .isEqualTo(Map.of("principal_tags", Map.of("dept", List.of("sales"), "team", List.of("blue"))));
        assertThat(resourceServer(poolId).process(token, null).getSubject()).isNotBlank();
    }
}
