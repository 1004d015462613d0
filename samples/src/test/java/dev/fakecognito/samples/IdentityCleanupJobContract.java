package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import dev.fakecognito.samples.IdentityCleanupJob.NotDeleted;
import dev.fakecognito.samples.IdentityCleanupJob.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The tests of {@link IdentityCleanupJob}, for any fake: {@link IdentityCleanupJobTest} runs them on the
 * in-process fake, {@link IdentityCleanupJobContainerTest} on the fake in its container. The fake must be
 * seeded with {@value #FIXTURES} before each test: 65 identities from 2024 and 3 from May 2025. The
 * job's clock, not the fake's, says it is June 2025, and the fixture gives every identity its creation
 * date, so the tests need no control over the fake's clock and run on a container too.
 */
abstract class IdentityCleanupJobContract {
    static final String FIXTURES = "cognito/trial-app.yaml";
    static final String POOL = "us-east-1:33333333-4444-5555-6666-777777777777";
    static final Clock JUNE_2025 = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    static final String STALE_1 = "us-east-1:00000000-0000-0000-0000-000000000001";
    static final String STALE_2 = "us-east-1:00000000-0000-0000-0000-000000000002";
    static final String RECENT = "us-east-1:99999999-0000-0000-0000-000000000001";

    protected final CognitoIdentityClient cognito;
    protected final FakeAdmin fake;

    IdentityCleanupJobContract(CognitoIdentityClient cognito, FakeAdmin fake) {
        this.cognito = cognito;
        this.fake = fake;
    }

    @Test
    void deletesStaleIdentitiesInBatchesOfAtMostSixty() {
        Result result = new IdentityCleanupJob(cognito, JUNE_2025).deleteIdentitiesOlderThan(POOL, Duration.ofDays(90));

        assertThat(result.examined()).isEqualTo(68);
        assertThat(result.deleted()).hasSize(65).contains(STALE_1, STALE_2).doesNotContain(RECENT);
        assertThat(result.complete()).isTrue();
        assertThat(fake).identityPool("TrialApp").hasIdentityCount(3);
        assertThat(fake)
                .receivedRequests()
                .hasRequestCount("ListIdentities", 2)
                .hasRequestCount("DeleteIdentities", 2)
                .hasNoFailures();
    }

    @Test
    void deletesNothingWhenNothingIsStale() {
        Result result =
                new IdentityCleanupJob(cognito, JUNE_2025).deleteIdentitiesOlderThan(POOL, Duration.ofDays(1000));

        assertThat(result.deleted()).isEmpty();
        assertThat(fake).identityPool("TrialApp").hasIdentityCount(68);
        assertThat(fake).receivedRequests().hasRequestCount("DeleteIdentities", 0);
    }

    /**
     * AWS may leave identities of a batch undeleted (e.g. on an internal error) and report them in
     * {@code UnprocessedIdentityIds}; the fake does so when told by a fault.
     */
    @Test
    void reportsTheIdentitiesCognitoCouldNotDelete() {
        FaultHandle fault = fake.inject(Fault.on("DeleteIdentities").unprocessedIdentityIds(STALE_1, STALE_2));

        Result result = new IdentityCleanupJob(cognito, JUNE_2025).deleteIdentitiesOlderThan(POOL, Duration.ofDays(90));

        assertThat(result.complete()).isFalse();
        assertThat(result.notDeleted())
                .containsExactlyInAnyOrder(
                        new NotDeleted(STALE_1, "InternalServerError"), new NotDeleted(STALE_2, "InternalServerError"));
        assertThat(result.deleted()).hasSize(63).doesNotContain(STALE_1, STALE_2);
        assertThat(fake).identityPool("TrialApp").hasIdentityCount(5);
        assertThat(fake).identity(STALE_1).isEnabled();
        assertThat(fault).hasHits(1);
        assertThat(fake)
                .receivedRequests()
                .contains(request("DeleteIdentities").injectedBy(fault).succeeded())
                .hasNoFailures();
    }

    @Test
    void reportsAccessDeniedAsCognitoGivesIt() {
        fake.inject(Fault.on("DeleteIdentities").unprocessedIdentityIds(STALE_1).unprocessedErrorCode("AccessDenied"));

        Result result = new IdentityCleanupJob(cognito, JUNE_2025).deleteIdentitiesOlderThan(POOL, Duration.ofDays(90));

        assertThat(result.notDeleted()).containsExactly(new NotDeleted(STALE_1, "AccessDenied"));
        assertThat(fake).identityPool("TrialApp").hasIdentityCount(4);
    }
}
