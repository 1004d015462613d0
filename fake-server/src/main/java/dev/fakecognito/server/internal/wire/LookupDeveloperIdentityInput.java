package dev.fakecognito.server.internal.wire;

/** Input of LookupDeveloperIdentity. */
public record LookupDeveloperIdentityInput(
        String identityPoolId,
        String identityId,
        String developerUserIdentifier,
        Integer maxResults,
        String nextToken) {}
