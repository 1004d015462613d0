package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.PrincipalTagMapping;
import dev.fakecognito.server.internal.wire.GetPrincipalTagAttributeMapInput;
import dev.fakecognito.server.internal.wire.PrincipalTagAttributeMap;

/** GetPrincipalTagAttributeMap: what SetPrincipalTagAttributeMap stored; ResourceNotFound when nothing was. */
final class GetPrincipalTagAttributeMap extends Operation<GetPrincipalTagAttributeMapInput, PrincipalTagAttributeMap> {
    @Override
    public boolean readOnly() {
        return true;
    }

    GetPrincipalTagAttributeMap(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public PrincipalTagAttributeMap handle(Caller caller, GetPrincipalTagAttributeMapInput input) {
        Pool pool = state.pool(caller, input.identityPoolId());
        PrincipalTagMapping mapping = pool.principalTagMappings().get(input.identityProviderName());
        if (mapping == null) {
            throw new CognitoException(
                    ErrorCode.RESOURCE_NOT_FOUND,
                    "No principal tag attribute map for provider " + input.identityProviderName() + " in identity pool "
                            + pool.id() + ".");
        }
        return wire(pool, input.identityProviderName(), mapping);
    }

    static PrincipalTagAttributeMap wire(Pool pool, String provider, PrincipalTagMapping mapping) {
        return new PrincipalTagAttributeMap(pool.id(), provider, mapping.useDefaults(), mapping.principalTags());
    }
}
