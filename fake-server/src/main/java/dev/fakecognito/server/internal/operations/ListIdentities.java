package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.Page;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.ListIdentitiesInput;
import dev.fakecognito.server.internal.wire.ListIdentitiesResponse;

/** ListIdentities: a pool's identities in creation order, MaxResults at a time, optionally without disabled ones. */
final class ListIdentities extends Operation<ListIdentitiesInput, ListIdentitiesResponse> {
    @Override
    public boolean readOnly() {
        return true;
    }

    ListIdentities(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public ListIdentitiesResponse handle(Caller caller, ListIdentitiesInput input) {
        Pool pool = state.pool(caller, input.identityPoolId());
        long after = PageTokens.decode(input.nextToken(), pool.id());
        Page<IdentitySnapshot> page =
                pool.listIdentities(after, input.maxResults(), Boolean.TRUE.equals(input.hideDisabled()));
        return new ListIdentitiesResponse(
                pool.id(),
                page.items().stream()
                        .map(identity -> IdentityShapes.describe(pool, identity))
                        .toList(),
                page.hasMore() ? PageTokens.encode(pool.id(), page.lastSequence()) : null);
    }
}
