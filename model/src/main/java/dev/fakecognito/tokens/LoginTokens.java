package dev.fakecognito.tokens;

import dev.fakecognito.model.internal.Json;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Login tokens of every identity provider an identity pool accepts, minted for tests: the values a
 * client puts in the {@code Logins} map of GetId, GetCredentialsForIdentity and GetOpenIdToken, in the
 * shapes the fake accepts. One entry point, fluent:
 *
 * <pre>{@code
 * LoginTokens tokens = LoginTokens.at(clock); // or LoginTokens.create() for the system clock
 *
 * String idToken = tokens.userPoolIdToken("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc", "app-client")
 *         .subject("alice")
 *         .groups("finance")
 *         .claim("custom:department", "finance")
 *         .build();
 * String google = tokens.google("mobile-app.apps.googleusercontent.com").subject("bob").build();
 * String facebook = tokens.facebook("carol");
 * }</pre>
 *
 * <p>What the fake checks (docs/behaviour.md#login-tokens): a JWT's {@code iss} must be {@code https://}
 * plus the {@code Logins} key, its {@code aud} the app client or app id the pool configures, and it
 * must not be expired by the fake's clock; the methods here set those claims from their arguments and
 * the expiry from this object's clock (pass the fake's clock to {@link #at(Clock)}). JWTs are RS256
 * signed with a throwaway key made once per JVM: a fake checks identity providers' signatures only when
 * asked to ({@code verifyLoginTokens}), and then knows this key in the same JVM; elsewhere give it
 * {@link #jwks()}. The fake knows the user of a JWT by its {@code sub}, and the
 * user of an opaque token (Facebook, Login with Amazon, Twitter) by the token itself, so those tokens
 * are simply the user id, readable in snapshots and assertions ({@code hasLogin("graph.facebook.com", "carol")}).
 *
 * <p>Immutable and thread-safe; the builders it hands out are not.
 */
public final class LoginTokens {
    /** The {@code kid} in the header of the JWTs minted here. */
    static final String KEY_ID = "fake-cognito-login-tokens-1";

    private static final String USER_POOL_SCOPE = "aws.cognito.signin.user.admin";
    private static final Duration JWT_LIFETIME = Duration.ofHours(1);
    private static final Duration SAML_LIFETIME = Duration.ofMinutes(5);
    private static final String SAML_PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    private static final String SAML_ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
    private static final String SAML_ROLE_ATTRIBUTE = "https://aws.amazon.com/SAML/Attributes/Role";

    private final Clock clock;

    private LoginTokens(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Tokens issued now by the system clock, valid for an hour: right for a fake that runs on the system
     * clock (the default, and always in a container).
     *
     * @return the token factory
     */
    public static LoginTokens create() {
        return new LoginTokens(Clock.systemUTC());
    }

    /**
     * Tokens issued at the time of this clock. Pass the clock the fake was built with
     * ({@code FakeCognitoIdentity.builder().clock(clock)}), so that a token is valid, or expired, by the
     * fake's time.
     *
     * @param clock the clock that says when tokens are issued
     * @return the token factory
     */
    public static LoginTokens at(Clock clock) {
        return new LoginTokens(clock);
    }

    // ---------------------------------------------------------------- Cognito user pools

    /**
     * An ID token of a Cognito user pool user ({@code token_use: id}), the token an identity pool takes
     * under the user pool's key. It has {@code iss = https://<providerName>}, {@code aud = <clientId>}, a
     * random {@code sub} (set your own with {@link JwtToken#subject}) and {@code cognito:username} equal
     * to the subject unless {@link JwtToken#username} says otherwise.
     *
     * @param providerName the {@code Logins} key, {@code cognito-idp.<region>.amazonaws.com/<user pool id>}
     * @param clientId     the app client id configured on the identity pool for that user pool
     * @return a builder for the token
     */
    public JwtToken userPoolIdToken(String providerName, String clientId) {
        return new JwtToken(this, JwtToken.Kind.USER_POOL_ID)
                .claim("sub", UUID.randomUUID().toString())
                .claim("aud", requireText(clientId, "clientId"))
                .claim("token_use", "id")
                .claim("auth_time", now().getEpochSecond())
                .claim("iss", "https://" + requireText(providerName, "providerName"));
    }

    /**
     * An access token of a Cognito user pool user ({@code token_use: access}): it names its app client in
     * {@code client_id} and has no {@code aud}, so an identity pool refuses it
     * ({@code Invalid login token. Missing a required claim: aud}). Useful to test that code sends the ID
     * token, not the access token.
     *
     * @param providerName {@code cognito-idp.<region>.amazonaws.com/<user pool id>}
     * @param clientId     the app client id
     * @return a builder for the token
     */
    public JwtToken userPoolAccessToken(String providerName, String clientId) {
        return new JwtToken(this, JwtToken.Kind.USER_POOL_ACCESS)
                .claim("sub", UUID.randomUUID().toString())
                .claim("token_use", "access")
                .claim("scope", USER_POOL_SCOPE)
                .claim("auth_time", now().getEpochSecond())
                .claim("iss", "https://" + requireText(providerName, "providerName"))
                .claim("client_id", requireText(clientId, "clientId"));
    }

    // ---------------------------------------------------------------- OpenID Connect providers

    /**
     * A Google ID token for the {@code accounts.google.com} key: {@code iss = https://accounts.google.com},
     * {@code aud} and {@code azp} the client id, a random numeric {@code sub}.
     *
     * @param clientId the Google client id the identity pool configures for {@code accounts.google.com}
     * @return a builder for the token
     */
    public JwtToken google(String clientId) {
        requireText(clientId, "clientId");
        return new JwtToken(this, JwtToken.Kind.OIDC)
                .claim("iss", "https://accounts.google.com")
                .claim("azp", clientId)
                .claim("aud", clientId)
                .claim("sub", randomDigits());
    }

    /**
     * A Sign in with Apple ID token for the {@code appleid.apple.com} key:
     * {@code iss = https://appleid.apple.com}, {@code aud} the Services ID (or bundle id), a random
     * {@code sub} in Apple's style.
     *
     * @param servicesId the Services ID or bundle id the identity pool configures for {@code appleid.apple.com}
     * @return a builder for the token
     */
    public JwtToken apple(String servicesId) {
        return new JwtToken(this, JwtToken.Kind.OIDC)
                .claim("iss", "https://appleid.apple.com")
                .claim("aud", requireText(servicesId, "servicesId"))
                .claim("sub", "000000." + UUID.randomUUID().toString().replace("-", "") + ".0000");
    }

    /**
     * An ID token of an OpenID Connect provider registered in IAM, for the key that is the provider's
     * host and path (the part of its IAM ARN after {@code oidc-provider/}): {@code iss = https://<providerName>},
     * {@code aud} the client id, a random {@code sub}.
     *
     * @param providerName the {@code Logins} key, e.g. {@code login.example.com} or
     *                     {@code token.actions.githubusercontent.com/my-org}
     * @param clientId     the audience (one of the client ids registered with the IAM provider)
     * @return a builder for the token
     */
    public JwtToken oidc(String providerName, String clientId) {
        return new JwtToken(this, JwtToken.Kind.OIDC)
                .claim("iss", "https://" + requireText(providerName, "providerName"))
                .claim("aud", requireText(clientId, "clientId"))
                .claim("sub", UUID.randomUUID().toString());
    }

    // ---------------------------------------------------------------- opaque tokens

    /**
     * A Facebook access token for the {@code graph.facebook.com} key. Facebook tokens are opaque and the
     * fake keys them by the token itself, so the token is the Facebook user id: the same user always
     * reaches the same identity, and snapshots show that id.
     *
     * @param userId the Facebook user, e.g. {@code carol} or {@code 10158012345678901}
     * @return the token
     */
    public String facebook(String userId) {
        return requireText(userId, "userId");
    }

    /**
     * A Login with Amazon access token for the {@code www.amazon.com} key: opaque, so (as for
     * {@link #facebook}) the token is the Amazon user id.
     *
     * @param userId the Amazon user, e.g. {@code amzn1.account.ALICE}
     * @return the token
     */
    public String amazon(String userId) {
        return requireText(userId, "userId");
    }

    /**
     * A Twitter login for the {@code api.twitter.com} key, in the {@code <access token>;<access token secret>}
     * form identity pools take. The fake keys it by the part before {@code ;}, so that part is the user id.
     *
     * @param userId the Twitter user; must not contain {@code ;}
     * @return the token, {@code <userId>;<secret>}
     */
    public String twitter(String userId) {
        if (requireText(userId, "userId").contains(";")) {
            throw new IllegalArgumentException("a Twitter user id must not contain ';': " + userId);
        }
        return userId + ";test-secret";
    }

    // ---------------------------------------------------------------- SAML

    /**
     * A SAML 2.0 response with one assertion, for the key that is the IAM SAML provider's ARN. The fake
     * reads its {@code NameID} (the user), its attributes (for role rules and principal tags) and the
     * roles it grants ({@link SamlAssertion#role}); it neither verifies a signature nor checks the
     * assertion's validity window.
     *
     * @param nameId the subject's {@code NameID}
     * @return a builder for the assertion
     */
    public SamlAssertion saml(String nameId) {
        return new SamlAssertion(this, requireText(nameId, "nameId"));
    }

    // ---------------------------------------------------------------- internals

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    private static String randomDigits() {
        return String.valueOf(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000_000_000_000L));
    }

    /**
     * The JSON Web Key Set with the public key of the JWTs minted by this class in this JVM (a throwaway
     * RSA key, made on first use, whose {@code kid} is in every token's header). A fake in the same JVM
     * that verifies login tokens knows it without being told; give it to a fake elsewhere (a container,
     * the standalone jar) as the offline keys of each provider whose tokens you mint, under
     * {@code loginTokenKeys} in a fixture document.
     *
     * @return the document, {@code {"keys":[{"kty":"RSA","kid":…,"use":"sig","alg":"RS256","n":…,"e":…}]}}
     */
    public static String jwks() {
        java.security.interfaces.RSAPublicKey key = (java.security.interfaces.RSAPublicKey) signingKey();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("kid", KEY_ID);
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("n", unsignedBase64Url(key.getModulus()));
        jwk.put("e", unsignedBase64Url(key.getPublicExponent()));
        return Json.write(Map.of("keys", List.of(jwk)));
    }

    private static String unsignedBase64Url(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The public half of the throwaway key the JWTs are signed with (for tests of this class). */
    static PublicKey signingKey() {
        return ThrowawayKey.PAIR.getPublic();
    }

    /** Made once per JVM on first use: an RSA key only tokens minted here are signed with. */
    private static final class ThrowawayKey {
        static final KeyPair PAIR = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK cannot generate an RSA key", e);
            }
        }
    }

    /**
     * A JWT being minted: claims are kept in the order they were first set, and {@code iat} and {@code exp}
     * come last. Obtained from {@link LoginTokens}; {@link #build()} signs it.
     */
    public static final class JwtToken {
        private enum Kind {
            USER_POOL_ID,
            USER_POOL_ACCESS,
            OIDC
        }

        private final LoginTokens tokens;
        private final Kind kind;
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Duration lifetime = JWT_LIFETIME;
        private Instant expiresAt;
        private final List<String> removed = new ArrayList<>();

        private JwtToken(LoginTokens tokens, Kind kind) {
            this.tokens = tokens;
            this.kind = kind;
        }

        /**
         * The {@code sub} claim: the user. The fake links the login by provider and subject, so two tokens
         * with the same subject reach the same identity.
         *
         * @param subject the user id
         * @return this
         */
        public JwtToken subject(String subject) {
            return claim("sub", requireText(subject, "subject"));
        }

        /**
         * The user pool user name: {@code cognito:username} in an ID token, {@code username} in an access
         * token (by default the subject).
         *
         * @param username the user name
         * @return this
         */
        public JwtToken username(String username) {
            return claim(kind == Kind.USER_POOL_ACCESS ? "username" : "cognito:username", username);
        }

        /**
         * The {@code email} claim (with {@code email_verified: true}).
         *
         * @param email the address
         * @return this
         */
        public JwtToken email(String email) {
            claim("email", requireText(email, "email"));
            return claim("email_verified", Boolean.TRUE);
        }

        /**
         * The user pool groups: {@code cognito:groups}, a JSON array.
         *
         * @param groups the group names
         * @return this
         */
        public JwtToken groups(String... groups) {
            return claim("cognito:groups", List.copyOf(Arrays.asList(groups)));
        }

        /**
         * The IAM roles of the user's groups: {@code cognito:roles}, a JSON array, which a {@code Token} role
         * mapping offers for {@code CustomRoleArn}.
         *
         * @param roleArns the role ARNs
         * @return this
         */
        public JwtToken roles(String... roleArns) {
            return claim("cognito:roles", List.copyOf(Arrays.asList(roleArns)));
        }

        /**
         * The role of the user's highest-precedence group: {@code cognito:preferred_role}, which a
         * {@code Token} role mapping uses when the request names no {@code CustomRoleArn}.
         *
         * @param roleArn the role ARN
         * @return this
         */
        public JwtToken preferredRole(String roleArn) {
            return claim("cognito:preferred_role", roleArn);
        }

        /**
         * Any claim, e.g. {@code custom:department} for a role rule or a principal tag. Replaces a claim of
         * that name, keeping its place.
         *
         * @param name  the claim name
         * @param value a JSON value: a String, Number, Boolean, List or Map of those
         * @return this
         */
        public JwtToken claim(String name, Object value) {
            requireText(name, "name");
            Objects.requireNonNull(value, "value");
            claims.put(name, value);
            removed.remove(name);
            return this;
        }

        /**
         * Leaves a claim out, e.g. {@code aud}, {@code sub} or {@code exp}, to test how the fake refuses
         * such a token.
         *
         * @param name the claim name
         * @return this
         */
        public JwtToken without(String name) {
            claims.remove(name);
            removed.add(name);
            return this;
        }

        /**
         * The {@code iss} claim, replacing the provider's (to test an issuer that does not match the key).
         *
         * @param issuer the issuer, e.g. {@code https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other}
         * @return this
         */
        public JwtToken issuer(String issuer) {
            return claim("iss", requireText(issuer, "issuer"));
        }

        /**
         * The {@code aud} claim, replacing the one set from the configuration: a single string for one
         * audience, an array for several.
         *
         * @param audiences one or more audiences
         * @return this
         */
        public JwtToken audience(String... audiences) {
            if (audiences.length == 0) {
                throw new IllegalArgumentException("give at least one audience, or use without(\"aud\")");
            }
            return claim("aud", audiences.length == 1 ? audiences[0] : List.copyOf(Arrays.asList(audiences)));
        }

        /**
         * How long after its issue time the token expires: {@code exp = iat + lifetime}. One hour by
         * default; a negative duration makes a token that expired that long ago.
         *
         * @param lifetime the lifetime, e.g. {@code Duration.ofMinutes(-10)} for a token expired ten minutes ago
         * @return this
         */
        public JwtToken expiresIn(Duration lifetime) {
            this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
            this.expiresAt = null;
            return this;
        }

        /**
         * The {@code exp} claim at a fixed time.
         *
         * @param expiresAt the expiry
         * @return this
         */
        public JwtToken expiresAt(Instant expiresAt) {
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
            return this;
        }

        /**
         * Signs the token: header {@code {"kid":...,"alg":"RS256"}}, the claims in the order set, then
         * {@code iat} (the clock's now, in whole seconds) and {@code exp}.
         *
         * @return the compact JWS, {@code header.claims.signature}
         */
        public String build() {
            Instant issuedAt = tokens.now();
            Map<String, Object> all = new LinkedHashMap<>(claims);
            String username = kind == Kind.USER_POOL_ID ? "cognito:username" : "username";
            if (kind != Kind.OIDC && all.containsKey("sub") && !removed.contains(username)) {
                all.putIfAbsent(username, all.get("sub"));
            }
            Instant expiry = expiresAt != null ? expiresAt : issuedAt.plus(lifetime);
            all.putIfAbsent("exp", expiry.getEpochSecond());
            all.putIfAbsent("iat", issuedAt.getEpochSecond());
            removed.forEach(all::remove);
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("kid", KEY_ID);
            header.put("alg", "RS256");
            String input = base64Url(Json.write(header)) + "." + base64Url(Json.write(all));
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(ThrowawayKey.PAIR.getPrivate());
                signature.update(input.getBytes(StandardCharsets.US_ASCII));
                return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK cannot sign with SHA256withRSA", e);
            }
        }

        private static String base64Url(String json) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A SAML 2.0 response being minted: one assertion with an issuer, a {@code NameID}, a validity window
     * and attributes. Obtained from {@link LoginTokens#saml}; {@link #build()} encodes it.
     */
    public static final class SamlAssertion {
        private final LoginTokens tokens;
        private final String nameId;
        private String issuer = "https://idp.example.com/saml";
        private Duration lifetime = SAML_LIFETIME;
        private final Map<String, List<String>> attributes = new LinkedHashMap<>();

        private SamlAssertion(LoginTokens tokens, String nameId) {
            this.tokens = tokens;
            this.nameId = nameId;
        }

        /**
         * The identity provider's entity id, written as the response's and the assertion's {@code Issuer}
         * (by default {@code https://idp.example.com/saml}).
         *
         * @param issuer the entity id
         * @return this
         */
        public SamlAssertion issuer(String issuer) {
            this.issuer = requireText(issuer, "issuer");
            return this;
        }

        /**
         * An attribute with one or more values, e.g.
         * {@code attribute("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name", "Alice")} or
         * {@code attribute("department", "finance")}. Role rules match the attribute by its full name;
         * one of several values is enough. Giving the same name again replaces its values.
         *
         * @param name   the attribute's {@code Name}
         * @param values its values
         * @return this
         */
        public SamlAssertion attribute(String name, String... values) {
            requireText(name, "name");
            if (values.length == 0) {
                throw new IllegalArgumentException("an attribute needs at least one value: " + name);
            }
            attributes.put(name, List.copyOf(Arrays.asList(values)));
            return this;
        }

        /**
         * Grants the user a role: adds the pair {@code <roleArn>,<samlProviderArn>} to the assertion's
         * {@code https://aws.amazon.com/SAML/Attributes/Role} attribute, the roles an identity pool lets a
         * SAML user assume. Call it once per role; with several, the client picks one with
         * {@code CustomRoleArn}.
         *
         * @param roleArn         the IAM role, {@code arn:aws:iam::<account>:role/<name>}
         * @param samlProviderArn the IAM SAML provider the pair is for, the {@code Logins} key
         * @return this
         */
        public SamlAssertion role(String roleArn, String samlProviderArn) {
            String pair = requireText(roleArn, "roleArn") + "," + requireText(samlProviderArn, "samlProviderArn");
            List<String> roles = new ArrayList<>(attributes.getOrDefault(SAML_ROLE_ATTRIBUTE, List.of()));
            roles.add(pair);
            attributes.put(SAML_ROLE_ATTRIBUTE, List.copyOf(roles));
            return this;
        }

        /**
         * How long the assertion is valid after its issue instant ({@code NotOnOrAfter}); five minutes by
         * default. The fake does not check it.
         *
         * @param lifetime the lifetime
         * @return this
         */
        public SamlAssertion expiresIn(Duration lifetime) {
            this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
            return this;
        }

        /**
         * Writes the response as XML and encodes it in base64, as a browser posts a {@code SAMLResponse}
         * and as identity pools take it in {@code Logins}.
         *
         * @return the base64 of the {@code samlp:Response} document
         */
        public String build() {
            Instant issued = tokens.now();
            String notOnOrAfter = issued.plus(lifetime).toString();
            Document document = newDocument();
            Element response = document.createElementNS(SAML_PROTOCOL, "samlp:Response");
            response.setAttribute("ID", "_" + UUID.randomUUID());
            response.setAttribute("Version", "2.0");
            response.setAttribute("IssueInstant", issued.toString());
            document.appendChild(response);
            append(document, response, SAML_ASSERTION, "saml:Issuer", issuer);
            Element status = append(document, response, SAML_PROTOCOL, "samlp:Status", null);
            append(document, status, SAML_PROTOCOL, "samlp:StatusCode", null)
                    .setAttribute("Value", "urn:oasis:names:tc:SAML:2.0:status:Success");

            Element assertion = append(document, response, SAML_ASSERTION, "saml:Assertion", null);
            assertion.setAttribute("ID", "_" + UUID.randomUUID());
            assertion.setAttribute("Version", "2.0");
            assertion.setAttribute("IssueInstant", issued.toString());
            append(document, assertion, SAML_ASSERTION, "saml:Issuer", issuer);
            Element subject = append(document, assertion, SAML_ASSERTION, "saml:Subject", null);
            append(document, subject, SAML_ASSERTION, "saml:NameID", nameId)
                    .setAttribute("Format", "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
            Element confirmation = append(document, subject, SAML_ASSERTION, "saml:SubjectConfirmation", null);
            confirmation.setAttribute("Method", "urn:oasis:names:tc:SAML:2.0:cm:bearer");
            append(document, confirmation, SAML_ASSERTION, "saml:SubjectConfirmationData", null)
                    .setAttribute("NotOnOrAfter", notOnOrAfter);
            Element conditions = append(document, assertion, SAML_ASSERTION, "saml:Conditions", null);
            conditions.setAttribute("NotBefore", issued.toString());
            conditions.setAttribute("NotOnOrAfter", notOnOrAfter);
            if (!attributes.isEmpty()) {
                Element statement = append(document, assertion, SAML_ASSERTION, "saml:AttributeStatement", null);
                attributes.forEach((name, values) -> {
                    Element attribute = append(document, statement, SAML_ASSERTION, "saml:Attribute", null);
                    attribute.setAttribute("Name", name);
                    values.forEach(value -> append(document, attribute, SAML_ASSERTION, "saml:AttributeValue", value));
                });
            }
            return Base64.getEncoder().encodeToString(serialize(document).getBytes(StandardCharsets.UTF_8));
        }

        private static Element append(Document document, Element parent, String namespace, String name, String text) {
            Element element = document.createElementNS(namespace, name);
            if (text != null) {
                element.setTextContent(text);
            }
            parent.appendChild(element);
            return element;
        }

        private static Document newDocument() {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                return factory.newDocumentBuilder().newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the JDK cannot build an XML document", e);
            }
        }

        private static String serialize(Document document) {
            try {
                TransformerFactory factory = TransformerFactory.newInstance();
                factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
                var transformer = factory.newTransformer();
                transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                StringWriter out = new StringWriter();
                transformer.transform(new DOMSource(document), new StreamResult(out));
                return out.toString();
            } catch (TransformerException e) {
                throw new IllegalStateException("the JDK cannot write an XML document", e);
            }
        }
    }
}
