package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.IdentityDescription;
import dev.fakecognito.server.internal.wire.IdentityIdInput;

/** DescribeIdentity: an identity's provider names and dates; disabled identities are still described. */
final class DescribeIdentity implements Operation<IdentityIdInput, IdentityDescription> {
    private final CognitoState state;

    DescribeIdentity(CognitoState state) {
        this.state = state;
    }

    @Override
    public Class<IdentityIdInput> inputType() {
        return IdentityIdInput.class;
    }

    @Override
    public IdentityDescription handle(IdentityIdInput input) {
        Pool pool = state.poolOfIdentity(input.identityId());
        return IdentityShapes.describe(pool, pool.describe(input.identityId()));
    }
}
