package dev.fakecognito.assertj;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.tokens.Jwks;
import dev.fakecognito.tokens.Jwt;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an OpenID token (the {@code Token} of GetOpenIdToken or
 * GetOpenIdTokenForDeveloperIdentity): its signature, subject, audience, {@code amr}, expiry and
 * claims. Obtain one from {@link CognitoIdentityAssertions#assertThatToken(String)}:
 *
 * <pre>{@code
 * assertThatToken(token).isSignedBy(fake).hasSubject(identityId).isAuthenticatedWith("graph.facebook.com");
 * }</pre>
 *
 * <p>The token is decoded on each assertion; one that is not a signed JWT fails every assertion
 * with the reason.
 */
public class OpenIdTokenAssert extends AbstractAssert<OpenIdTokenAssert, String> {
    private static final String PRINCIPAL_TAGS_CLAIM = "https://aws.amazon.com/tags";

    /**
     * Assertions on a token; prefer {@link CognitoIdentityAssertions#assertThatToken(String)}.
     *
     * @param actual the token: a compact JWS
     */
    public OpenIdTokenAssert(String actual) {
        super(actual, OpenIdTokenAssert.class);
    }

    private Jwt jwt() {
        isNotNull();
        try {
            return Jwt.decode(actual);
        } catch (IllegalArgumentException e) {
            throw failure(
                    "%s",
                    "Expecting an OpenID token (a signed JWT) but could not decode \"" + shortened() + "\": "
                            + e.getMessage());
        }
    }

    private Map<String, Object> claims() {
        return jwt().claims();
    }

    private String shortened() {
        return actual.length() > 40 ? actual.substring(0, 40) + "…" : actual;
    }

    private OpenIdTokenAssert check(boolean passed, Supplier<String> message) {
        if (!passed) {
            throw failure("%s", message.get());
        }
        return myself;
    }

    /**
     * Checks that the token is an RS512 JWS whose signature verifies with a key of the fake's JWKS
     * ({@link FakeAdmin#jwksUri()}), found by the token's {@code kid}.
     *
     * @param fake the fake that should have issued the token
     * @return this
     */
    public OpenIdTokenAssert isSignedBy(FakeAdmin fake) {
        Objects.requireNonNull(fake, "fake");
        Jwt jwt = jwt();
        URI jwksUri = SoftlyInspected.unwrap(fake).jwksUri();
        Jwks keys = loadJwks(jwksUri);
        String kid = jwt.keyId();
        Optional<PublicKey> key = keys.key(kid);
        List<String> kids = keys.keyIds();
        check(
                key.isPresent(),
                () -> "Expecting the token to be signed by the fake at " + jwksUri
                        + " but its key id (kid) " + (kid == null ? "is missing" : kid)
                        + " is not in the fake's JWKS, whose kids are " + kids);
        check(
                "RS512".equals(jwt.algorithm()),
                () -> "Expecting the token to be signed with RS512, as the fake signs, but its alg is "
                        + jwt.algorithm());
        return check(
                jwt.isSignedBy(key.get()),
                () -> "Expecting the token to be signed by the fake at " + jwksUri
                        + " but its signature does not verify with the fake's key " + kid
                        + " (kids in the JWKS: " + kids + "); was it issued by another fake, or altered?");
    }

    private Jwks loadJwks(URI jwksUri) {
        try {
            return Jwks.fetch(jwksUri);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw failure(
                    "%s",
                    "Expecting the fake's JWKS at " + jwksUri
                            + " to check the token's signature but could not load it: " + e.getMessage());
        }
    }

    /**
     * Checks the {@code sub} claim: the identity id.
     *
     * @param identityId the expected identity id
     * @return this
     */
    public OpenIdTokenAssert hasSubject(String identityId) {
        Jwt jwt = jwt();
        return check(
                Objects.equals(jwt.subject(), identityId),
                () -> "Expecting the token's subject (sub) to be " + identityId + " but it is " + jwt.subject());
    }

    /**
     * Checks the {@code aud} claim: the identity pool id.
     *
     * @param identityPoolId the expected pool id
     * @return this
     */
    public OpenIdTokenAssert hasAudience(String identityPoolId) {
        List<String> audience = jwt().audience();
        return check(
                audience.contains(identityPoolId),
                () -> "Expecting the token's audience (aud) to be " + identityPoolId + " but it is "
                        + (audience.size() == 1 ? audience.get(0) : audience));
    }

    /**
     * Checks the {@code iss} claim.
     *
     * @param issuer the expected issuer, e.g. {@code https://cognito-identity.amazonaws.com}
     * @return this
     */
    public OpenIdTokenAssert hasIssuer(String issuer) {
        Jwt jwt = jwt();
        return check(
                Objects.equals(jwt.issuer(), issuer),
                () -> "Expecting the token's issuer (iss) to be " + issuer + " but it is " + jwt.issuer());
    }

    /**
     * Checks that the token is for an authenticated identity logged in with this provider: its
     * {@code amr} holds {@code authenticated} and the provider (for developer tokens, the developer
     * provider name).
     *
     * @param provider the login provider, e.g. {@code graph.facebook.com}
     * @return this
     */
    public OpenIdTokenAssert isAuthenticatedWith(String provider) {
        List<String> amr = amr();
        return check(
                amr.contains("authenticated") && amr.contains(provider),
                () -> "Expecting the token to be authenticated with " + provider + " but its amr is " + amr);
    }

    /**
     * Checks that the token is for an authenticated identity ({@code amr} holds {@code authenticated}).
     *
     * @return this
     */
    public OpenIdTokenAssert isAuthenticated() {
        List<String> amr = amr();
        return check(
                amr.contains("authenticated"),
                () -> "Expecting the token to be for an authenticated identity but its amr is " + amr);
    }

    /**
     * Checks that the token is for a guest: its {@code amr} is {@code ["unauthenticated"]}.
     *
     * @return this
     */
    public OpenIdTokenAssert isUnauthenticated() {
        List<String> amr = amr();
        return check(
                amr.contains("unauthenticated"),
                () -> "Expecting the token to be for an unauthenticated identity but its amr is " + amr);
    }

    private List<String> amr() {
        Object amr = claims().get("amr");
        if (amr != null && !(amr instanceof List<?>)) {
            throw failure("%s", "Expecting the token's amr claim to be a list of strings but it is " + amr);
        }
        return jwt().amr();
    }

    /**
     * Checks that the token expires within this duration from now (system clock): its {@code exp} is
     * after now and at most now plus the duration.
     *
     * @param duration the longest remaining lifetime accepted
     * @return this
     */
    public OpenIdTokenAssert expiresWithin(Duration duration) {
        Jwt jwt = jwt();
        Instant now = Instant.now();
        Instant exp = jwt.expiresAt();
        return check(
                exp != null && exp.isAfter(now) && !exp.isAfter(now.plus(duration)),
                () -> "Expecting the token to expire within " + duration + " of now (" + now + ") but "
                        + (exp == null
                                ? "it has no exp claim"
                                : "it expires at " + exp
                                        + (exp.isAfter(now) ? ", in " + Duration.between(now, exp) : ", which is past"))
                        + (jwt.issuedAt() == null ? "" : " (issued at " + jwt.issuedAt() + ")"));
    }

    /**
     * Checks one claim's value. JSON arrays are compared as lists, JSON numbers by value; the
     * registered date claims {@code exp}, {@code iat} and {@code nbf} as epoch seconds.
     *
     * @param name  the claim name
     * @param value the expected value
     * @return this
     */
    public OpenIdTokenAssert hasClaim(String name, Object value) {
        Map<String, Object> claims = claims();
        Object actualValue = claims.get(name);
        return check(
                claims.containsKey(name) && sameValue(actualValue, value),
                () -> "Expecting the token's claim " + name + " to be " + value + " but "
                        + (claims.containsKey(name)
                                ? "it is " + actualValue
                                : "the token has no such claim; its claims are " + claims.keySet()));
    }

    private static boolean sameValue(Object found, Object expected) {
        if (found instanceof Number a && expected instanceof Number b) {
            return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(found, expected);
    }

    /**
     * Checks a principal tag of a developer token ({@code https://aws.amazon.com/tags} →
     * {@code principal_tags} → tag → {@code [value]}).
     *
     * @param key   the tag key
     * @param value the tag value
     * @return this
     */
    public OpenIdTokenAssert hasPrincipalTag(String key, String value) {
        Map<String, Object> tags = principalTags();
        return check(
                tags.get(key) instanceof List<?> values && values.contains(value) || value.equals(tags.get(key)),
                () -> "Expecting the token to have principal tag " + key + "=" + value + " but its principal tags are "
                        + (tags.isEmpty() ? "none" : tags));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> principalTags() {
        Object tags = claims().get(PRINCIPAL_TAGS_CLAIM);
        if (tags instanceof Map<?, ?> map && map.get("principal_tags") instanceof Map<?, ?> principalTags) {
            return (Map<String, Object>) principalTags;
        }
        return Map.of();
    }
}
