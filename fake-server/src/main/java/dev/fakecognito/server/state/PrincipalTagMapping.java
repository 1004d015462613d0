package dev.fakecognito.server.state;

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
        principalTags = Collections2.copyOfMap(principalTags);
    }
}
