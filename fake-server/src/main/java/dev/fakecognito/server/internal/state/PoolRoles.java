package dev.fakecognito.server.internal.state;

import dev.fakecognito.model.internal.Copies;
import java.util.Map;

/**
 * The roles of a pool and its role mappings, as SetIdentityPoolRoles replaces them together.
 *
 * @param roles        {@code authenticated} and/or {@code unauthenticated} to role ARNs
 * @param roleMappings provider keys to their mapping
 */
public record PoolRoles(Map<String, String> roles, Map<String, RoleMappingConfig> roleMappings) {

    /** No roles and no mappings. */
    public static final PoolRoles NONE = new PoolRoles(Map.of(), Map.of());

    /** Copies the maps. */
    public PoolRoles {
        roles = Copies.map(roles);
        roleMappings = Copies.map(roleMappings);
    }

    /** The authenticated role ARN, or {@code null}. */
    public String authenticatedRole() {
        return roles.get("authenticated");
    }

    /** The unauthenticated role ARN, or {@code null}. */
    public String unauthenticatedRole() {
        return roles.get("unauthenticated");
    }
}
