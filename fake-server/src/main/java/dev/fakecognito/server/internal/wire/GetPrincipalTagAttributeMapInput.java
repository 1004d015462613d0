package dev.fakecognito.server.internal.wire;

/** Input of GetPrincipalTagAttributeMap. */
public record GetPrincipalTagAttributeMapInput(String identityPoolId, String identityProviderName) {}
