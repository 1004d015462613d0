package dev.fakecognito.server.internal.tokens;

import java.util.regex.Pattern;

/**
 * The provider names of user-pool emulators running on this machine, such as cognito-local
 * ({@code localhost:9229/local_abc}): a loopback host ({@code localhost}, a name under {@code .localhost},
 * {@code 127.x.x.x} or {@code [::1]}) with a port and a path (the user pool id). An identity pool may list
 * one in {@code CognitoIdentityProviders} beside real {@code cognito-idp} user pools; its tokens are then
 * read as user-pool tokens, and their issuer may be {@code http://} as well as {@code https://} plus the
 * name, since emulators serve plain HTTP and Amplify keys {@code Logins} by the issuer without its scheme
 * (docs/behaviour.md#local-user-pool-emulators). Real user pools keep the exact {@code https://} rule.
 */
public final class LocalUserPools {
    private static final Pattern LOOPBACK_USER_POOL = Pattern.compile(
            "(localhost|[a-z0-9-]+(\\.[a-z0-9-]+)*\\.localhost|127(\\.\\d{1,3}){3}|\\[::1])" // loopback host
                    + ":\\d{1,5}" // a port
                    + "/[^/\\s]+(/[^/\\s]+)*", // the user pool id (and any path before it)
            Pattern.CASE_INSENSITIVE);

    private LocalUserPools() {}

    /**
     * Whether a provider name (a {@code Logins} key) names a user-pool emulator on this machine.
     *
     * @param providerName e.g. {@code localhost:9229/local_abc}
     * @return true for a loopback host with a port and a path
     */
    public static boolean isLocalUserPool(String providerName) {
        return providerName != null && LOOPBACK_USER_POOL.matcher(providerName).matches();
    }

    /**
     * The base URL of an emulator's user pool, where its keys are served under
     * {@code /.well-known/jwks.json}: {@code http://} plus the provider name.
     *
     * @param providerName a name {@link #isLocalUserPool} accepts
     * @return e.g. {@code http://localhost:9229/local_abc}
     */
    static String baseUrl(String providerName) {
        return "http://" + providerName;
    }
}
