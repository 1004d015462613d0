package dev.fakecognito.server.internal.wire;

/** Output of GetId and MergeDeveloperIdentities. */
public record IdentityIdResponse(String identityId) {}
