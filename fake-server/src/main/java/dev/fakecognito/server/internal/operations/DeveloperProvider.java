package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.state.Pool;

/** The check that a request names the pool's developer provider. */
final class DeveloperProvider {
    static final String NOT_SUPPORTED = "This identity pool does not support the specified developer provider";

    private DeveloperProvider() {}

    /** Requires the pool to have a developer provider and {@code name} to be it. */
    static void require(Pool pool, String name) {
        String configured = pool.settings().developerProviderName();
        if (configured == null || !configured.equals(name)) {
            throw CognitoException.notAuthorized(NOT_SUPPORTED);
        }
    }
}
