package dev.fakecognito.server.internal.wire;

import java.util.List;

/** Output of DeleteIdentities. */
public record DeleteIdentitiesResponse(List<UnprocessedIdentityId> unprocessedIdentityIds) {}
