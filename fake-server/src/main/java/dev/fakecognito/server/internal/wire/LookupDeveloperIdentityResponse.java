package dev.fakecognito.server.internal.wire;

import java.util.List;

/** Output of LookupDeveloperIdentity. */
public record LookupDeveloperIdentityResponse(
        String identityId, List<String> developerUserIdentifierList, String nextToken) {}
