package dev.fakecognito.server.internal.tokens;

import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.server.internal.errors.CognitoException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the login tokens clients put in the {@code Logins} map, following the rules of docs/behaviour.md#login-tokens:
 * JWTs and SAML responses are decoded <em>without</em> checking any signature, everything else is opaque;
 * a JWT's signature is checked apart, by {@link #verifySignature}, when the fake verifies login tokens.
 * Also offers the checks of JWT logins (issuer, audience, expiry); the operations layer knows which
 * provider a token is for and decides which to apply, in which order. Thread-safe.
 */
public final class LoginTokenReader {

    /**
     * The grace after {@code exp} for OpenID Connect ID tokens (OIDC providers, Google, Apple): 5 minutes
     * (docs/behaviour.md#expiry-and-clock-skew).
     */
    public static final Duration OIDC_GRACE = Duration.ofMinutes(5);

    /** The grace after {@code exp} for Cognito user pool tokens: none (docs/behaviour.md#expiry-and-clock-skew). */
    public static final Duration USER_POOL_GRACE = Duration.ZERO;

    /** The claim name of a SAML subject's {@code NameID}, as the service's default principal tags name it. */
    public static final String SAML_NAME_IDENTIFIER =
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier";

    private static final String SAML_ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";

    private final Clock clock;
    private final LoginTokenVerifier verifier;

    /**
     * Creates a reader that verifies no signature.
     *
     * @param clock the source of the current time, for the expiry check
     */
    public LoginTokenReader(Clock clock) {
        this(clock, LoginTokenVerifier.off());
    }

    /**
     * Creates a reader.
     *
     * @param clock    the source of the current time, for the expiry check
     * @param verifier verifies JWT logins' signatures when it is enabled ({@link #verifySignature})
     */
    public LoginTokenReader(Clock clock, LoginTokenVerifier verifier) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * Verifies a JWT login's signature with its provider's keys when the fake verifies login tokens
     * ({@link LoginTokenVerifier}); otherwise does nothing. Call it once the provider is known to be one
     * the pool is configured with, so that keys are fetched for configured providers only.
     *
     * @param token    a JWT from {@link #read}
     * @param provider the {@code Logins} key, matched by the token's issuer
     * @throws CognitoException NotAuthorized {@code Invalid login token. Couldn't verify signed token.}
     */
    public void verifySignature(LoginToken token, String provider) {
        verifier.verify(token, provider);
    }

    /**
     * Decodes a login token <em>without</em> verifying any signature. A well-formed JWT (three base64url
     * parts: a JOSE header, a JSON claims set and a signature, or an empty third part with
     * {@code "alg":"none"}) gives its claims. Anything else is opaque: Facebook access tokens,
     * {@code token;secret}, SAML responses, encrypted JWTs and JWT-shaped strings whose parts are not valid
     * JSON or whose registered claims have the wrong types. Never throws for a non-null string.
     *
     * @param token the value of a {@code Logins} entry
     * @return the decoded token
     */
    public LoginToken read(String token) {
        Objects.requireNonNull(token, "token");
        try {
            JWT parsed = JWTParser.parse(token);
            if (!(parsed instanceof SignedJWT) && !(parsed instanceof PlainJWT)) {
                return LoginToken.opaque(token); // encrypted: we cannot see the claims
            }
            Map<String, Object> json = ((JOSEObject) parsed).getPayload().toJSONObject();
            if (json == null) {
                return LoginToken.opaque(token);
            }
            JWTClaimsSet claims = JWTClaimsSet.parse(json); // checks the types of the registered claims
            Date exp = claims.getExpirationTime();
            return new LoginToken(
                    token,
                    true,
                    claims.getSubject(),
                    claims.getIssuer(),
                    claims.getAudience(),
                    exp == null ? null : exp.toInstant(),
                    json);
        } catch (ParseException | RuntimeException e) {
            return LoginToken.opaque(token);
        }
    }

    /**
     * Rejects an expired JWT: {@code now >= exp + grace}. Opaque tokens and JWTs without {@code exp} pass.
     *
     * @param token a token from {@link #read}
     * @param grace how long after {@code exp} the token is still taken
     * @throws CognitoException NotAuthorized {@code Invalid login token. Token expired: <now> >= <exp + grace>}
     *                          (epoch seconds)
     */
    public void checkNotExpired(LoginToken token, Duration grace) {
        Instant expiresAt = token.expiresAt();
        if (!token.jwt() || expiresAt == null) {
            return;
        }
        long now = clock.instant().getEpochSecond();
        long threshold = expiresAt.getEpochSecond() + grace.getSeconds();
        if (now >= threshold) {
            throw expired(now, threshold);
        }
    }

    /**
     * Requires a JWT, for every key but the opaque public providers, SAML providers and this service's own.
     *
     * @param token a token from {@link #read}
     * @throws CognitoException NotAuthorized {@code Invalid login token. Not a valid OpenId Connect identity
     *                          token.} if it is opaque
     */
    public void requireJwt(LoginToken token) {
        if (!token.jwt()) {
            throw CognitoException.notAuthorized("Invalid login token. Not a valid OpenId Connect identity token.");
        }
    }

    /**
     * Requires the token's {@code iss}, without a leading {@code https://} and one trailing {@code /}, to
     * equal the {@code Logins} key, which is compared as sent. For a user-pool emulator on this machine
     * ({@link LocalUserPools#isLocalUserPool}) a leading {@code http://} is taken off too.
     *
     * @param token        a JWT from {@link #read}
     * @param providerName the {@code Logins} key
     * @throws CognitoException NotAuthorized {@code Invalid login token. Issuer doesn't match providerName}
     */
    public void checkIssuer(LoginToken token, String providerName) {
        String issuer = token.issuer();
        if (issuer != null && issuer.startsWith("http://") && LocalUserPools.isLocalUserPool(providerName)) {
            issuer = "https://" + issuer.substring("http://".length());
        }
        if (!providerName.equals(providerNameOf(issuer))) {
            throw CognitoException.notAuthorized("Invalid login token. Issuer doesn't match providerName");
        }
    }

    /** The provider name an issuer stands for: without {@code https://} and one trailing {@code /}; null for null. */
    static String providerNameOf(String issuer) {
        if (issuer == null) {
            return null;
        }
        String name = issuer.startsWith("https://") ? issuer.substring("https://".length()) : issuer;
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Requires an {@code aud} claim (user pool access tokens have none), or, when {@code azpWillDo}, an
     * {@code azp}. Whether it names a configured client is for the caller to check.
     *
     * @param token     a JWT from {@link #read}
     * @param azpWillDo whether an {@code azp} claim may stand in for {@code aud} (OIDC providers)
     * @throws CognitoException NotAuthorized {@code Invalid login token. Missing a required claim: aud}
     */
    public void checkHasAudience(LoginToken token, boolean azpWillDo) {
        if (token.audience().isEmpty()
                && !(azpWillDo && token.stringClaim("azp").isPresent())) {
            throw CognitoException.notAuthorized("Invalid login token. Missing a required claim: aud");
        }
    }

    /**
     * Reads a SAML 2.0 response (base64 of a {@code samlp:Response}, or of a bare {@code saml:Assertion}):
     * the first assertion's {@code NameID} becomes the subject and its attributes the claims, each a list
     * of its values' text; the {@code NameID} is also the claim
     * {@code http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier} unless an attribute has
     * that name. Neither signatures nor validity windows are checked. Documents with a DTD are refused.
     * Anything that is not such a document is an opaque token. Never throws for a non-null string.
     *
     * @param token the value of a SAML provider's {@code Logins} entry
     * @return the decoded assertion, or the opaque token
     */
    public LoginToken readSaml(String token) {
        Objects.requireNonNull(token, "token");
        try {
            byte[] xml = Base64.getMimeDecoder().decode(token);
            Document document = samlParser().parse(new ByteArrayInputStream(xml));
            NodeList assertions = document.getElementsByTagNameNS(SAML_ASSERTION, "Assertion");
            if (assertions.getLength() == 0) {
                return LoginToken.opaque(token);
            }
            Element assertion = (Element) assertions.item(0);
            String nameId = firstText(assertion, "NameID");
            Map<String, Object> claims = new LinkedHashMap<>();
            NodeList attributes = assertion.getElementsByTagNameNS(SAML_ASSERTION, "Attribute");
            for (int i = 0; i < attributes.getLength(); i++) {
                Element attribute = (Element) attributes.item(i);
                NodeList values = attribute.getElementsByTagNameNS(SAML_ASSERTION, "AttributeValue");
                List<String> texts = new ArrayList<>(values.getLength());
                for (int j = 0; j < values.getLength(); j++) {
                    texts.add(values.item(j).getTextContent().strip());
                }
                claims.put(attribute.getAttribute("Name"), List.copyOf(texts));
            }
            if (nameId != null) {
                claims.putIfAbsent(SAML_NAME_IDENTIFIER, List.of(nameId));
            }
            return new LoginToken(token, false, nameId, firstText(assertion, "Issuer"), List.of(), null, claims);
        } catch (IllegalArgumentException | IOException | SAXException | ParserConfigurationException e) {
            return LoginToken.opaque(token);
        }
    }

    /** The trimmed text of the first SAML assertion element of that name under {@code parent}, or null if none or blank. */
    private static String firstText(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(SAML_ASSERTION, localName);
        String text =
                nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    /** A namespace-aware parser that refuses DTDs (and so external entities) and reports nothing to stderr. */
    private static DocumentBuilder samlParser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // fatal errors throw; nothing is printed
        return builder;
    }

    /** {@code NotAuthorizedException: Invalid login token. Token expired: <now> >= <threshold>}. */
    static CognitoException expired(long nowEpochSeconds, long thresholdEpochSeconds) {
        return CognitoException.notAuthorized(
                "Invalid login token. Token expired: " + nowEpochSeconds + " >= " + thresholdEpochSeconds);
    }
}
