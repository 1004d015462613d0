package dev.fakecognito.server.internal.wire;

import java.util.List;

/** Output of ListIdentities. */
public record ListIdentitiesResponse(String identityPoolId, List<IdentityDescription> identities, String nextToken) {}
