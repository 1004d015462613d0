package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.IdentityDescription;
import java.util.ArrayList;
import java.util.List;

/** Converts stored identities to the {@code IdentityDescription} wire shape. */
final class IdentityShapes {
    private IdentityShapes() {}

    /** Provider names only (never user keys); the developer provider once however many users it links; left out when empty. */
    static IdentityDescription describe(Pool pool, IdentitySnapshot identity) {
        List<String> providers = new ArrayList<>(identity.logins().keySet());
        String developerProvider = pool.settings().developerProviderName();
        if (!identity.developerUserIds().isEmpty() && developerProvider != null) {
            providers.add(developerProvider);
        }
        return new IdentityDescription(
                identity.identityId(),
                providers.isEmpty() ? null : providers,
                identity.creationDate(),
                identity.lastModifiedDate());
    }
}
