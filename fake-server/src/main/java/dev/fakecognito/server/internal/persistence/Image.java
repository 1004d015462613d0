package dev.fakecognito.server.internal.persistence;

import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The state the files describe, built by applying their records in order. Every record carries the
 * post-state of what it changed, so applying one that a snapshot already reflects changes nothing for
 * good: a later record about the same entity follows it. Pools and identities keep the order they
 * first appeared in (their creation order).
 */
final class Image {
    private static final class PoolImage {
        World.IdentityPool configuration;
        final LinkedHashMap<String, World.Identity> identities = new LinkedHashMap<>();
        final LinkedHashSet<World.Merge> merges = new LinkedHashSet<>();

        PoolImage(World.IdentityPool configuration) {
            this.configuration = configuration;
        }
    }

    private final LinkedHashMap<String, PoolImage> pools = new LinkedHashMap<>();
    private long records;

    /** Applies one record. */
    void apply(byte type, byte[] payload) {
        records++;
        switch (type) {
            case RecordFiles.POOL -> {
                World.IdentityPool pool = Json.read(payload, World.IdentityPool.class);
                PoolImage image = pools.get(pool.id());
                if (image == null) {
                    pools.put(pool.id(), new PoolImage(pool));
                } else {
                    image.configuration = pool;
                }
            }
            case RecordFiles.POOL_DELETED ->
                pools.remove(Json.read(payload, Payloads.PoolDeleted.class).id());
            case RecordFiles.IDENTITIES -> {
                Payloads.IdentitiesChanged change = Json.read(payload, Payloads.IdentitiesChanged.class);
                PoolImage image = pools.get(change.pool());
                if (image == null) {
                    return; // the pool was deleted after this change (a snapshot taken later left it out)
                }
                for (String deleted : change.deleted()) {
                    image.identities.remove(deleted);
                    image.merges.removeIf(merge -> merge.source().equals(deleted)
                            || merge.destination().equals(deleted));
                }
                for (World.Identity identity : change.identities()) {
                    image.identities.put(identity.id(), identity);
                }
                image.merges.addAll(change.merges());
            }
            case RecordFiles.SEEDED -> {
                World world = Json.read(payload, World.class);
                for (World.IdentityPool pool : world.identityPools()) {
                    PoolImage image = new PoolImage(pool);
                    pool.identities().forEach(identity -> image.identities.put(identity.id(), identity));
                    image.merges.addAll(pool.merges());
                    pools.remove(pool.id());
                    pools.put(pool.id(), image);
                }
            }
            case RecordFiles.RESET -> pools.clear();
            case RecordFiles.SNAPSHOT_END -> {}
            default -> throw new IllegalArgumentException("unknown record type " + type);
        }
    }

    /** How many records were applied. */
    long records() {
        return records;
    }

    /** Whether the files hold no pool. */
    boolean isEmpty() {
        return pools.isEmpty();
    }

    /** The world the records describe, every pool whole. */
    World world() {
        List<World.IdentityPool> whole = new ArrayList<>(pools.size());
        for (Map.Entry<String, PoolImage> entry : pools.entrySet()) {
            PoolImage image = entry.getValue();
            whole.add(image.configuration.toBuilder()
                    .identities(new ArrayList<>(image.identities.values()))
                    .merges(new ArrayList<>(image.merges))
                    .build());
        }
        return World.builder().identityPools(whole).build();
    }
}
