package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.wire.ResourceArnInput;
import dev.fakecognito.server.internal.wire.TagsResponse;

/** ListTagsForResource: a pool's tags ({@code {}} when none). */
final class ListTagsForResource extends Operation<ResourceArnInput, TagsResponse> {
    @Override
    public boolean readOnly() {
        return true;
    }

    ListTagsForResource(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public TagsResponse handle(Caller caller, ResourceArnInput input) {
        return new TagsResponse(
                PoolArns.pool(state, caller, input.resourceArn()).tags());
    }
}
