package dev.fakecognito.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The login tokens minted for tests: claims, order, expiry by the given clock, signature, SAML. */
class LoginTokensTest {
    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");
    private static final LoginTokens TOKENS = LoginTokens.at(Clock.fixed(NOW.plusMillis(700), ZoneOffset.UTC));
    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc";
    private static final String SAML_ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";

    @Test
    void userPoolIdTokenHasTheIssuerAudienceAndClaimsOfARealOne() {
        Jwt token = Jwt.decode(TOKENS.userPoolIdToken(USER_POOL, "app-client")
                .subject("alice")
                .groups("finance", "staff")
                .roles("arn:aws:iam::123456789012:role/Finance")
                .preferredRole("arn:aws:iam::123456789012:role/Finance")
                .claim("custom:department", "finance")
                .build());

        assertThat(token.issuer()).isEqualTo("https://" + USER_POOL);
        assertThat(token.audience()).containsExactly("app-client");
        assertThat(token.subject()).isEqualTo("alice");
        assertThat(token.claims())
                .containsEntry("token_use", "id")
                .containsEntry("cognito:username", "alice")
                .containsEntry("cognito:groups", List.of("finance", "staff"))
                .containsEntry("cognito:roles", List.of("arn:aws:iam::123456789012:role/Finance"))
                .containsEntry("cognito:preferred_role", "arn:aws:iam::123456789012:role/Finance")
                .containsEntry("custom:department", "finance");
        assertThat(token.issuedAt()).isEqualTo(NOW);
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(new ArrayList<>(token.claims().keySet()))
                .startsWith("sub", "aud", "token_use", "auth_time", "iss")
                .endsWith("exp", "iat");
        assertThat(token.header()).containsEntry("alg", "RS256").containsKey("kid");
    }

    @Test
    void tokensAreSignedWithTheThrowawayKey() {
        Jwt token =
                Jwt.decode(TOKENS.google("client.apps.googleusercontent.com").build());

        assertThat(token.isSignedBy(LoginTokens.signingKey())).isTrue();
    }

    @Test
    void theKeySetHoldsThePublicKeyEveryTokenNamesAndVerifiesWith() {
        Jwks keys = Jwks.parse(LoginTokens.jwks());
        Jwt token = Jwt.decode(TOKENS.userPoolIdToken(USER_POOL, "app-client").build());

        assertThat(keys.keyIds()).containsExactly(token.keyId());
        assertThat(token.isSignedBy(keys.key(token.keyId()).orElseThrow())).isTrue();
        assertThat(LoginTokens.jwks()).doesNotContain("\"d\"", "\"p\"", "\"q\""); // no private parts
    }

    @Test
    void accessTokenNamesItsClientButHasNoAudience() {
        Jwt token = Jwt.decode(TOKENS.userPoolAccessToken(USER_POOL, "app-client")
                .subject("alice")
                .username("alice-name")
                .build());

        assertThat(token.audience()).isEmpty();
        assertThat(token.claims())
                .containsEntry("client_id", "app-client")
                .containsEntry("token_use", "access")
                .containsEntry("username", "alice-name")
                .doesNotContainKey("cognito:username");
    }

    @Test
    void googleAppleAndOidcTokensCarryTheirIssuerAndAudience() {
        Jwt google = Jwt.decode(
                TOKENS.google("g.apps.googleusercontent.com").subject("123").build());
        Jwt apple = Jwt.decode(TOKENS.apple("com.example.app").build());
        Jwt oidc = Jwt.decode(TOKENS.oidc("token.actions.githubusercontent.com/my-org", "sts.amazonaws.com")
                .claim("repository", "my-org/app")
                .build());

        assertThat(google.issuer()).isEqualTo("https://accounts.google.com");
        assertThat(google.audience()).containsExactly("g.apps.googleusercontent.com");
        assertThat(google.claims()).containsEntry("azp", "g.apps.googleusercontent.com");
        assertThat(apple.issuer()).isEqualTo("https://appleid.apple.com");
        assertThat(apple.audience()).containsExactly("com.example.app");
        assertThat(apple.subject()).isNotBlank();
        assertThat(oidc.issuer()).isEqualTo("https://token.actions.githubusercontent.com/my-org");
        assertThat(oidc.audience()).containsExactly("sts.amazonaws.com");
        assertThat(oidc.claims()).containsEntry("repository", "my-org/app");
        assertThat(oidc.claims()).doesNotContainKeys("cognito:username", "username");
    }

    @Test
    void eachTokenGetsARandomSubjectUnlessOneIsGiven() {
        assertThat(Jwt.decode(TOKENS.oidc("login.example.com", "c").build()).subject())
                .isNotEqualTo(Jwt.decode(TOKENS.oidc("login.example.com", "c").build())
                        .subject());
    }

    @Test
    void expiryFollowsTheClockAndMayLieInThePast() {
        Jwt expired =
                Jwt.decode(TOKENS.google("g").expiresIn(Duration.ofMinutes(-10)).build());
        Jwt fixed = Jwt.decode(TOKENS.google("g").expiresAt(NOW.plusSeconds(42)).build());

        assertThat(expired.expiresAt()).isEqualTo(NOW.minus(Duration.ofMinutes(10)));
        assertThat(expired.issuedAt()).isEqualTo(NOW);
        assertThat(fixed.expiresAt()).isEqualTo(NOW.plusSeconds(42));
    }

    @Test
    void claimsCanBeReplacedOrLeftOutForNegativeTests() {
        Jwt token = Jwt.decode(TOKENS.userPoolIdToken(USER_POOL, "app-client")
                .issuer("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other")
                .audience("a", "b")
                .without("sub")
                .without("exp")
                .build());

        assertThat(token.issuer()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other");
        assertThat(token.audience()).containsExactly("a", "b");
        assertThat(token.claims()).doesNotContainKeys("sub", "exp", "cognito:username");
        assertThat(token.issuedAt()).isEqualTo(NOW);
    }

    @Test
    void opaqueTokensAreTheUserTwitterWithASecret() {
        assertThat(TOKENS.facebook("carol")).isEqualTo("carol");
        assertThat(TOKENS.amazon("amzn1.account.ALICE")).isEqualTo("amzn1.account.ALICE");
        assertThat(TOKENS.twitter("dave")).startsWith("dave;").hasSizeGreaterThan("dave;".length());
        assertThatThrownBy(() -> TOKENS.twitter("a;b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TOKENS.facebook("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samlResponseCarriesTheNameIdAttributesAndValidityWindow() throws Exception {
        String encoded = TOKENS.saml("alice@example.com")
                .issuer("https://idp.example.com")
                .attribute("department", "finance", "audit")
                .attribute("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name", "Alice")
                .build();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)));

        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("Response");
        assertThat(text(xml, "NameID")).containsExactly("alice@example.com");
        assertThat(text(xml, "Issuer")).containsExactly("https://idp.example.com", "https://idp.example.com");
        assertThat(attributes(xml))
                .containsEntry("department", List.of("finance", "audit"))
                .containsEntry("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name", List.of("Alice"));
        Element conditions = (Element)
                xml.getElementsByTagNameNS(SAML_ASSERTION, "Conditions").item(0);
        assertThat(conditions.getAttribute("NotOnOrAfter"))
                .isEqualTo(NOW.plus(Duration.ofMinutes(5)).toString());
        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
                .doesNotContain("DOCTYPE");
    }

    @Test
    void samlRolesArePairsOfRoleAndProviderInTheRoleAttribute() throws Exception {
        String provider = "arn:aws:iam::123456789012:saml-provider/Corp";
        String encoded = TOKENS.saml("alice@example.com")
                .role("arn:aws:iam::123456789012:role/Reader", provider)
                .attribute("department", "finance")
                .role("arn:aws:iam::123456789012:role/Admin", provider)
                .build();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)));

        assertThat(attributes(xml))
                .containsEntry(
                        "https://aws.amazon.com/SAML/Attributes/Role",
                        List.of(
                                "arn:aws:iam::123456789012:role/Reader," + provider,
                                "arn:aws:iam::123456789012:role/Admin," + provider))
                .containsEntry("department", List.of("finance"));
        assertThatThrownBy(() -> TOKENS.saml("alice@example.com").role("", provider))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("roleArn must not be empty");
    }

    private static List<String> text(Document xml, String localName) {
        NodeList nodes = xml.getElementsByTagNameNS(SAML_ASSERTION, localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Map<String, List<String>> attributes(Document xml) {
        NodeList nodes = xml.getElementsByTagNameNS(SAML_ASSERTION, "Attribute");
        Map<String, List<String>> attributes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element attribute = (Element) nodes.item(i);
            NodeList values = attribute.getElementsByTagNameNS(SAML_ASSERTION, "AttributeValue");
            List<String> texts = new ArrayList<>();
            for (int j = 0; j < values.getLength(); j++) {
                texts.add(values.item(j).getTextContent());
            }
            attributes.put(attribute.getAttribute("Name"), texts);
        }
        return attributes;
    }

    @Test
    void emailSetsTheAddressAsVerified() {
        Jwt token = Jwt.decode(TOKENS.userPoolIdToken(USER_POOL, "app-client")
                .subject("alice")
                .email("alice@example.com")
                .build());

        assertThat(token.claims()).containsEntry("email", "alice@example.com").containsEntry("email_verified", true);
    }

    @Test
    void anEmptyEmailIsRefused() {
        assertThatThrownBy(() -> TOKENS.google("client").email(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("email must not be empty");
    }
}
