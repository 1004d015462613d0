package dev.fakecognito.samples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentitiesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.UnprocessedIdentityId;

/**
 * A housekeeping job: deletes the identities of a pool created more than a given time ago (e.g.
 * abandoned guest identities of a trial app). It first pages through {@code ListIdentities} to find
 * them, then deletes them with {@code DeleteIdentities} in batches of at most
 * {@value #MAX_BATCH_SIZE} (the API's limit), and reports the identities Cognito could not delete.
 * Finding first and deleting afterwards keeps the listing's pages stable.
 */
public final class IdentityCleanupJob {
    /** The most identity ids one {@code DeleteIdentities} call takes. */
    public static final int MAX_BATCH_SIZE = 60;

    private static final int PAGE_SIZE = 60;

    private final CognitoIdentityClient cognito;
    private final Clock clock;

    /**
     * @param cognito the Cognito Identity client
     * @param clock   the clock that says what "now" is
     */
    public IdentityCleanupJob(CognitoIdentityClient cognito, Clock clock) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Deletes the pool's identities created more than {@code maxAge} ago.
     *
     * @param identityPoolId the pool to clean up
     * @param maxAge         identities older than this are deleted, e.g. {@code Duration.ofDays(90)}
     * @return what was examined, deleted and left
     */
    public Result deleteIdentitiesOlderThan(String identityPoolId, Duration maxAge) {
        Instant cutoff = clock.instant().minus(maxAge);
        List<String> expired = new ArrayList<>();
        int examined = 0;
        String nextToken = null;
        do {
            String page = nextToken;
            ListIdentitiesResponse response = cognito.listIdentities(
                    b -> b.identityPoolId(identityPoolId).maxResults(PAGE_SIZE).nextToken(page));
            for (IdentityDescription identity : response.identities()) {
                examined++;
                if (identity.creationDate() != null && identity.creationDate().isBefore(cutoff)) {
                    expired.add(identity.identityId());
                }
            }
            nextToken = response.nextToken();
        } while (nextToken != null);

        List<String> deleted = new ArrayList<>();
        List<UnprocessedIdentityId> notDeleted = new ArrayList<>();
        for (int from = 0; from < expired.size(); from += MAX_BATCH_SIZE) {
            List<String> batch = expired.subList(from, Math.min(from + MAX_BATCH_SIZE, expired.size()));
            List<UnprocessedIdentityId> unprocessed =
                    cognito.deleteIdentities(b -> b.identityIdsToDelete(batch)).unprocessedIdentityIds();
            List<String> unprocessedIds =
                    unprocessed.stream().map(UnprocessedIdentityId::identityId).toList();
            batch.stream().filter(id -> !unprocessedIds.contains(id)).forEach(deleted::add);
            notDeleted.addAll(unprocessed);
        }
        return new Result(
                examined,
                deleted,
                notDeleted.stream()
                        .map(u -> new NotDeleted(u.identityId(), u.errorCodeAsString()))
                        .toList());
    }

    /**
     * The outcome of a run.
     *
     * @param examined   how many identities the pool had
     * @param deleted    the identities deleted
     * @param notDeleted the identities Cognito reported as unprocessed, with its error code
     */
    public record Result(int examined, List<String> deleted, List<NotDeleted> notDeleted) {
        /** Copies the lists. */
        public Result {
            deleted = List.copyOf(deleted);
            notDeleted = List.copyOf(notDeleted);
        }

        /** @return whether every expired identity was deleted */
        public boolean complete() {
            return notDeleted.isEmpty();
        }
    }

    /**
     * An identity that could not be deleted.
     *
     * @param identityId the identity
     * @param errorCode  Cognito's reason, e.g. {@code InternalServerError}
     */
    public record NotDeleted(String identityId, String errorCode) {}
}
