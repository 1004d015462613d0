package dev.fakecognito.server.internal.wire;

/** A user pool app client configured on an identity pool. */
public record CognitoIdentityProvider(String providerName, String clientId, Boolean serverSideTokenCheck) {}
