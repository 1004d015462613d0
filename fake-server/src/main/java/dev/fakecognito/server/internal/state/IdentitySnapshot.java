package dev.fakecognito.server.internal.state;

import dev.fakecognito.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An identity at one moment: what the state answers about it, and what seeding restores (fixtures),
 * where the id and the dates may be left out.
 *
 * @param identityId        the identity id; when seeding, {@code null} to generate one
 * @param logins            public-provider logins: provider to user key, in link order
 * @param developerUserIds  developer user ids under the pool's developer provider, in link order
 * @param creationDate      when it was created; when seeding, {@code null} for now
 * @param lastModifiedDate  when its logins last changed; when seeding, {@code null} for the creation date
 * @param disabled          merged into another identity, or left without logins
 * @param mergedInto        the identity it was merged into, or {@code null}
 * @param lastRoleArn       the role GetCredentialsForIdentity last chose for it, or {@code null}
 * @param sessionTags       the session tags GetCredentialsForIdentity last passed on with that role (empty if none)
 */
public record IdentitySnapshot(
        String identityId,
        Map<String, String> logins,
        List<String> developerUserIds,
        Instant creationDate,
        Instant lastModifiedDate,
        boolean disabled,
        String mergedInto,
        String lastRoleArn,
        Map<String, String> sessionTags) {

    /** Copies the collections. */
    public IdentitySnapshot {
        logins = Copies.map(logins);
        developerUserIds = Copies.list(developerUserIds);
        sessionTags = Copies.map(sessionTags);
    }

    /** Whether it has (or had) any login: not a guest identity. */
    public boolean authenticated() {
        return !logins.isEmpty() || !developerUserIds.isEmpty();
    }
}
