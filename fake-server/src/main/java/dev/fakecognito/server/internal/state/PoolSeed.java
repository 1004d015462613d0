package dev.fakecognito.server.internal.state;

import dev.fakecognito.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A pool to create fully formed, with its identities and merge history (fixtures).
 *
 * @param id            the pool id, or {@code null} to generate one
 * @param region        the region the pool belongs to (the id's prefix)
 * @param accountId     the account the pool belongs to
 * @param settings      the configuration
 * @param tags          the tags
 * @param roles         roles and role mappings
 * @param principalTags principal-tag maps by provider
 * @param identities    the identities, in creation order
 * @param merges        merges that happened, oldest first
 */
public record PoolSeed(
        String id,
        String region,
        String accountId,
        PoolSettings settings,
        Map<String, String> tags,
        PoolRoles roles,
        Map<String, PrincipalTagMapping> principalTags,
        List<IdentitySnapshot> identities,
        List<MergeRecord> merges) {

    /** Copies the collections. */
    public PoolSeed {
        tags = Copies.map(tags);
        principalTags = Copies.map(principalTags);
        identities = Copies.list(identities);
        merges = Copies.list(merges);
    }
}
