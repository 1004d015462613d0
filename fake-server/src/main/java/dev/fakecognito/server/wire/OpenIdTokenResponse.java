package dev.fakecognito.server.wire;


/** Output of GetOpenIdToken and GetOpenIdTokenForDeveloperIdentity. */
public record OpenIdTokenResponse(String identityId, String token) {
}
