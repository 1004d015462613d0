package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.wire.EmptyResponse;
import dev.fakecognito.server.internal.wire.TagResourceInput;

/** TagResource: adds or overwrites tags on a pool, at most 50 in all. */
final class TagResource extends Operation<TagResourceInput, EmptyResponse> {
    TagResource(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public EmptyResponse handle(Caller caller, TagResourceInput input) {
        Tags.check(input.tags());
        PoolArns.pool(state, caller, input.resourceArn()).tag(input.tags());
        return new EmptyResponse();
    }
}
