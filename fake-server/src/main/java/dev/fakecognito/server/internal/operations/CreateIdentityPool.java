package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.IdentityPool;

/** CreateIdentityPool: a new pool {@code <region>:<uuid>} with its settings and tags. */
final class CreateIdentityPool extends Operation<IdentityPool, IdentityPool> {
    CreateIdentityPool(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public IdentityPool handle(Caller caller, IdentityPool input) {
        Pool pool = state.createPool(caller, PoolShapes.settings(input), input.identityPoolTags());
        return PoolShapes.describe(pool);
    }
}
