package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.wire.IdentityPoolIdInput;

/** DeleteIdentityPool: removes the pool with its identities, roles, mappings and tags. */
final class DeleteIdentityPool extends Operation<IdentityPoolIdInput, Void> {
    DeleteIdentityPool(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public Void handle(Caller caller, IdentityPoolIdInput input) {
        state.deletePool(caller, input.identityPoolId());
        return null;
    }
}
