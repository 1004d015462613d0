package dev.fakecognito.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.DeleteIdentitiesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ErrorCode;
import software.amazon.awssdk.services.cognitoidentity.model.UnprocessedIdentityId;

/** DeleteIdentities leaving identities undeleted and reporting them, through the SDK. */
class UnprocessedIdentitiesTest extends FaultTestSupport {

    @Test
    void theNamedIdentitiesAreReportedAndKeptTheOthersDeleted() {
        String kept = guest();
        String deleted = guest();
        String alsoKept = guest();
        FaultHandle fault = fake.inject(Fault.on("DeleteIdentities").unprocessedIdentityIds(kept, alsoKept));

        DeleteIdentitiesResponse response =
                cognito.deleteIdentities(b -> b.identityIdsToDelete(alsoKept, deleted, kept));

        assertThat(response.unprocessedIdentityIds())
                .containsExactly(
                        unprocessed(alsoKept, ErrorCode.INTERNAL_SERVER_ERROR),
                        unprocessed(kept, ErrorCode.INTERNAL_SERVER_ERROR));
        assertThat(fake.snapshot().pool(pool).identities())
                .extracting(identity -> identity.id())
                .containsExactlyInAnyOrder(kept, alsoKept);
        assertThat(fault.hits()).isEqualTo(1);
        assertThat(journal("DeleteIdentities")).singleElement().satisfies(call -> {
            assertThat(call.faultId()).isEqualTo(fault.id());
            assertThat(call.failed()).isFalse();
        });
    }

    @Test
    void accessDeniedCanBeTheReason() {
        String kept = guest();
        fake.inject(Fault.on("DeleteIdentities").unprocessedIdentityIds(kept).unprocessedErrorCode("AccessDenied"));

        assertThat(cognito.deleteIdentities(b -> b.identityIdsToDelete(kept)).unprocessedIdentityIds())
                .containsExactly(unprocessed(kept, ErrorCode.ACCESS_DENIED));
        assertThat(fake.snapshot().pool(pool).identities()).hasSize(1);
    }

    @Test
    void aCallNamingNoneOfTheIdentitiesIsNotAffected() {
        String kept = guest();
        String other = guest();
        FaultHandle fault = fake.inject(
                Fault.on("DeleteIdentities").unprocessedIdentityIds(kept).times(1));

        assertThat(cognito.deleteIdentities(b -> b.identityIdsToDelete(other)).unprocessedIdentityIds())
                .isEmpty();
        assertThat(fault.hits()).isZero();
        assertThat(cognito.deleteIdentities(b -> b.identityIdsToDelete(kept)).unprocessedIdentityIds())
                .extracting(UnprocessedIdentityId::identityId)
                .containsExactly(kept);
        assertThat(fault.remaining()).hasValue(0);
        assertThat(cognito.deleteIdentities(b -> b.identityIdsToDelete(kept)).unprocessedIdentityIds())
                .isEmpty();
        assertThat(fake.snapshot().pool(pool).identities()).isEmpty();
        assertThat(journal("DeleteIdentities"))
                .extracting(call -> call.faultId())
                .containsExactly(null, fault.id(), null);
    }

    private static UnprocessedIdentityId unprocessed(String identityId, ErrorCode code) {
        return UnprocessedIdentityId.builder()
                .identityId(identityId)
                .errorCode(code)
                .build();
    }

    @Test
    void aBatchOfOnlyUnprocessedIdentitiesDeletesNothing() {
        List<String> ids = List.of(guest(), guest());
        fake.inject(Fault.on("DeleteIdentities").unprocessedIdentityIds(ids));

        assertThat(cognito.deleteIdentities(b -> b.identityIdsToDelete(ids)).unprocessedIdentityIds())
                .hasSize(2);
        assertThat(fake.snapshot().pool(pool).identities()).hasSize(2);
    }
}
