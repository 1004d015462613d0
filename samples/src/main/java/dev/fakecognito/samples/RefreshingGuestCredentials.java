package dev.fakecognito.samples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * Application code: a guest's temporary AWS credentials, kept between calls and fetched again shortly
 * before they expire, as an app's credentials provider does. Its clock is a parameter, so a test can run
 * it on the fake's time.
 */
public final class RefreshingGuestCredentials {
    private final CognitoIdentityClient cognito;
    private final String identityPoolId;
    private final Clock clock;
    private final Duration refreshBefore;
    private String identityId;
    private Credentials current;

    /**
     * Credentials for one guest of a pool.
     *
     * @param cognito        the Cognito Identity client
     * @param identityPoolId the pool, which allows guests
     * @param clock          the time the expiry is compared with
     * @param refreshBefore  how long before their expiry credentials are replaced
     */
    public RefreshingGuestCredentials(
            CognitoIdentityClient cognito, String identityPoolId, Clock clock, Duration refreshBefore) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.identityPoolId = Objects.requireNonNull(identityPoolId, "identityPoolId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshBefore = Objects.requireNonNull(refreshBefore, "refreshBefore");
    }

    /** The guest's credentials: the ones held, unless they expire within the refresh window. */
    public synchronized Credentials get() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.expiration().minus(refreshBefore))) {
            if (identityId == null) {
                identityId =
                        cognito.getId(b -> b.identityPoolId(identityPoolId)).identityId();
            }
            current = cognito.getCredentialsForIdentity(b -> b.identityId(identityId))
                    .credentials();
        }
        return current;
    }
}
