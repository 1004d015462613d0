package dev.fakecognito.samples;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;

/**
 * Sign-in for a mobile backend with developer-authenticated identities: the backend has checked the
 * user's password itself, asks Cognito for an OpenID token for that user (creating the identity on
 * first sign-in) and exchanges the token for temporary AWS credentials the app can use.
 */
public final class MobileSignInService {
    /** The login key under which a Cognito-issued OpenID token is presented. */
    public static final String COGNITO_LOGIN = "cognito-identity.amazonaws.com";

    private final CognitoIdentityClient cognito;
    private final String identityPoolId;
    private final String developerProviderName;
    private final Duration tokenDuration;

    /**
     * @param cognito               the Cognito Identity client
     * @param identityPoolId        the pool the app's users belong to
     * @param developerProviderName the pool's developer provider name, e.g. {@code login.example.app}
     * @param tokenDuration         how long the OpenID tokens given to the app live
     */
    public MobileSignInService(
            CognitoIdentityClient cognito,
            String identityPoolId,
            String developerProviderName,
            Duration tokenDuration) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.identityPoolId = Objects.requireNonNull(identityPoolId, "identityPoolId");
        this.developerProviderName = Objects.requireNonNull(developerProviderName, "developerProviderName");
        this.tokenDuration = Objects.requireNonNull(tokenDuration, "tokenDuration");
    }

    /**
     * Signs a user of the app in: an OpenID token for the user's identity (tagged with the user's
     * plan, for attribute-based access control), then credentials for that identity.
     *
     * @param user a user the backend has authenticated
     * @return the identity, its OpenID token and temporary credentials
     */
    public Session signIn(AppUser user) {
        GetOpenIdTokenForDeveloperIdentityResponse token =
                cognito.getOpenIdTokenForDeveloperIdentity(b -> b.identityPoolId(identityPoolId)
                        .logins(Map.of(developerProviderName, user.userId()))
                        .principalTags(Map.of("plan", user.plan()))
                        .tokenDuration(tokenDuration.toSeconds()));
        Credentials credentials = cognito.getCredentialsForIdentity(
                        b -> b.identityId(token.identityId()).logins(Map.of(COGNITO_LOGIN, token.token())))
                .credentials();
        return new Session(token.identityId(), token.token(), credentials);
    }

    /**
     * A user of the app, as the backend knows them.
     *
     * @param userId the backend's own user id (the developer user identifier)
     * @param plan   the user's subscription plan, passed to AWS as the principal tag {@code plan}
     */
    public record AppUser(String userId, String plan) {}

    /**
     * What the app receives after signing in.
     *
     * @param identityId  the user's Cognito identity
     * @param openIdToken the OpenID token for that identity (also usable with STS or a resource server)
     * @param credentials temporary AWS credentials of the identity's role
     */
    public record Session(String identityId, String openIdToken, Credentials credentials) {}
}
