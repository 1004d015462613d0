package dev.fakecognito.samples;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.ExternalServiceException;

/**
 * Sign-in for an app whose users may browse as guests: a user signed in with a social login gets their
 * own identity's credentials, and when Cognito keeps failing to give them (throttling, internal errors,
 * the login provider down, the network) even after the SDK's retries, the app carries on as a guest
 * with the pool's guest role instead of showing an error. A refused login (a bad token) is not an
 * outage: it is reported, never turned into a guest session.
 */
public final class FallbackSignInService {
    private final CognitoIdentityClient cognito;
    private final String identityPoolId;

    /**
     * @param cognito        the Cognito Identity client (its retry policy applies before any fallback)
     * @param identityPoolId the app's pool, which must allow guests
     */
    public FallbackSignInService(CognitoIdentityClient cognito, String identityPoolId) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.identityPoolId = Objects.requireNonNull(identityPoolId, "identityPoolId");
    }

    /**
     * Signs a user in with their logins, or as a guest when Cognito is failing.
     *
     * @param logins provider to token, e.g. {@code graph.facebook.com} to the Facebook token
     * @return the user's session, or a guest session ({@link Session#guest()}) when Cognito failed
     * @throws CognitoIdentityException when Cognito refuses the login itself (e.g. {@code NotAuthorizedException})
     */
    public Session signIn(Map<String, String> logins) {
        try {
            String identityId = cognito.getId(
                            b -> b.identityPoolId(identityPoolId).logins(logins))
                    .identityId();
            Credentials credentials = cognito.getCredentialsForIdentity(
                            b -> b.identityId(identityId).logins(logins))
                    .credentials();
            return new Session(identityId, credentials, false);
        } catch (SdkClientException | CognitoIdentityException e) {
            if (!isOutage(e)) {
                throw e;
            }
            return signInAsGuest();
        }
    }

    private Session signInAsGuest() {
        String identityId = cognito.getId(b -> b.identityPoolId(identityPoolId)).identityId();
        Credentials credentials =
                cognito.getCredentialsForIdentity(b -> b.identityId(identityId)).credentials();
        return new Session(identityId, credentials, true);
    }

    /** Failures of the service or the way to it, as opposed to a refusal of this user's login. */
    private static boolean isOutage(RuntimeException e) {
        if (e instanceof SdkClientException) {
            return true; // no answer at all: connection reset, timeout
        }
        CognitoIdentityException error = (CognitoIdentityException) e;
        return error.isThrottlingException() || error.statusCode() >= 500 || error instanceof ExternalServiceException;
    }

    /**
     * A signed-in session.
     *
     * @param identityId  the Cognito identity the credentials belong to
     * @param credentials temporary AWS credentials of its role
     * @param guest       whether this is a guest session (the user's own sign-in failed)
     */
    public record Session(String identityId, Credentials credentials, boolean guest) {}
}
