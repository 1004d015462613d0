package dev.fakecognito.server.wire;


/** Input of ListIdentityPools. */
public record ListIdentityPoolsInput(Integer maxResults, String nextToken) {
}
