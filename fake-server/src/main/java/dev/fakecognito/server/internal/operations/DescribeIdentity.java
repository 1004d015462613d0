package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.IdentityDescription;
import dev.fakecognito.server.internal.wire.IdentityIdInput;

/** DescribeIdentity: an identity's provider names and dates; disabled identities are still described. */
final class DescribeIdentity extends Operation<IdentityIdInput, IdentityDescription> {
    @Override
    public boolean readOnly() {
        return true;
    }

    DescribeIdentity(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public IdentityDescription handle(Caller caller, IdentityIdInput input) {
        Pool pool = state.poolOfIdentity(caller, input.identityId());
        return IdentityShapes.describe(pool, pool.describe(input.identityId()));
    }
}
