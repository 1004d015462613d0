package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.UnlinkIdentityInput;

/**
 * UnlinkIdentity (unsigned): removes the named providers' logins from an identity the caller proves
 * to own with one of its current logins. An identity left with no login is disabled.
 */
final class UnlinkIdentity extends Operation<UnlinkIdentityInput, Void> {
    UnlinkIdentity(Collaborators collaborators) {
        super(collaborators);
    }

    /** Verifies a {@code cognito-identity.amazonaws.com} login when the request has one. */
    @Override
    public boolean usesRsa() {
        return true;
    }

    @Override
    public Void handle(Caller caller, UnlinkIdentityInput input) {
        Pool pool = state.poolOfIdentity(input.identityId());
        String developerProvider = pool.settings().developerProviderName();
        if (developerProvider != null && input.loginsToRemove().contains(developerProvider)) {
            throw CognitoException.invalidParameter(
                    "Developer users cannot be unlinked with UnlinkIdentity; use UnlinkDeveloperIdentity.");
        }
        Logins.Resolved resolved = logins.resolve(pool, input.logins(), true);
        pool.unlinkLogins(input.identityId(), resolved.keys(), resolved.provenIdentityId(), input.loginsToRemove());
        return null;
    }
}
