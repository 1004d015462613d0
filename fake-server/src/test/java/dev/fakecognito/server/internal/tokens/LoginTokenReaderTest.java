package dev.fakecognito.server.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.tokens.LoginTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginTokenReaderTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private static final long NOW_S = NOW.getEpochSecond();
    private static final String USER_POOL_KEY = "cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123";

    private final LoginTokenReader reader = new LoginTokenReader(Clock.fixed(NOW, ZoneOffset.UTC));

    private static JWTClaimsSet.Builder idTokenClaims() {
        return new JWTClaimsSet.Builder()
                .subject("7d8ca528-4931-4254-9273-ea5ee853f271")
                .issuer("https://" + USER_POOL_KEY)
                .audience("5j8pr9ob4ia7m8sdp3vmcj9vf1")
                .claim("token_use", "id")
                .claim("cognito:username", "alice")
                .claim("cognito:roles", List.of("arn:aws:iam::123456789012:role/a", "arn:aws:iam::123456789012:role/b"))
                .claim("cognito:preferred_role", "arn:aws:iam::123456789012:role/a")
                .expirationTime(Date.from(NOW.plusSeconds(3600)))
                .issueTime(Date.from(NOW));
    }

    @Test
    void decodesAnUnsignedJwt() {
        String token = new PlainJWT(idTokenClaims().build()).serialize();

        LoginToken read = reader.read(token);

        assertThat(read.jwt()).isTrue();
        assertThat(read.isJwt()).isTrue();
        assertThat(read.raw()).isEqualTo(token);
        assertThat(read.subject()).isEqualTo("7d8ca528-4931-4254-9273-ea5ee853f271");
        assertThat(read.subjectClaim()).contains("7d8ca528-4931-4254-9273-ea5ee853f271");
        assertThat(read.issuer()).isEqualTo("https://" + USER_POOL_KEY);
        assertThat(read.audience()).containsExactly("5j8pr9ob4ia7m8sdp3vmcj9vf1");
        assertThat(read.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(read.stringClaim("cognito:username")).contains("alice");
        assertThat(read.stringClaim("token_use")).contains("id");
        assertThat(read.stringClaim("cognito:roles")).isEmpty();
        assertThat(read.stringListClaim("cognito:roles"))
                .containsExactly("arn:aws:iam::123456789012:role/a", "arn:aws:iam::123456789012:role/b");
        assertThat(read.stringListClaim("cognito:preferred_role")).containsExactly("arn:aws:iam::123456789012:role/a");
        assertThat(read.stringListClaim("missing")).isEmpty();
        assertThat(read.claims()).containsEntry("exp", NOW_S + 3600).containsEntry("iat", NOW_S);
        assertThat(read.hasClaim("aud")).isTrue();
    }

    @Test
    void decodesASignedJwtWithoutCheckingTheSignature() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256),
                idTokenClaims().audience(List.of("client-a", "client-b")).build());
        jwt.sign(new MACSigner(new byte[32]));
        String token = jwt.serialize();
        String wrongSignature = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        for (String candidate : List.of(token, wrongSignature)) {
            LoginToken read = reader.read(candidate);
            assertThat(read.jwt()).isTrue();
            assertThat(read.subject()).isEqualTo("7d8ca528-4931-4254-9273-ea5ee853f271");
            assertThat(read.audience()).containsExactly("client-a", "client-b");
            assertThat(read.stringListClaim("aud")).containsExactly("client-a", "client-b");
        }
    }

    @Test
    void decodesAJwtWithoutOptionalClaims() {
        LoginToken read = reader.read(
                new PlainJWT(new JWTClaimsSet.Builder().claim("foo", "bar").build()).serialize());

        assertThat(read.jwt()).isTrue();
        assertThat(read.subject()).isNull();
        assertThat(read.issuer()).isNull();
        assertThat(read.audience()).isEmpty();
        assertThat(read.expiresAt()).isNull();
        assertThat(read.claims()).containsOnlyKeys("foo");
    }

    @Test
    void claimsAreUnmodifiable() {
        LoginToken read = reader.read(new PlainJWT(idTokenClaims().build()).serialize());

        assertThatThrownBy(() -> read.claims().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> roles = (List<Object>) read.claims().get("cognito:roles");
        assertThatThrownBy(() -> roles.add("z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "EAAGm0PX4ZCpsBAKZAZD0ZBZCZCZAZBZCZA4ZBZAZBZCZC", // Facebook-style access token
                "Atza|IwEBIJm2hDJz5p5x-amazon-access-token", // Login with Amazon
                "2244994945-token;secret", // Twitter token;secret
                "a.b.c", // JWT-shaped garbage
                "abc.def.ghi.jkl",
                "x.y",
                "...",
                "",
                " ",
                "fake-user:alice",
                "PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm46b2FzaXM6bmFtZXM6dGM6U0FNTDoyLjA6cHJvdG9jb2wiLz4=" // SAML
            })
    void treatsEverythingElseAsOpaque(String token) {
        LoginToken read = reader.read(token);

        assertThat(read.jwt()).isFalse();
        assertThat(read.raw()).isEqualTo(token);
        assertThat(read.subject()).isNull();
        assertThat(read.audience()).isEmpty();
        assertThat(read.claims()).isEmpty();
        assertThat(read.stringClaim("sub")).isEmpty();
    }

    @Test
    void jwtShapedTokensWithANonJsonPayloadOrBadRegisteredClaimsAreOpaque() {
        String header = Base64URL.encode("{\"alg\":\"none\"}").toString();
        String notJson = header + "." + Base64URL.encode("hello world") + ".";
        String arrayPayload = header + "." + Base64URL.encode("[1,2,3]") + ".";
        String expAsText = header + "." + Base64URL.encode("{\"sub\":\"u\",\"exp\":\"tomorrow\"}") + ".";
        String notBase64Header = "%%%." + Base64URL.encode("{\"sub\":\"u\"}") + ".";

        for (String token : List.of(notJson, arrayPayload, expAsText, notBase64Header)) {
            assertThat(reader.read(token).jwt()).as(token).isFalse();
        }
    }

    @Test
    void checkNotExpiredRefusesFromExpiryPlusGraceAndPrintsThatThreshold() {
        LoginToken justWithinGrace = jwtExpiringAt(NOW_S - 299);
        LoginToken atGraceLimit = jwtExpiringAt(NOW_S - 300);

        assertThatCode(() -> reader.checkNotExpired(jwtExpiringAt(NOW_S + 3600), LoginTokenReader.OIDC_GRACE))
                .doesNotThrowAnyException();
        assertThatCode(() -> reader.checkNotExpired(justWithinGrace, LoginTokenReader.OIDC_GRACE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.checkNotExpired(atGraceLimit, LoginTokenReader.OIDC_GRACE))
                .isInstanceOfSatisfying(
                        CognitoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_AUTHORIZED))
                .hasMessage("Invalid login token. Token expired: " + NOW_S + " >= " + NOW_S);
        assertThatThrownBy(() -> reader.checkNotExpired(jwtExpiringAt(NOW_S - 3600), LoginTokenReader.OIDC_GRACE))
                .hasMessage("Invalid login token. Token expired: " + NOW_S + " >= " + (NOW_S - 3300));
    }

    @Test
    void withoutGraceATokenIsRefusedFromTheSecondOfItsExpiry() {
        assertThatCode(() -> reader.checkNotExpired(jwtExpiringAt(NOW_S + 1), LoginTokenReader.USER_POOL_GRACE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.checkNotExpired(jwtExpiringAt(NOW_S), LoginTokenReader.USER_POOL_GRACE))
                .hasMessage("Invalid login token. Token expired: " + NOW_S + " >= " + NOW_S);
    }

    @Test
    void checkNotExpiredIgnoresOpaqueTokensAndJwtsWithoutExp() {
        assertThatCode(() -> reader.checkNotExpired(reader.read("EAAGm0PX4ZCpsBA"), Duration.ZERO))
                .doesNotThrowAnyException();
        LoginToken noExp =
                reader.read(new PlainJWT(new JWTClaimsSet.Builder().subject("u").build()).serialize());
        assertThatCode(() -> reader.checkNotExpired(noExp, Duration.ZERO)).doesNotThrowAnyException();
    }

    @Test
    void jwtChecks() {
        LoginToken idToken = reader.read(new PlainJWT(idTokenClaims().build()).serialize());
        LoginToken accessToken = reader.read(new PlainJWT(idTokenClaims()
                        .audience((String) null)
                        .claim("token_use", "access")
                        .build())
                .serialize());
        LoginToken azpOnly = reader.read(new PlainJWT(idTokenClaims()
                        .audience((String) null)
                        .claim("azp", "client")
                        .build())
                .serialize());

        assertThatCode(() -> reader.checkIssuer(idToken, USER_POOL_KEY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.checkIssuer(idToken, "cognito-idp.us-east-1.amazonaws.com/other"))
                .isInstanceOf(CognitoException.class)
                .hasMessage("Invalid login token. Issuer doesn't match providerName");
        assertThatThrownBy(() -> reader.checkIssuer(idToken, "https://" + USER_POOL_KEY))
                .hasMessage("Invalid login token. Issuer doesn't match providerName");

        assertThatCode(() -> reader.checkHasAudience(idToken, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.checkHasAudience(accessToken, false))
                .isInstanceOf(CognitoException.class)
                .hasMessage("Invalid login token. Missing a required claim: aud");
        assertThatCode(() -> reader.checkHasAudience(azpOnly, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.checkHasAudience(azpOnly, false))
                .hasMessage("Invalid login token. Missing a required claim: aud");

        assertThatCode(() -> reader.requireJwt(idToken)).doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.requireJwt(reader.read("opaque")))
                .isInstanceOfSatisfying(
                        CognitoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_AUTHORIZED))
                .hasMessage("Invalid login token. Not a valid OpenId Connect identity token.");
    }

    @Test
    void issuerStandsForTheProviderWithoutSchemeAndOneTrailingSlash() {
        assertThat(LoginTokenReader.providerNameOf("https://tenant.auth0.com/")).isEqualTo("tenant.auth0.com");
        assertThat(LoginTokenReader.providerNameOf("accounts.google.com")).isEqualTo("accounts.google.com");
        assertThat(LoginTokenReader.providerNameOf("https://host/path")).isEqualTo("host/path");
        assertThat(LoginTokenReader.providerNameOf("http://host")).isEqualTo("http://host");
        assertThat(LoginTokenReader.providerNameOf(null)).isNull();
    }

    @Test
    void readsTheNameIdAndAttributesOfASamlResponse() {
        String saml = LoginTokens.at(Clock.fixed(NOW, ZoneOffset.UTC))
                .saml("alice@example.com")
                .issuer("https://idp.example.com")
                .attribute("department", "finance", "audit")
                .build();

        LoginToken read = reader.readSaml(saml);

        assertThat(read.jwt()).isFalse();
        assertThat(read.subject()).isEqualTo("alice@example.com");
        assertThat(read.issuer()).isEqualTo("https://idp.example.com");
        assertThat(read.claims())
                .containsEntry("department", List.of("finance", "audit"))
                .containsEntry(LoginTokenReader.SAML_NAME_IDENTIFIER, List.of("alice@example.com"));
        assertThat(read.toString()).doesNotContain(saml);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not base64 at all!",
                "PG5vdC1zYW1sLz4=", // <not-saml/>
                // a DOCTYPE with an external entity: refused, never resolved
                "PCFET0NUWVBFIHggWzwhRU5USVRZIGUgU1lTVEVNICJmaWxlOi8vL2V0Yy9wYXNzd2QiPl0+PHg+JmU7PC94Pg=="
            })
    void anythingElseUnderASamlProviderIsOpaque(String token) {
        LoginToken read = reader.readSaml(token);

        assertThat(read.subject()).isNull();
        assertThat(read.claims()).isEmpty();
        assertThat(read.raw()).isEqualTo(token);
    }

    @Test
    void toStringDoesNotLeakTheRawToken() {
        String token = new PlainJWT(idTokenClaims().build()).serialize();

        assertThat(reader.read(token).toString()).doesNotContain(token);
        assertThat(reader.read("EAAGsecretFacebookToken").toString()).doesNotContain("EAAGsecretFacebookToken");
    }

    @Test
    void readsAnOpenIdTokenOfOurOwnIssuer() {
        String token = new PlainJWT(new JWTClaimsSet.Builder()
                        .subject("us-east-1:id")
                        .audience("us-east-1:pool")
                        .claim("amr", List.of("unauthenticated"))
                        .build())
                .serialize();
        LoginToken read = reader.read(token);

        assertThat(read.audience()).containsExactly("us-east-1:pool");
        assertThat(read.stringListClaim("amr")).containsExactly("unauthenticated");
        assertThat(Base64.getUrlDecoder().decode(token.split("\\.")[1])).isNotEmpty();
        assertThat(read.claims())
                .isEqualTo(Map.of("sub", "us-east-1:id", "aud", "us-east-1:pool", "amr", List.of("unauthenticated")));
    }

    private LoginToken jwtExpiringAt(long epochSeconds) {
        return reader.read(new PlainJWT(new JWTClaimsSet.Builder()
                        .subject("u")
                        .expirationTime(Date.from(Instant.ofEpochSecond(epochSeconds)))
                        .build())
                .serialize());
    }
}
