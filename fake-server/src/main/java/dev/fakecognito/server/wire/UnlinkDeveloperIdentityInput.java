package dev.fakecognito.server.wire;


/** Input of UnlinkDeveloperIdentity. */
public record UnlinkDeveloperIdentityInput(String identityId, String identityPoolId, String developerProviderName, String developerUserIdentifier) {
}
