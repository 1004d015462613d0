package dev.fakecognito.server.internal.wire;

import java.util.Map;

/** Input and output of SetPrincipalTagAttributeMap, output of GetPrincipalTagAttributeMap. */
public record PrincipalTagAttributeMap(
        String identityPoolId, String identityProviderName, Boolean useDefaults, Map<String, String> principalTags) {}
