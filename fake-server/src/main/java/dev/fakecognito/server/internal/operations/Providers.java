package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.PoolSettings;
import dev.fakecognito.server.internal.state.UserPoolClient;

/** Which provider names a pool's configuration knows, for role mappings and principal-tag maps. */
final class Providers {
    private Providers() {}

    /**
     * Whether {@code key} may key a role mapping: a public provider, {@code <user pool>:<client id>}, an
     * OIDC provider (its name or its IAM ARN) or a SAML provider ARN configured on the pool.
     */
    static boolean isRoleMappingKey(PoolSettings settings, String key) {
        if (settings.supportedLoginProviders().containsKey(key)
                || settings.samlProviderArns().contains(key)) {
            return true;
        }
        for (UserPoolClient client : settings.cognitoIdentityProviders()) {
            if (key.equals(client.providerName() + ":" + client.clientId())) {
                return true;
            }
        }
        return isOidcProvider(settings, key);
    }

    /** Whether {@code name} is a provider configured on the pool (user pools by provider name, without client). */
    static boolean isConfiguredProvider(PoolSettings settings, String name) {
        return settings.supportedLoginProviders().containsKey(name)
                || settings.samlProviderArns().contains(name)
                || settings.cognitoIdentityProviders().stream()
                        .anyMatch(client -> client.providerName().equals(name))
                || isOidcProvider(settings, name);
    }

    /** Whether {@code provider} may key a login in {@code Logins}: OIDC providers by name only. */
    static boolean isLoginProvider(PoolSettings settings, String provider) {
        return settings.supportedLoginProviders().containsKey(provider)
                || settings.samlProviderArns().contains(provider)
                || settings.cognitoIdentityProviders().stream()
                        .anyMatch(client -> client.providerName().equals(provider))
                || settings.openIdConnectProviderArns().stream()
                        .anyMatch(arn -> provider.equals(Logins.oidcProviderName(arn)));
    }

    private static boolean isOidcProvider(PoolSettings settings, String name) {
        return settings.openIdConnectProviderArns().stream()
                .anyMatch(arn -> arn.equals(name) || name.equals(Logins.oidcProviderName(arn)));
    }
}
