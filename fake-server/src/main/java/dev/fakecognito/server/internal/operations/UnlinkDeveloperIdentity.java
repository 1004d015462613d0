package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.UnlinkDeveloperIdentityInput;

/**
 * UnlinkDeveloperIdentity: removes one developer user from an identity; that user gets a new
 * identity next time. An identity left with no login is disabled.
 */
final class UnlinkDeveloperIdentity extends Operation<UnlinkDeveloperIdentityInput, Void> {
    UnlinkDeveloperIdentity(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public Void handle(Caller caller, UnlinkDeveloperIdentityInput input) {
        Pool pool = state.pool(caller, input.identityPoolId());
        DeveloperProvider.require(pool, input.developerProviderName());
        pool.unlinkDeveloperUser(input.identityId(), input.developerUserIdentifier());
        return null;
    }
}
