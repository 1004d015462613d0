package dev.fakecognito.server.internal.wire;

/** A pool in a ListIdentityPools page. */
public record IdentityPoolShortDescription(String identityPoolId, String identityPoolName) {}
