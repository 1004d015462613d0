package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.wire.ResourceArnInput;
import dev.fakecognito.server.internal.wire.TagsResponse;

/** ListTagsForResource: a pool's tags ({@code {}} when none). */
final class ListTagsForResource implements Operation<ResourceArnInput, TagsResponse> {
    private final CognitoState state;

    ListTagsForResource(CognitoState state) {
        this.state = state;
    }

    @Override
    public Class<ResourceArnInput> inputType() {
        return ResourceArnInput.class;
    }

    @Override
    public TagsResponse handle(ResourceArnInput input) {
        return new TagsResponse(PoolArns.pool(state, input.resourceArn()).tags());
    }
}
