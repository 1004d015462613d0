package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.GetOpenIdTokenInput;
import dev.fakecognito.server.internal.wire.OpenIdTokenResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * GetOpenIdToken (unsigned, the basic or classic flow): refused when the pool switched classic flow
 * off or has role mappings, and for SAML logins; otherwise resolves the identity (linking and merging as needed) and
 * signs a ten-minute OpenID token for it. An authenticated identity's token carries the principal tags
 * of the request's logins and the pool's ARN.
 */
final class GetOpenIdToken extends Operation<GetOpenIdTokenInput, OpenIdTokenResponse> {
    static final Duration LIFETIME = Duration.ofMinutes(10);

    GetOpenIdToken(Collaborators collaborators) {
        super(collaborators);
    }

    /** Signs a token, and verifies a {@code cognito-identity.amazonaws.com} login when the request has one. */
    @Override
    public boolean usesRsa() {
        return true;
    }

    @Override
    public OpenIdTokenResponse handle(Caller caller, GetOpenIdTokenInput input) {
        Pool pool = state.poolOfIdentity(input.identityId());
        if (Boolean.FALSE.equals(pool.settings().allowClassicFlow())) {
            throw CognitoException.invalidParameter("Basic (classic) flow is not enabled, please use enhanced flow.");
        }
        if (!pool.roles().roleMappings().isEmpty()) {
            throw CognitoException.invalidParameter(
                    "Basic (classic) flow is not supported with RoleMappings, please use enhanced flow.");
        }
        Logins.Resolved resolved = logins.resolve(pool, input.logins(), true);
        if (resolved.logins().stream().anyMatch(Logins.Login::isSaml)) {
            throw CognitoException.invalidParameter(
                    "Basic (classic) flow is not supported with SAML, please use enhanced flow.");
        }
        IdentitySnapshot identity =
                pool.authenticate(input.identityId(), resolved.keys(), resolved.provenIdentityId(), name());
        if (!identity.authenticated()) {
            String token =
                    issuer.issue(identity.identityId(), pool.id(), List.of("unauthenticated"), LIFETIME, Map.of());
            return new OpenIdTokenResponse(identity.identityId(), token);
        }
        Map<String, Object> claims = PrincipalTags.tokenClaims(PrincipalTags.of(pool, resolved), pool.arn());
        String token =
                issuer.issue(identity.identityId(), pool.id(), Logins.authenticatedAmr(resolved), LIFETIME, claims);
        return new OpenIdTokenResponse(identity.identityId(), token);
    }
}
