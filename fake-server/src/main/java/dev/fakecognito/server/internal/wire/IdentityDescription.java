package dev.fakecognito.server.internal.wire;

import java.time.Instant;
import java.util.List;

/** An identity as DescribeIdentity and ListIdentities show it: provider names only, never user keys. */
public record IdentityDescription(
        String identityId, List<String> logins, Instant creationDate, Instant lastModifiedDate) {}
