package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.IdentityIdResponse;
import dev.fakecognito.server.internal.wire.MergeDeveloperIdentitiesInput;

/**
 * MergeDeveloperIdentities: the source developer user's identity is merged into the destination
 * user's identity (which keeps everything and is returned); the source identity is disabled.
 */
final class MergeDeveloperIdentities extends Operation<MergeDeveloperIdentitiesInput, IdentityIdResponse> {
    MergeDeveloperIdentities(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public IdentityIdResponse handle(Caller caller, MergeDeveloperIdentitiesInput input) {
        Pool pool = state.pool(caller, input.identityPoolId());
        DeveloperProvider.require(pool, input.developerProviderName());
        return new IdentityIdResponse(
                pool.mergeDeveloperUsers(input.sourceUserIdentifier(), input.destinationUserIdentifier(), name()));
    }
}
