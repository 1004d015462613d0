package dev.fakecognito.server.internal.state;

import dev.fakecognito.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An identity to create with its logins (fixtures).
 *
 * @param id               the identity id, or {@code null} to generate one
 * @param logins           public-provider logins: provider to user key
 * @param developerUserIds developer user ids
 * @param creationDate     when it was created, or {@code null} for now
 * @param lastModifiedDate when its logins last changed, or {@code null} for the creation date
 * @param disabled         whether it is disabled
 * @param mergedInto       the identity it was merged into, or {@code null}
 * @param lastRoleArn      the role last chosen for it, or {@code null}
 */
public record IdentitySeed(
        String id,
        Map<String, String> logins,
        List<String> developerUserIds,
        Instant creationDate,
        Instant lastModifiedDate,
        boolean disabled,
        String mergedInto,
        String lastRoleArn) {

    /** Copies the collections. */
    public IdentitySeed {
        logins = Copies.map(logins);
        developerUserIds = Copies.list(developerUserIds);
    }
}
