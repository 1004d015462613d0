package dev.fakecognito.server.internal.wire;

/** Input of UnlinkDeveloperIdentity. */
public record UnlinkDeveloperIdentityInput(
        String identityId, String identityPoolId, String developerProviderName, String developerUserIdentifier) {}
