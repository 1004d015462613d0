package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.DeleteIdentitiesInput;
import dev.fakecognito.server.internal.wire.DeleteIdentitiesResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DeleteIdentities: deletes up to 60 identities and frees their logins. Ids that do not exist count
 * as deleted; the fake has one account, so nothing is ever unprocessed.
 */
final class DeleteIdentities extends Operation<DeleteIdentitiesInput, DeleteIdentitiesResponse> {
    DeleteIdentities(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public DeleteIdentitiesResponse handle(Caller caller, DeleteIdentitiesInput input) {
        Map<Pool, List<String>> byPool = new LinkedHashMap<>();
        for (String identityId : input.identityIdsToDelete()) {
            state.findPoolOfIdentity(identityId)
                    .filter(caller::sees) // another region's or account's identity is as unknown
                    .ifPresent(pool ->
                            byPool.computeIfAbsent(pool, p -> new ArrayList<>()).add(identityId));
        }
        byPool.forEach(Pool::deleteIdentities);
        return new DeleteIdentitiesResponse(List.of());
    }
}
