package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.GetOpenIdTokenForDeveloperIdentityInput;
import dev.fakecognito.server.internal.wire.OpenIdTokenResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GetOpenIdTokenForDeveloperIdentity (signed): the identity of a developer user (created on first
 * sight, or linked to the named identity), with further public logins linked or merged, and an
 * OpenID token of TokenDuration seconds (15 minutes by default).
 */
final class GetOpenIdTokenForDeveloperIdentity
        extends Operation<GetOpenIdTokenForDeveloperIdentityInput, OpenIdTokenResponse> {
    static final long DEFAULT_TOKEN_DURATION_SECONDS = 900;
    static final int MAX_DEVELOPER_USER_ID_LENGTH = 1024;

    GetOpenIdTokenForDeveloperIdentity(Collaborators collaborators) {
        super(collaborators);
    }

    /** Signs a token. */
    @Override
    public boolean usesRsa() {
        return true;
    }

    @Override
    public OpenIdTokenResponse handle(Caller caller, GetOpenIdTokenForDeveloperIdentityInput input) {
        Pool pool = state.pool(caller, input.identityPoolId());
        String provider = pool.settings().developerProviderName();
        Map<String, String> others = new LinkedHashMap<>(input.logins());
        String developerUserId = provider == null ? null : others.remove(provider);
        if (developerUserId == null) {
            throw CognitoException.notAuthorized(DeveloperProvider.NOT_SUPPORTED);
        }
        if (developerUserId.isEmpty() || developerUserId.length() > MAX_DEVELOPER_USER_ID_LENGTH) {
            throw CognitoException.invalidParameter(
                    "A developer user identifier must have 1 to " + MAX_DEVELOPER_USER_ID_LENGTH + " characters.");
        }
        Logins.Resolved resolved = logins.resolve(pool, others, false);
        IdentitySnapshot identity =
                pool.developerIdentity(input.identityId(), developerUserId, resolved.keys(), name());

        Map<String, List<String>> tags = new LinkedHashMap<>();
        if (input.principalTags() != null) {
            input.principalTags().forEach((key, value) -> tags.put(key, List.of(value)));
        }
        Map<String, Object> claims = PrincipalTags.tokenClaims(tags, pool.arn());
        List<String> amr = List.of("authenticated", provider, provider + ":" + pool.id() + ":" + developerUserId);
        long seconds = input.tokenDuration() == null ? DEFAULT_TOKEN_DURATION_SECONDS : input.tokenDuration();
        String token = issuer.issue(identity.identityId(), pool.id(), amr, Duration.ofSeconds(seconds), claims);
        return new OpenIdTokenResponse(identity.identityId(), token);
    }
}
