package dev.fakecognito.server.internal.state;

import dev.fakecognito.model.internal.Copies;
import java.util.Map;

/**
 * The principal-tag attribute map of one provider (SetPrincipalTagAttributeMap).
 *
 * @param useDefaults   whether the provider's default mappings apply
 * @param principalTags tag names to claim names
 */
public record PrincipalTagMapping(boolean useDefaults, Map<String, String> principalTags) {

    /** Copies the map. */
    public PrincipalTagMapping {
        principalTags = Copies.map(principalTags);
    }
}
