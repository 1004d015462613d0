package dev.fakecognito.server.wire;

import java.util.List;

/** Output of DeleteIdentities. */
public record DeleteIdentitiesResponse(List<UnprocessedIdentityId> unprocessedIdentityIds) {
}
