package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Page;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.IdentityPoolShortDescription;
import dev.fakecognito.server.internal.wire.ListIdentityPoolsInput;
import dev.fakecognito.server.internal.wire.ListIdentityPoolsResponse;

/** ListIdentityPools: pools in creation order, MaxResults at a time; every pool exactly once across pages. */
final class ListIdentityPools extends Operation<ListIdentityPoolsInput, ListIdentityPoolsResponse> {
    @Override
    public boolean readOnly() {
        return true;
    }

    private static final String SCOPE = "identitypools";

    ListIdentityPools(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public ListIdentityPoolsResponse handle(Caller caller, ListIdentityPoolsInput input) {
        long after = PageTokens.decode(input.nextToken(), SCOPE);
        Page<Pool> page = state.listPools(caller, after, input.maxResults());
        return new ListIdentityPoolsResponse(
                page.items().stream()
                        .map(pool -> new IdentityPoolShortDescription(
                                pool.id(), pool.settings().name()))
                        .toList(),
                page.hasMore() ? PageTokens.encode(SCOPE, page.lastSequence()) : null);
    }
}
