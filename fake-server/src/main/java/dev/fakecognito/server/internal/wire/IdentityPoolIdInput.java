package dev.fakecognito.server.internal.wire;

/** Input of the calls that only name a pool: DescribeIdentityPool, DeleteIdentityPool, GetIdentityPoolRoles. */
public record IdentityPoolIdInput(String identityPoolId) {}
