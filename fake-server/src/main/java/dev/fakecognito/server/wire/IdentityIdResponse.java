package dev.fakecognito.server.wire;


/** Output of GetId and MergeDeveloperIdentities. */
public record IdentityIdResponse(String identityId) {
}
