package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.IdentityPool;

/**
 * UpdateIdentityPool: replaces the settings (omitted members go back to their defaults), except that
 * an omitted DeveloperProviderName or IdentityPoolTags keeps the current value.
 */
final class UpdateIdentityPool implements Operation<IdentityPool, IdentityPool> {
    private final CognitoState state;

    UpdateIdentityPool(CognitoState state) {
        this.state = state;
    }

    @Override
    public Class<IdentityPool> inputType() {
        return IdentityPool.class;
    }

    @Override
    public IdentityPool handle(IdentityPool input) {
        Pool pool = state.pool(input.identityPoolId());
        pool.update(PoolShapes.settings(input), input.identityPoolTags());
        return PoolShapes.describe(pool);
    }
}
