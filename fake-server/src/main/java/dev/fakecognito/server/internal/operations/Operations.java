package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.tokens.CredentialsGenerator;
import dev.fakecognito.server.internal.tokens.LoginTokenReader;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The table of all 23 operations of one fake, keyed by their {@code X-Amz-Target} name. */
public final class Operations {
    private final Map<String, Operation<?, ?>> byName = new LinkedHashMap<>();

    /**
     * Creates the operations over one fake's state.
     *
     * @param state       the pools and identities
     * @param issuer      signs OpenID tokens
     * @param loginTokens reads the tokens clients put in {@code Logins}
     * @param credentials makes temporary credentials
     */
    public Operations(
            CognitoState state,
            OpenIdTokenIssuer issuer,
            LoginTokenReader loginTokens,
            CredentialsGenerator credentials) {
        Operation.Collaborators with =
                new Operation.Collaborators(state, new Logins(loginTokens, issuer), issuer, credentials);
        List<Operation<?, ?>> all = List.of(
                new CreateIdentityPool(with),
                new DescribeIdentityPool(with),
                new UpdateIdentityPool(with),
                new DeleteIdentityPool(with),
                new ListIdentityPools(with),
                new SetIdentityPoolRoles(with),
                new GetIdentityPoolRoles(with),
                new TagResource(with),
                new UntagResource(with),
                new ListTagsForResource(with),
                new SetPrincipalTagAttributeMap(with),
                new GetPrincipalTagAttributeMap(with),
                new GetId(with),
                new GetCredentialsForIdentity(with),
                new GetOpenIdToken(with),
                new GetOpenIdTokenForDeveloperIdentity(with),
                new DescribeIdentity(with),
                new ListIdentities(with),
                new DeleteIdentities(with),
                new LookupDeveloperIdentity(with),
                new MergeDeveloperIdentities(with),
                new UnlinkDeveloperIdentity(with),
                new UnlinkIdentity(with));
        for (Operation<?, ?> operation : all) {
            byName.put(operation.name(), operation);
        }
    }

    /** The operation with this name, or {@code null}. */
    public Operation<?, ?> get(String name) {
        return byName.get(name);
    }

    /** The names of all operations. */
    public Set<String> names() {
        return Collections.unmodifiableSet(byName.keySet());
    }
}
