package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.PrincipalTagMapping;
import dev.fakecognito.server.internal.wire.PrincipalTagAttributeMap;

/** SetPrincipalTagAttributeMap: stores a configured provider's tag-to-claim map and echoes it. */
final class SetPrincipalTagAttributeMap extends Operation<PrincipalTagAttributeMap, PrincipalTagAttributeMap> {
    SetPrincipalTagAttributeMap(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public PrincipalTagAttributeMap handle(Caller caller, PrincipalTagAttributeMap input) {
        Pool pool = state.pool(caller, input.identityPoolId());
        PrincipalTagMapping mapping = PoolConfigurations.principalTags(pool.settings(), pool.id(), input);
        pool.setPrincipalTagMapping(input.identityProviderName(), mapping);
        return GetPrincipalTagAttributeMap.wire(pool, input.identityProviderName(), mapping);
    }
}
