package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.wire.EmptyResponse;
import dev.fakecognito.server.internal.wire.TagResourceInput;

/** TagResource: adds or overwrites tags on a pool, at most 50 in all. */
final class TagResource implements Operation<TagResourceInput, EmptyResponse> {
    private final CognitoState state;

    TagResource(CognitoState state) {
        this.state = state;
    }

    @Override
    public Class<TagResourceInput> inputType() {
        return TagResourceInput.class;
    }

    @Override
    public EmptyResponse handle(TagResourceInput input) {
        Tags.check(input.tags());
        PoolArns.pool(state, input.resourceArn()).tag(input.tags());
        return new EmptyResponse();
    }
}
