package dev.fakecognito.server.wire;


/** Output of GetCredentialsForIdentity. */
public record GetCredentialsForIdentityResponse(String identityId, Credentials credentials) {
}
