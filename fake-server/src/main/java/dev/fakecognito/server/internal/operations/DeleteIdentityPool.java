package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.wire.IdentityPoolIdInput;

/** DeleteIdentityPool: removes the pool with its identities, roles, mappings and tags. */
final class DeleteIdentityPool implements Operation<IdentityPoolIdInput, Void> {
    private final CognitoState state;

    DeleteIdentityPool(CognitoState state) {
        this.state = state;
    }

    @Override
    public Class<IdentityPoolIdInput> inputType() {
        return IdentityPoolIdInput.class;
    }

    @Override
    public Void handle(IdentityPoolIdInput input) {
        state.deletePool(input.identityPoolId());
        return null;
    }
}
