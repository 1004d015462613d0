package dev.fakecognito.server.operations;

import dev.fakecognito.server.errors.CognitoException;
import dev.fakecognito.server.state.CognitoState;
import dev.fakecognito.server.state.Pool;
import dev.fakecognito.server.state.PoolRoles;
import dev.fakecognito.server.state.RoleMappingConfig;
import dev.fakecognito.server.wire.IdentityPoolRoles;
import dev.fakecognito.server.wire.MappingRule;
import dev.fakecognito.server.wire.RoleMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SetIdentityPoolRoles: replaces the pool's roles and role mappings together. An empty {@code Roles}
 * map clears the roles. Each mapping must key a configured provider and be complete; at most 25
 * rules per provider.
 */
final class SetIdentityPoolRoles implements Operation<IdentityPoolRoles, Void> {
    /** Rules per provider (the model's list allows 400; the service quota is 25). */
    static final int MAX_RULES = 25;

    private final CognitoState state;

    SetIdentityPoolRoles(CognitoState state) {
        this.state = state;
    }

    @Override
    public Class<IdentityPoolRoles> inputType() {
        return IdentityPoolRoles.class;
    }

    @Override
    public Void handle(IdentityPoolRoles input) {
        Pool pool = state.pool(input.identityPoolId());
        Map<String, RoleMappingConfig> mappings = new LinkedHashMap<>();
        if (input.roleMappings() != null) {
            input.roleMappings().forEach((key, mapping) -> {
                if (!Providers.isRoleMappingKey(pool.settings(), key)) {
                    throw CognitoException.invalidParameter(
                            key + " is not a valid RoleMapping ProviderName or is not a configured provider.");
                }
                mappings.put(key, mapping(key, mapping));
            });
        }
        pool.setRoles(new PoolRoles(input.roles(), mappings));
        return null;
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
                    .map(rule -> new RoleMappingConfig.Rule(rule.claim(), rule.matchType(), rule.value(), rule.roleARN()))
                    .toList();
        }
        return new RoleMappingConfig(mapping.type(), mapping.ambiguousRoleResolution(), rules);
    }
}
