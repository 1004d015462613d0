package dev.fakecognito.server.internal.wire;

import java.util.List;
import java.util.Map;

/** The {@code IdentityPool} shape: input of CreateIdentityPool (without id) and UpdateIdentityPool, output of Create, Describe and Update. */
public record IdentityPool(
        String identityPoolId,
        String identityPoolName,
        Boolean allowUnauthenticatedIdentities,
        Boolean allowClassicFlow,
        Map<String, String> supportedLoginProviders,
        String developerProviderName,
        List<String> openIdConnectProviderARNs,
        List<CognitoIdentityProvider> cognitoIdentityProviders,
        List<String> samlProviderARNs,
        Map<String, String> identityPoolTags) {}
