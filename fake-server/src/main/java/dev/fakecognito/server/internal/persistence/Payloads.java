package dev.fakecognito.server.internal.persistence;

import dev.fakecognito.model.World;
import java.util.List;

/**
 * The JSON payloads of the records that are not a {@link World} or one of its pools. Entities are the
 * fixtures' own records ({@link World.Identity}, {@link World.Merge}), so that what the world gains
 * flows into the files without a change of format.
 */
final class Payloads {
    private Payloads() {}

    /**
     * A pool was deleted.
     *
     * @param id the pool id
     */
    record PoolDeleted(String id) {}

    /**
     * One operation's changes to a pool's identities.
     *
     * @param pool       the pool id
     * @param identities identities created or changed, as they are after the operation
     * @param deleted    ids of identities deleted
     * @param merges     merges the operation made
     */
    record IdentitiesChanged(
            String pool, List<World.Identity> identities, List<String> deleted, List<World.Merge> merges) {
        IdentitiesChanged {
            identities = identities == null ? List.of() : identities;
            deleted = deleted == null ? List.of() : deleted;
            merges = merges == null ? List.of() : merges;
        }
    }
}
