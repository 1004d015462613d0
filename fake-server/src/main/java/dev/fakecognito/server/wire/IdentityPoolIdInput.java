package dev.fakecognito.server.wire;


/** Input of the calls that only name a pool: DescribeIdentityPool, DeleteIdentityPool, GetIdentityPoolRoles. */
public record IdentityPoolIdInput(String identityPoolId) {
}
