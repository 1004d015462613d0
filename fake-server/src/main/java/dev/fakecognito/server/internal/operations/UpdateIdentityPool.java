package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.IdentityPool;

/**
 * UpdateIdentityPool: replaces the settings (omitted members go back to their defaults), except that
 * an omitted DeveloperProviderName or IdentityPoolTags keeps the current value, and answers the
 * settings and tags this update put in force (not what a concurrent call made of them afterwards).
 */
final class UpdateIdentityPool extends Operation<IdentityPool, IdentityPool> {
    UpdateIdentityPool(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public IdentityPool handle(Caller caller, IdentityPool input) {
        Pool pool = state.pool(caller, input.identityPoolId());
        return PoolShapes.describe(pool.id(), pool.update(PoolShapes.settings(input), input.identityPoolTags()));
    }
}
