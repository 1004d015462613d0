package dev.fakecognito.server.wire;

import java.util.List;

/** Output of ListIdentityPools. */
public record ListIdentityPoolsResponse(List<IdentityPoolShortDescription> identityPools, String nextToken) {
}
