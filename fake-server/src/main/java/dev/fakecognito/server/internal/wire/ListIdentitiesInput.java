package dev.fakecognito.server.internal.wire;

/** Input of ListIdentities. */
public record ListIdentitiesInput(String identityPoolId, Integer maxResults, String nextToken, Boolean hideDisabled) {}
