package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.state.PoolRoles;
import dev.fakecognito.server.internal.state.PoolSettings;
import dev.fakecognito.server.internal.state.PrincipalTagMapping;
import dev.fakecognito.server.internal.state.RoleMappingConfig;
import dev.fakecognito.server.internal.wire.IdentityPool;
import dev.fakecognito.server.internal.wire.IdentityPoolRoles;
import dev.fakecognito.server.internal.wire.MappingRule;
import dev.fakecognito.server.internal.wire.PrincipalTagAttributeMap;
import dev.fakecognito.server.internal.wire.RoleMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The semantic rules of pool configuration (beyond the model's constraints), shared by the operations
 * and by fixture seeding so that both accept exactly the same configurations.
 */
public final class PoolConfigurations {
    /** Rules per provider (the model's list allows 400; the service quota is 25). */
    static final int MAX_RULES = 25;

    private PoolConfigurations() {}

    /**
     * The settings of a CreateIdentityPool or UpdateIdentityPool request.
     *
     * @throws CognitoException InvalidParameter or LimitExceeded as the API would answer
     */
    public static PoolSettings settings(IdentityPool input) {
        return PoolShapes.settings(input);
    }

    /**
     * Checks tags beyond the model: the quota, the reserved {@code aws:} prefix, the character set.
     *
     * @throws CognitoException InvalidParameter as the API would answer
     */
    public static void checkTags(Map<String, String> tags) {
        Tags.check(tags);
    }

    /**
     * The roles and role mappings of a SetIdentityPoolRoles request for a pool with these settings.
     *
     * @throws CognitoException InvalidParameter as the API would answer
     */
    public static PoolRoles roles(PoolSettings settings, IdentityPoolRoles input) {
        Map<String, RoleMappingConfig> mappings = new LinkedHashMap<>();
        if (input.roleMappings() != null) {
            input.roleMappings().forEach((key, mapping) -> {
                if (!Providers.isRoleMappingKey(settings, key)) {
                    throw CognitoException.invalidParameter(
                            "(" + key + ") is not a valid RoleMapping ProviderName or is not a configured provider.");
                }
                mappings.put(key, mapping(key, mapping));
            });
        }
        return new PoolRoles(input.roles(), mappings);
    }

    private static RoleMappingConfig mapping(String key, RoleMapping mapping) {
        if (mapping.ambiguousRoleResolution() == null) {
            throw CognitoException.invalidParameter("AmbiguousRoleResolution must be specified for the "
                    + mapping.type() + " role mapping of " + key + ".");
        }
        List<RoleMappingConfig.Rule> rules = List.of();
        if ("Rules".equals(mapping.type())) {
            if (mapping.rulesConfiguration() == null) {
                throw CognitoException.invalidParameter(
                        "RulesConfiguration must be specified for the Rules role mapping of " + key + ".");
            }
            List<MappingRule> given = mapping.rulesConfiguration().rules();
            if (given.size() > MAX_RULES) {
                throw CognitoException.invalidParameter("The role mapping of " + key + " has " + given.size()
                        + " rules; at most " + MAX_RULES + " are allowed.");
            }
            rules = given.stream()
                    .map(rule ->
                            new RoleMappingConfig.Rule(rule.claim(), rule.matchType(), rule.value(), rule.roleARN()))
                    .toList();
        }
        return new RoleMappingConfig(mapping.type(), mapping.ambiguousRoleResolution(), rules);
    }

    /**
     * The principal-tag map of a SetPrincipalTagAttributeMap request for a pool with these settings.
     *
     * @throws CognitoException InvalidParameter when the provider is not configured on the pool
     */
    public static PrincipalTagMapping principalTags(
            PoolSettings settings, String poolId, PrincipalTagAttributeMap input) {
        if (!Providers.isConfiguredProvider(settings, input.identityProviderName())) {
            throw CognitoException.invalidParameter(
                    input.identityProviderName() + " is not a configured provider of identity pool " + poolId + ".");
        }
        return new PrincipalTagMapping(Boolean.TRUE.equals(input.useDefaults()), input.principalTags());
    }

    /**
     * Checks that logins of this provider can be used with the pool (for seeded identities).
     *
     * @throws CognitoException NotAuthorized {@code Token is not from a supported provider of this identity pool.}
     */
    public static void checkLoginProvider(PoolSettings settings, String provider) {
        if (!Providers.isLoginProvider(settings, provider)) {
            throw CognitoException.notAuthorized(Logins.UNSUPPORTED_PROVIDER);
        }
    }
}
