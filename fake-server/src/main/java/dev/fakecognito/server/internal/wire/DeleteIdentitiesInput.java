package dev.fakecognito.server.internal.wire;

import java.util.List;

/** Input of DeleteIdentities. */
public record DeleteIdentitiesInput(List<String> identityIdsToDelete) {}
