package dev.fakecognito.samples;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * User pool ID tokens for tests. The fake reads a login token's claims but, like any identity pool
 * test double, does not check the user pool's signature, so an unsigned JWT will do.
 */
final class IdTokens {
    private IdTokens() {}

    /**
     * An ID token of a user pool's user.
     *
     * @param userPoolProvider {@code cognito-idp.<region>.amazonaws.com/<user pool id>}
     * @param appClientId      the audience
     * @param sub              the user
     * @param department       the {@code custom:department} claim
     */
    static String idToken(String userPoolProvider, String appClientId, String sub, String department) {
        Instant now = Instant.now();
        return new PlainJWT(new JWTClaimsSet.Builder()
                        .issuer("https://" + userPoolProvider)
                        .audience(appClientId)
                        .subject(sub)
                        .claim("token_use", "id")
                        .claim("custom:department", department)
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                        .build())
                .serialize();
    }
}
