package dev.fakecognito.server.internal.wire;

import java.util.List;

/** Output of ListIdentityPools. */
public record ListIdentityPoolsResponse(List<IdentityPoolShortDescription> identityPools, String nextToken) {}
