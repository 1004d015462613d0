package dev.fakecognito.server.internal.wire;

/** Output of GetOpenIdToken and GetOpenIdTokenForDeveloperIdentity. */
public record OpenIdTokenResponse(String identityId, String token) {}
