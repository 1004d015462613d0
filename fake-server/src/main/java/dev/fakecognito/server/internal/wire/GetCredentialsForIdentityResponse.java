package dev.fakecognito.server.internal.wire;

/** Output of GetCredentialsForIdentity. */
public record GetCredentialsForIdentityResponse(String identityId, Credentials credentials) {}
