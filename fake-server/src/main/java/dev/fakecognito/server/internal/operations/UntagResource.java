package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.wire.EmptyResponse;
import dev.fakecognito.server.internal.wire.UntagResourceInput;

/** UntagResource: removes tags from a pool; keys it does not have are ignored. */
final class UntagResource implements Operation<UntagResourceInput, EmptyResponse> {
    private final CognitoState state;

    UntagResource(CognitoState state) {
        this.state = state;
    }

    @Override
    public Class<UntagResourceInput> inputType() {
        return UntagResourceInput.class;
    }

    @Override
    public EmptyResponse handle(UntagResourceInput input) {
        PoolArns.pool(state, input.resourceArn()).untag(input.tagKeys());
        return new EmptyResponse();
    }
}
