package dev.fakecognito.server.internal.wire;

/** Input of ListIdentityPools. */
public record ListIdentityPoolsInput(Integer maxResults, String nextToken) {}
