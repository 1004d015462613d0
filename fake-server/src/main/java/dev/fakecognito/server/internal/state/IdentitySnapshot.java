package dev.fakecognito.server.internal.state;

import dev.fakecognito.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An immutable view of an identity at one moment.
 *
 * @param identityId        the identity id
 * @param identityPoolId    the owning pool
 * @param logins            public-provider logins: provider to user key, in link order
 * @param developerUserIds  developer user ids under the pool's developer provider, in link order
 * @param creationDate      when it was created
 * @param lastModifiedDate  when its logins last changed
 * @param disabled          merged into another identity, or left without logins
 * @param mergedInto        the identity it was merged into, or {@code null}
 * @param lastRoleArn       the role GetCredentialsForIdentity last chose for it, or {@code null}
 */
public record IdentitySnapshot(
        String identityId,
        String identityPoolId,
        Map<String, String> logins,
        List<String> developerUserIds,
        Instant creationDate,
        Instant lastModifiedDate,
        boolean disabled,
        String mergedInto,
        String lastRoleArn) {

    /** Copies the collections. */
    public IdentitySnapshot {
        logins = Copies.map(logins);
        developerUserIds = Copies.list(developerUserIds);
    }

    /** Whether it has (or had) any login: not a guest identity. */
    public boolean authenticated() {
        return !logins.isEmpty() || !developerUserIds.isEmpty();
    }
}
