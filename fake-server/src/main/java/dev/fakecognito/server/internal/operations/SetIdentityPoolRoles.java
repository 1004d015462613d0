package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.IdentityPoolRoles;

/**
 * SetIdentityPoolRoles: replaces the pool's roles and role mappings together. An empty {@code Roles}
 * map clears the roles. Each mapping must key a configured provider and be complete; at most 25
 * rules per provider.
 */
final class SetIdentityPoolRoles extends Operation<IdentityPoolRoles, Void> {
    SetIdentityPoolRoles(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public Void handle(Caller caller, IdentityPoolRoles input) {
        Pool pool = state.pool(caller, input.identityPoolId());
        pool.setRoles(PoolConfigurations.roles(pool.settings(), input));
        return null;
    }
}
