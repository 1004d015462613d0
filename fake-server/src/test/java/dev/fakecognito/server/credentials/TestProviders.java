package dev.fakecognito.server.credentials;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Login tokens of identity providers, as a client would put them in {@code Logins}. Unsigned
 * ({@code alg: none}): the fake does not verify IdP signatures (docs/behaviour.md#idp-signatures-are-not-checked).
 */
final class LoginJwts {
    static final String USER_POOL_PROVIDER = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc";
    static final String USER_POOL_CLIENT = "client1";
    /** The role mapping key of the user pool app client: {@code <ProviderName>:<ClientId>}. */
    static final String USER_POOL_MAPPING_KEY = USER_POOL_PROVIDER + ":" + USER_POOL_CLIENT;

    static final String FACEBOOK = "graph.facebook.com";
    static final String FACEBOOK_APP_ID = "fb-app-1";

    private LoginJwts() {}

    /**
     * A user pool ID token for {@link #USER_POOL_CLIENT}, valid for an hour from {@code now}.
     *
     * @param sub    the user
     * @param claims further claims (cognito:roles, custom:dept, cognito:groups, ...)
     */
    static String userPoolIdToken(String sub, Map<String, Object> claims, Instant now) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .subject(sub)
                .issuer("https://" + USER_POOL_PROVIDER)
                .audience(USER_POOL_CLIENT)
                .claim("token_use", "id")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        claims.forEach(builder::claim);
        return new PlainJWT(builder.build()).serialize();
    }

    static String userPoolIdToken(String sub, Map<String, Object> claims) {
        return userPoolIdToken(sub, claims, Instant.now());
    }
}
