package dev.fakecognito.server.internal.wire;

/** Input of DescribeIdentity. */
public record IdentityIdInput(String identityId) {}
