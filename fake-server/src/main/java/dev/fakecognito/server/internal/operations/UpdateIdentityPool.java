package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.IdentityPool;

/**
 * UpdateIdentityPool: replaces the settings (omitted members go back to their defaults), except that
 * an omitted DeveloperProviderName or IdentityPoolTags keeps the current value.
 */
final class UpdateIdentityPool extends Operation<IdentityPool, IdentityPool> {
    UpdateIdentityPool(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public IdentityPool handle(IdentityPool input) {
        Pool pool = state.pool(input.identityPoolId());
        pool.update(PoolShapes.settings(input), input.identityPoolTags());
        return PoolShapes.describe(pool);
    }
}
