package dev.fakecognito.server.wire;


/** A user pool app client configured on an identity pool. */
public record CognitoIdentityProvider(String providerName, String clientId, Boolean serverSideTokenCheck) {
}
