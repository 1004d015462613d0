package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.PoolSettings;
import dev.fakecognito.server.internal.state.UserPoolClient;
import dev.fakecognito.server.internal.wire.CognitoIdentityProvider;
import dev.fakecognito.server.internal.wire.IdentityPool;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts between the {@code IdentityPool} wire shape and stored pool settings, with the semantic checks of Create and Update. */
final class PoolShapes {
    /** Cognito user pool providers per identity pool (adjustable at AWS). */
    static final int MAX_USER_POOL_PROVIDERS = 50;

    static final String INVALID_USER_POOL_PROVIDER = "Invalid Cognito Identity Provider";

    /** A user pool's provider name, {@code cognito-idp.<region>.amazonaws.com/<user pool id>} (docs/behaviour.md#user-pool-provider-names). */
    private static final Pattern USER_POOL_PROVIDER_NAME =
            Pattern.compile("cognito-idp\\.[a-z]{2}(-[a-z]+)+-\\d+\\.amazonaws\\.com(\\.cn)?/[\\w-]+_[0-9a-zA-Z]+");

    /** A local user-pool emulator's issuer without its scheme: {@code localhost} or a 127.x.x.x address, a port, a path. */
    private static final Pattern LOCAL_EMULATOR_PROVIDER_NAME =
            Pattern.compile("(localhost|127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})):(\\d{1,5})(/[\\w.-]+)+");

    private PoolShapes() {}

    static PoolSettings settings(IdentityPool input) {
        List<UserPoolClient> clients = input.cognitoIdentityProviders() == null
                ? List.of()
                : input.cognitoIdentityProviders().stream()
                        .map(PoolShapes::client)
                        .toList();
        if (clients.size() > MAX_USER_POOL_PROVIDERS) {
            throw new CognitoException(
                    ErrorCode.LIMIT_EXCEEDED,
                    "An identity pool can have at most " + MAX_USER_POOL_PROVIDERS + " Cognito identity providers.");
        }
        Set<String> seen = new HashSet<>();
        for (UserPoolClient client : clients) {
            if (!seen.add(client.providerName() + ":" + client.clientId())) {
                throw CognitoException.invalidParameter("Duplicate Cognito identity provider " + client.providerName()
                        + " with client id " + client.clientId() + ".");
            }
        }
        Tags.check(input.identityPoolTags());
        return new PoolSettings(
                input.identityPoolName(),
                Boolean.TRUE.equals(input.allowUnauthenticatedIdentities()),
                input.allowClassicFlow(),
                input.supportedLoginProviders(),
                input.developerProviderName(),
                input.openIdConnectProviderARNs(),
                clients,
                input.samlProviderARNs());
    }

    private static UserPoolClient client(CognitoIdentityProvider provider) {
        if (provider.providerName() == null
                || provider.clientId() == null
                || !isUserPoolProviderName(provider.providerName())) {
            throw CognitoException.invalidParameter(INVALID_USER_POOL_PROVIDER);
        }
        return new UserPoolClient(
                provider.providerName(), provider.clientId(), Boolean.TRUE.equals(provider.serverSideTokenCheck()));
    }

    /**
     * Whether {@code name} may name a user pool in {@code CognitoIdentityProviders}: a Cognito user pool's
     * {@code cognito-idp.<region>.amazonaws.com/<user pool id>}, or a local emulator's issuer on a loopback
     * host with a port ({@code localhost:9229/local_abc}).
     */
    static boolean isUserPoolProviderName(String name) {
        if (USER_POOL_PROVIDER_NAME.matcher(name).matches()) {
            return true;
        }
        Matcher local = LOCAL_EMULATOR_PROVIDER_NAME.matcher(name);
        if (!local.matches()) {
            return false;
        }
        for (int group = 2; group <= 4; group++) {
            if (local.group(group) != null && Integer.parseInt(local.group(group)) > 255) {
                return false;
            }
        }
        int port = Integer.parseInt(local.group(5));
        return port >= 1 && port <= 65535;
    }

    /** The pool as Create and Describe answer it: its settings and tags at one moment. */
    static IdentityPool describe(Pool pool) {
        return describe(pool.id(), pool.configuration());
    }

    /** A pool's configuration as Create, Describe and Update answer it: empty members left out, except the tags. */
    static IdentityPool describe(String poolId, Pool.Configuration configuration) {
        PoolSettings s = configuration.settings();
        return new IdentityPool(
                poolId,
                s.name(),
                s.allowUnauthenticatedIdentities(),
                s.allowClassicFlow(),
                emptyToNull(s.supportedLoginProviders()),
                s.developerProviderName(),
                emptyToNull(s.openIdConnectProviderArns()),
                emptyToNull(s.cognitoIdentityProviders().stream()
                        .map(c -> new CognitoIdentityProvider(c.providerName(), c.clientId(), c.serverSideTokenCheck()))
                        .toList()),
                emptyToNull(s.samlProviderArns()),
                configuration.tags());
    }

    static <K, V> Map<K, V> emptyToNull(Map<K, V> map) {
        return map == null || map.isEmpty() ? null : map;
    }

    static <T> List<T> emptyToNull(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }
}
