package dev.fakecognito.server.internal.state;

import java.time.Instant;

/**
 * A merge that happened: the source identity was disabled and its logins moved to the destination.
 *
 * @param sourceIdentityId      the identity that was merged (now disabled)
 * @param destinationIdentityId the identity that survived
 * @param mergedAt              when
 * @param operation             the API call that caused it, e.g. {@code GetId} or {@code MergeDeveloperIdentities}
 */
public record MergeRecord(String sourceIdentityId, String destinationIdentityId, Instant mergedAt, String operation) {}
