package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.GetIdInput;
import dev.fakecognito.server.internal.wire.IdentityIdResponse;

/**
 * GetId (unsigned): a new guest identity for no logins; the identity that owns the logins, linking
 * new ones to it; a merge when they belong to several identities.
 */
final class GetId extends Operation<GetIdInput, IdentityIdResponse> {
    GetId(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public IdentityIdResponse handle(Caller caller, GetIdInput input) {
        Pool pool = state.pool(input.identityPoolId());
        Logins.Resolved resolved = logins.resolve(pool, input.logins(), false);
        return new IdentityIdResponse(pool.getId(resolved.keys(), name()));
    }
}
