package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.PoolRoles;
import dev.fakecognito.server.internal.state.RoleMappingConfig;
import dev.fakecognito.server.internal.wire.IdentityPoolIdInput;
import dev.fakecognito.server.internal.wire.IdentityPoolRoles;
import dev.fakecognito.server.internal.wire.MappingRule;
import dev.fakecognito.server.internal.wire.RoleMapping;
import dev.fakecognito.server.internal.wire.RulesConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;

/** GetIdentityPoolRoles: the roles (always sent, {@code {}} when none) and the role mappings (left out when none). */
final class GetIdentityPoolRoles extends Operation<IdentityPoolIdInput, IdentityPoolRoles> {
    @Override
    public boolean readOnly() {
        return true;
    }

    GetIdentityPoolRoles(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public IdentityPoolRoles handle(Caller caller, IdentityPoolIdInput input) {
        Pool pool = state.pool(caller, input.identityPoolId());
        PoolRoles roles = pool.roles();
        Map<String, RoleMapping> mappings = new LinkedHashMap<>();
        roles.roleMappings().forEach((key, mapping) -> mappings.put(key, wire(mapping)));
        return new IdentityPoolRoles(pool.id(), roles.roles(), PoolShapes.emptyToNull(mappings));
    }

    private static RoleMapping wire(RoleMappingConfig mapping) {
        RulesConfiguration rules = "Rules".equals(mapping.type())
                ? new RulesConfiguration(mapping.rules().stream()
                        .map(rule -> new MappingRule(rule.claim(), rule.matchType(), rule.value(), rule.roleArn()))
                        .toList())
                : null;
        return new RoleMapping(mapping.type(), mapping.ambiguousRoleResolution(), rules);
    }
}
