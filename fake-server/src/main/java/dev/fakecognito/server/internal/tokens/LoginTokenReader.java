package dev.fakecognito.server.internal.tokens;

import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.server.internal.errors.CognitoException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the login tokens clients put in the {@code Logins} map, following the rules of docs/behaviour.md#login-tokens:
 * JWTs are decoded <em>without</em> checking any signature, everything else is opaque. Also offers the
 * provider-independent checks (expiry) and small helpers for the provider-specific ones; the operations
 * layer knows which provider a token is for and decides which to apply. Thread-safe.
 */
public final class LoginTokenReader {

    /** The clock skew allowed when checking {@code exp} (5 minutes; docs/behaviour.md#expiry-and-clock-skew). */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;

    /**
     * Creates a reader.
     *
     * @param clock the source of the current time, for the expiry check
     */
    public LoginTokenReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
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
     * Rejects an expired JWT: {@code exp <= now - 300s} (5 minutes of clock skew). Opaque tokens and JWTs
     * without {@code exp} pass.
     *
     * @param token a token from {@link #read}
     * @throws CognitoException NotAuthorized {@code Invalid login token. Token expired: <now> >= <exp>}
     *                          (epoch seconds)
     */
    public void checkNotExpired(LoginToken token) {
        Instant expiresAt = token.expiresAt();
        if (!token.jwt() || expiresAt == null) {
            return;
        }
        long now = clock.instant().getEpochSecond();
        long exp = expiresAt.getEpochSecond();
        if (exp <= now - CLOCK_SKEW.getSeconds()) {
            throw expired(now, exp);
        }
    }

    /**
     * Requires a JWT, for providers whose tokens are ID tokens (user pools, OIDC, Google, Apple).
     *
     * @param token a token from {@link #read}
     * @throws CognitoException NotAuthorized {@code Invalid login token. Not a valid OpenId Connect identity
     *                          token.} if it is opaque (message believed real, unverified)
     */
    public void requireJwt(LoginToken token) {
        if (!token.jwt()) {
            throw CognitoException.notAuthorized("Invalid login token. Not a valid OpenId Connect identity token.");
        }
    }

    /**
     * Requires {@code iss} to equal the expected issuer, e.g. {@code https://} + the user pool provider key.
     *
     * @param token          a JWT from {@link #read}
     * @param expectedIssuer the issuer the provider key implies
     * @throws CognitoException NotAuthorized {@code Invalid login token. Issuer doesn't match providerName}
     */
    public void checkIssuer(LoginToken token, String expectedIssuer) {
        if (!Objects.equals(token.issuer(), expectedIssuer)) {
            throw CognitoException.notAuthorized("Invalid login token. Issuer doesn't match providerName");
        }
    }

    /**
     * Requires an {@code aud} claim (user pool access tokens have none). Whether it names a configured
     * client is for the caller to check.
     *
     * @param token a JWT from {@link #read}
     * @throws CognitoException NotAuthorized {@code Invalid login token. Missing a required claim: aud}
     */
    public void checkHasAudience(LoginToken token) {
        if (token.audience().isEmpty()) {
            throw CognitoException.notAuthorized("Invalid login token. Missing a required claim: aud");
        }
    }

    /** {@code NotAuthorizedException: Invalid login token. Token expired: <now> >= <exp>}. */
    static CognitoException expired(long nowEpochSeconds, long expEpochSeconds) {
        return CognitoException.notAuthorized(
                "Invalid login token. Token expired: " + nowEpochSeconds + " >= " + expEpochSeconds);
    }
}
