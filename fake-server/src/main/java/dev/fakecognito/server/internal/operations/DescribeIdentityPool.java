package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.wire.IdentityPool;
import dev.fakecognito.server.internal.wire.IdentityPoolIdInput;

/** DescribeIdentityPool: the pool's settings and tags. */
final class DescribeIdentityPool implements Operation<IdentityPoolIdInput, IdentityPool> {
    private final CognitoState state;

    DescribeIdentityPool(CognitoState state) {
        this.state = state;
    }

    @Override
    public Class<IdentityPoolIdInput> inputType() {
        return IdentityPoolIdInput.class;
    }

    @Override
    public IdentityPool handle(IdentityPoolIdInput input) {
        return PoolShapes.describe(state.pool(input.identityPoolId()));
    }
}
