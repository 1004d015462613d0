package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.GetIdInput;
import dev.fakecognito.server.internal.wire.IdentityIdResponse;

/**
 * GetId (unsigned): a new guest identity for no logins; the identity that owns the logins, linking
 * new ones to it; a merge when they belong to several identities.
 */
final class GetId implements Operation<GetIdInput, IdentityIdResponse> {
    private final CognitoState state;
    private final Logins logins;

    GetId(CognitoState state, Logins logins) {
        this.state = state;
        this.logins = logins;
    }

    @Override
    public Class<GetIdInput> inputType() {
        return GetIdInput.class;
    }

    @Override
    public IdentityIdResponse handle(GetIdInput input) {
        Pool pool = state.pool(input.identityPoolId());
        Logins.Resolved resolved = logins.resolve(pool, input.logins(), false);
        return new IdentityIdResponse(pool.getId(resolved.keys(), name()).identityId());
    }
}
