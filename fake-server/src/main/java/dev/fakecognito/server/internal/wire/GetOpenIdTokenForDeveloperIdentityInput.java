package dev.fakecognito.server.internal.wire;

import java.util.Map;

/** Input of GetOpenIdTokenForDeveloperIdentity. */
public record GetOpenIdTokenForDeveloperIdentityInput(
        String identityPoolId,
        String identityId,
        Map<String, String> logins,
        Map<String, String> principalTags,
        Long tokenDuration) {}
