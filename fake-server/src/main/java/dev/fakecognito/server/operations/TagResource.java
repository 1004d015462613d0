package dev.fakecognito.server.operations;

import dev.fakecognito.server.state.CognitoState;
import dev.fakecognito.server.wire.EmptyResponse;
import dev.fakecognito.server.wire.TagResourceInput;

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
