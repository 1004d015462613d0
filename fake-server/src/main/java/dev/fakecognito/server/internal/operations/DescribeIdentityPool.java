package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.wire.IdentityPool;
import dev.fakecognito.server.internal.wire.IdentityPoolIdInput;

/** DescribeIdentityPool: the pool's settings and tags. */
final class DescribeIdentityPool extends Operation<IdentityPoolIdInput, IdentityPool> {
    @Override
    public boolean readOnly() {
        return true;
    }

    DescribeIdentityPool(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public IdentityPool handle(Caller caller, IdentityPoolIdInput input) {
        return PoolShapes.describe(state.pool(caller, input.identityPoolId()));
    }
}
