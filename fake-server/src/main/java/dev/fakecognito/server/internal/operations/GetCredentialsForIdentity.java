package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.tokens.TemporaryCredentials;
import dev.fakecognito.server.internal.wire.Credentials;
import dev.fakecognito.server.internal.wire.GetCredentialsForIdentityInput;
import dev.fakecognito.server.internal.wire.GetCredentialsForIdentityResponse;
import java.time.Duration;
import java.util.Map;

/**
 * GetCredentialsForIdentity (unsigned): resolves the identity as GetOpenIdToken does, picks the role
 * ({@link RoleResolver}), remembers it on the identity with the session tags the service would pass to
 * STS ({@link PrincipalTags}), and answers one-hour temporary credentials.
 */
final class GetCredentialsForIdentity
        extends Operation<GetCredentialsForIdentityInput, GetCredentialsForIdentityResponse> {
    static final Duration CREDENTIALS_LIFETIME = Duration.ofHours(1);

    GetCredentialsForIdentity(Collaborators collaborators) {
        super(collaborators);
    }

    /** Verifies a {@code cognito-identity.amazonaws.com} login when the request has one. */
    @Override
    public boolean usesRsa() {
        return true;
    }

    @Override
    public GetCredentialsForIdentityResponse handle(Caller caller, GetCredentialsForIdentityInput input) {
        Pool pool = state.poolOfIdentity(input.identityId());
        Logins.Resolved resolved = logins.resolve(pool, input.logins(), true);
        IdentitySnapshot identity =
                pool.authenticate(input.identityId(), resolved.keys(), resolved.provenIdentityId(), name());
        String role = RoleResolver.chooseRole(pool.roles(), identity, resolved, input.customRoleArn());
        Map<String, String> sessionTags =
                identity.authenticated() ? PrincipalTags.sessionTags(PrincipalTags.of(pool, resolved)) : Map.of();
        pool.recordCredentials(identity.identityId(), role, sessionTags);
        TemporaryCredentials issued = credentials.generate(CREDENTIALS_LIFETIME);
        return new GetCredentialsForIdentityResponse(
                identity.identityId(),
                new Credentials(issued.accessKeyId(), issued.secretKey(), issued.sessionToken(), issued.expiration()));
    }
}
