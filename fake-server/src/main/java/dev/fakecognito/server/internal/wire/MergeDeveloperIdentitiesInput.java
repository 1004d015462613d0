package dev.fakecognito.server.internal.wire;

/** Input of MergeDeveloperIdentities. */
public record MergeDeveloperIdentitiesInput(
        String sourceUserIdentifier,
        String destinationUserIdentifier,
        String developerProviderName,
        String identityPoolId) {}
