package dev.fakecognito.server.wire;


/** Input of DescribeIdentity. */
public record IdentityIdInput(String identityId) {
}
