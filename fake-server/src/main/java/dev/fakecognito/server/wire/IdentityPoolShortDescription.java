package dev.fakecognito.server.wire;


/** A pool in a ListIdentityPools page. */
public record IdentityPoolShortDescription(String identityPoolId, String identityPoolName) {
}
