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
        Logins logins = new Logins(loginTokens, issuer);
        List<Operation<?, ?>> all = List.of(
                new CreateIdentityPool(state),
                new DescribeIdentityPool(state),
                new UpdateIdentityPool(state),
                new DeleteIdentityPool(state),
                new ListIdentityPools(state),
                new SetIdentityPoolRoles(state),
                new GetIdentityPoolRoles(state),
                new TagResource(state),
                new UntagResource(state),
                new ListTagsForResource(state),
                new SetPrincipalTagAttributeMap(state),
                new GetPrincipalTagAttributeMap(state),
                new GetId(state, logins),
                new GetCredentialsForIdentity(state, logins, credentials),
                new GetOpenIdToken(state, logins, issuer),
                new GetOpenIdTokenForDeveloperIdentity(state, logins, issuer),
                new DescribeIdentity(state),
                new ListIdentities(state),
                new DeleteIdentities(state),
                new LookupDeveloperIdentity(state),
                new MergeDeveloperIdentities(state),
                new UnlinkDeveloperIdentity(state),
                new UnlinkIdentity(state, logins));
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
