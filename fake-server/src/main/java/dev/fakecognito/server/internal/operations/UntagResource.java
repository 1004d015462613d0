package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.wire.EmptyResponse;
import dev.fakecognito.server.internal.wire.UntagResourceInput;

/** UntagResource: removes tags from a pool; keys it does not have are ignored. */
final class UntagResource extends Operation<UntagResourceInput, EmptyResponse> {
    UntagResource(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public EmptyResponse handle(Caller caller, UntagResourceInput input) {
        PoolArns.pool(state, caller, input.resourceArn()).untag(input.tagKeys());
        return new EmptyResponse();
    }
}
