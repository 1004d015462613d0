package dev.fakecognito.server.internal.wire;

/** An identity DeleteIdentities could not delete, and why. */
public record UnprocessedIdentityId(String identityId, String errorCode) {}
