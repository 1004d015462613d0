package dev.fakecognito.samples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;

/**
 * Social sign-in with account linking. A user signs in with one provider (Facebook), later adds
 * another (Google) to the same identity, so either login reaches the same data. An app that let the
 * user browse as a guest first hands in the guest identity when the user signs in: Cognito links the
 * login to the guest identity or, when the login already has an identity, merges the guest into it.
 *
 * <p>The service keeps no state: the app holds its {@link Session} (identity id and provider tokens)
 * and hands it back.
 */
public final class AccountLinkingService {
    private final CognitoIdentityClient cognito;
    private final String identityPoolId;

    /**
     * @param cognito        the Cognito Identity client
     * @param identityPoolId the app's pool, configured with the social providers
     */
    public AccountLinkingService(CognitoIdentityClient cognito, String identityPoolId) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.identityPoolId = Objects.requireNonNull(identityPoolId, "identityPoolId");
    }

    /**
     * Starts a guest session: an unauthenticated identity with the pool's guest role.
     *
     * @return the guest's session (no logins)
     */
    public Session browseAsGuest() {
        String identityId = cognito.getId(b -> b.identityPoolId(identityPoolId)).identityId();
        return credentials(identityId, Map.of());
    }

    /**
     * Signs in with a provider's token: the identity of that login, created on first sign-in.
     *
     * @param provider the provider, e.g. {@code graph.facebook.com}
     * @param token    the provider's token for the user
     * @return the user's session
     */
    public Session signIn(String provider, String token) {
        Map<String, String> logins = Map.of(provider, token);
        String identityId = cognito.getId(b -> b.identityPoolId(identityPoolId).logins(logins))
                .identityId();
        return credentials(identityId, logins);
    }

    /**
     * Signs a guest in: the login is linked to the guest's identity, or, when the login already has
     * an identity, the guest identity is merged into that one (and the returned session names it).
     *
     * @param guest    the guest session the app holds
     * @param provider the provider the user signed in with
     * @param token    the provider's token
     * @return the user's session, possibly with another identity id than the guest's
     */
    public Session signInFromGuest(Session guest, String provider, String token) {
        return credentials(guest.identityId(), Map.of(provider, token));
    }

    /**
     * Links one more provider to a signed-in user's identity. The request presents the logins the
     * user already has together with the new one, which proves the user owns both.
     *
     * @param session  the signed-in user's session
     * @param provider the provider to add, e.g. {@code accounts.google.com}
     * @param token    that provider's token
     * @return the session with both logins
     */
    public Session link(Session session, String provider, String token) {
        Map<String, String> logins = new LinkedHashMap<>(session.logins());
        logins.put(provider, token);
        return credentials(session.identityId(), logins);
    }

    private Session credentials(String identityId, Map<String, String> logins) {
        GetCredentialsForIdentityResponse response =
                cognito.getCredentialsForIdentity(b -> b.identityId(identityId).logins(logins));
        return new Session(
                response.identityId(),
                Map.copyOf(logins),
                response.credentials().accessKeyId());
    }

    /**
     * What the app holds for a user.
     *
     * @param identityId  the identity (after a merge, the surviving one)
     * @param logins      the provider tokens of this session: provider to token (empty for a guest)
     * @param accessKeyId the access key id of the session's temporary credentials
     */
    public record Session(String identityId, Map<String, String> logins, String accessKeyId) {
        /** Copies the logins. */
        public Session {
            logins = Map.copyOf(logins);
        }
    }
}
