package dev.fakecognito.server.internal.wire;

import java.util.Map;

/** Input of SetIdentityPoolRoles and output of GetIdentityPoolRoles. */
public record IdentityPoolRoles(
        String identityPoolId, Map<String, String> roles, Map<String, RoleMapping> roleMappings) {}
