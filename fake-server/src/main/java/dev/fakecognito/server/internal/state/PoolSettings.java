package dev.fakecognito.server.internal.state;

import dev.fakecognito.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The configuration of an identity pool as CreateIdentityPool and UpdateIdentityPool set it.
 * Immutable: an update replaces the whole record. Collections are never null (empty when unset).
 *
 * @param name                           the pool name
 * @param allowUnauthenticatedIdentities whether guests may get identities
 * @param allowClassicFlow               {@code null} when never set (classic flow allowed), else the value given
 * @param supportedLoginProviders        public providers (e.g. {@code graph.facebook.com}) to their app ids
 * @param developerProviderName          the developer provider name, or {@code null}
 * @param openIdConnectProviderArns      IAM OIDC provider ARNs
 * @param cognitoIdentityProviders       user pool app clients
 * @param samlProviderArns               IAM SAML provider ARNs
 */
public record PoolSettings(
        String name,
        boolean allowUnauthenticatedIdentities,
        Boolean allowClassicFlow,
        Map<String, String> supportedLoginProviders,
        String developerProviderName,
        List<String> openIdConnectProviderArns,
        List<UserPoolClient> cognitoIdentityProviders,
        List<String> samlProviderArns) {

    /** Copies the collections so that the record stays immutable. */
    public PoolSettings {
        supportedLoginProviders = Copies.map(supportedLoginProviders);
        openIdConnectProviderArns = Copies.list(openIdConnectProviderArns);
        cognitoIdentityProviders = Copies.list(cognitoIdentityProviders);
        samlProviderArns = Copies.list(samlProviderArns);
    }
}
