package dev.fakecognito.server.wire;


/** Input of GetPrincipalTagAttributeMap. */
public record GetPrincipalTagAttributeMapInput(String identityPoolId, String identityProviderName) {
}
