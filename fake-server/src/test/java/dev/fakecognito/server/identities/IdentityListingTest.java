package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.DeleteIdentitiesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentitiesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** DescribeIdentity, ListIdentities, DeleteIdentities and pool deletion (docs/reference/behaviour/operations.md#describeidentity, #listidentities, #deleteidentities). */
class IdentityListingTest extends IdentityTestSupport {

    @Test
    void describeShowsDatesAndProviderNames() {
        String pool = newPool();
        Instant before = Instant.now().minusSeconds(2);
        String id = getId(pool, Map.of(FACEBOOK, facebookUser()));

        DescribeIdentityResponse description = cognito.describeIdentity(b -> b.identityId(id));

        assertThat(description.identityId()).isEqualTo(id);
        assertThat(description.logins()).containsExactly(FACEBOOK);
        assertThat(description.creationDate()).isBetween(before, Instant.now().plusSeconds(2));
        assertThat(description.lastModifiedDate()).isAfterOrEqualTo(description.creationDate());
    }

    @Test
    void describeUnknownIdentityIsNotFound() {
        String unknown = "us-east-1:" + UUID.randomUUID();
        assertError(
                () -> cognito.describeIdentity(b -> b.identityId(unknown)),
                ResourceNotFoundException.class,
                "Identity '" + unknown + "' not found.");
    }

    @Test
    void listingAnEmptyPoolGivesNoIdentitiesAndNoToken() {
        String pool = newPool();

        ListIdentitiesResponse response =
                cognito.listIdentities(b -> b.identityPoolId(pool).maxResults(60));

        assertThat(response.identityPoolId()).isEqualTo(pool);
        assertThat(response.identities()).isEmpty();
        assertThat(response.nextToken()).isNull();
    }

    @Test
    void listingAnUnknownPoolIsNotFound() {
        String unknown = "us-east-1:" + UUID.randomUUID();
        assertError(
                () -> cognito.listIdentities(b -> b.identityPoolId(unknown).maxResults(10)),
                ResourceNotFoundException.class,
                "IdentityPool '" + unknown + "' not found.");
    }

    @Test
    void maxResultsOutsideOneToSixtyIsAValidationError() {
        String pool = newPool();
        assertThat(errorCode(
                        () -> cognito.listIdentities(b -> b.identityPoolId(pool).maxResults(0))))
                .isEqualTo("ValidationException");
        assertThat(errorCode(
                        () -> cognito.listIdentities(b -> b.identityPoolId(pool).maxResults(61))))
                .isEqualTo("ValidationException");
        assertThat(cognito.listIdentities(b -> b.identityPoolId(pool).maxResults(1))
                        .identities())
                .isEmpty();
    }

    @Test
    void pagingOver130IdentitiesReturnsEachOnceInCreationOrder() {
        String pool = newPool();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            created.add(guest(pool));
        }

        for (int pageSize : new int[] {1, 7, 60}) {
            List<String> seen = new ArrayList<>();
            String next = null;
            int calls = 0;
            do {
                String token = next;
                ListIdentitiesResponse page = cognito.listIdentities(
                        b -> b.identityPoolId(pool).maxResults(pageSize).nextToken(token));
                assertThat(page.identities()).hasSizeLessThanOrEqualTo(pageSize);
                page.identities().forEach(identity -> seen.add(identity.identityId()));
                next = page.nextToken();
                calls++;
            } while (next != null && calls < 200);
            assertThat(seen).as("page size %d", pageSize).containsExactlyElementsOf(created);
            assertThat(calls).isEqualTo((130 + pageSize - 1) / pageSize);
        }
    }

    @Test
    void badNextTokenIsAnInvalidParameter() {
        String pool = newPool();
        String otherPool = newPool();
        guest(pool);
        guest(pool);
        guest(otherPool);
        guest(otherPool);
        String foreign = cognito.listIdentities(b -> b.identityPoolId(otherPool).maxResults(1))
                .nextToken();
        assertThat(foreign).isNotNull();

        errorMessage(
                () -> cognito.listIdentities(
                        b -> b.identityPoolId(pool).maxResults(1).nextToken("garbage")),
                InvalidParameterException.class);
        errorMessage(
                () -> cognito.listIdentities(
                        b -> b.identityPoolId(pool).maxResults(1).nextToken(foreign)),
                InvalidParameterException.class);
    }

    @Test
    void listEntriesHaveTheDescribeShape() {
        String pool = newPool();
        String guest = guest(pool);
        String fb = getId(pool, Map.of(FACEBOOK, facebookUser(), AMAZON, "amzn-" + UUID.randomUUID()));

        List<IdentityDescription> listed = listAll(pool, false);

        assertThat(listed).extracting(IdentityDescription::identityId).containsExactly(guest, fb);
        assertThat(listed.get(0).logins()).isEmpty();
        assertThat(listed.get(1).logins()).containsExactlyInAnyOrder(FACEBOOK, AMAZON);
        assertThat(listed.get(1)).isEqualTo(describe(fb));
        assertThat(listed.get(0)).isEqualTo(describe(guest));
    }

    @Test
    void hideDisabledPagesOnlyOverEnabledIdentities() {
        String pool = newPool();
        List<String> enabled = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String fb = facebookUser();
            String guest = guest(pool);
            // the guest is merged into the newer authenticated identity and disabled
            String authenticated = getId(pool, Map.of(FACEBOOK, fb));
            cognito.getCredentialsForIdentity(b -> b.identityId(guest).logins(Map.of(FACEBOOK, fb)));
            enabled.add(authenticated);
        }

        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            String token = next;
            ListIdentitiesResponse page = cognito.listIdentities(
                    b -> b.identityPoolId(pool).maxResults(2).hideDisabled(true).nextToken(token));
            page.identities().forEach(identity -> seen.add(identity.identityId()));
            next = page.nextToken();
        } while (next != null);

        assertThat(seen).containsExactlyElementsOf(enabled);
        assertThat(listIds(pool, false)).hasSize(10);
    }

    @Test
    void deletedIdentityIsNotFoundAndItsLoginsAreFreed() {
        String pool = newPool();
        String fb = facebookUser();
        String id = getId(pool, Map.of(FACEBOOK, fb));
        String keep = guest(pool);

        DeleteIdentitiesResponse response = cognito.deleteIdentities(b -> b.identityIdsToDelete(id));

        assertThat(response.unprocessedIdentityIds()).isEmpty();
        assertError(
                () -> cognito.describeIdentity(b -> b.identityId(id)),
                ResourceNotFoundException.class,
                "Identity '" + id + "' not found.");
        assertError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(id).logins(Map.of(FACEBOOK, fb))),
                ResourceNotFoundException.class,
                "Identity '" + id + "' not found.");
        assertThat(listIds(pool, false)).containsExactly(keep);
        String fresh = getId(pool, Map.of(FACEBOOK, fb));
        assertThat(fresh).isNotEqualTo(id);
        assertThat(listIds(pool, false)).containsExactly(keep, fresh);
    }

    @Test
    void deletedDeveloperIdentityFreesItsDeveloperUsers() {
        String pool = newPool();
        String id = developerIdentity(pool, "dev-1");

        cognito.deleteIdentities(b -> b.identityIdsToDelete(id));

        errorMessage(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(pool).developerUserIdentifier("dev-1")),
                ResourceNotFoundException.class);
        assertThat(developerIdentity(pool, "dev-1")).isNotEqualTo(id);
    }

    @Test
    void unknownIdsAreIgnoredWhenDeleting() {
        String pool = newPool();
        String id = guest(pool);
        String unknown = "us-east-1:" + UUID.randomUUID();

        DeleteIdentitiesResponse response = cognito.deleteIdentities(b -> b.identityIdsToDelete(unknown, id));

        assertThat(response.unprocessedIdentityIds()).isEmpty();
        assertThat(listIds(pool, false)).isEmpty();
    }

    @Test
    void deletingMoreThanSixtyIdsIsAValidationError() {
        String pool = newPool();
        String keep = guest(pool);
        List<String> ids = new ArrayList<>();
        ids.add(keep);
        for (int i = 0; i < 60; i++) {
            ids.add("us-east-1:" + UUID.randomUUID());
        }

        assertThat(errorCode(() -> cognito.deleteIdentities(b -> b.identityIdsToDelete(ids))))
                .isEqualTo("ValidationException");
        assertThat(listIds(pool, false)).containsExactly(keep);
        assertThat(cognito.deleteIdentities(b -> b.identityIdsToDelete(ids.subList(0, 60)))
                        .unprocessedIdentityIds())
                .isEmpty();
        assertThat(listIds(pool, false)).isEmpty();
    }

    @Test
    void deletingThePoolDeletesItsIdentities() {
        String pool = newPool();
        String guest = guest(pool);
        String fb = facebookUser();
        String authenticated = getId(pool, Map.of(FACEBOOK, fb));

        cognito.deleteIdentityPool(b -> b.identityPoolId(pool));

        for (String id : List.of(guest, authenticated)) {
            assertError(
                    () -> cognito.describeIdentity(b -> b.identityId(id)),
                    ResourceNotFoundException.class,
                    "Identity '" + id + "' not found.");
            assertError(
                    () -> cognito.getCredentialsForIdentity(b -> b.identityId(id)),
                    ResourceNotFoundException.class,
                    "Identity '" + id + "' not found.");
        }
        assertError(
                () -> getId(pool, Map.of(FACEBOOK, fb)),
                ResourceNotFoundException.class,
                "IdentityPool '" + pool + "' not found.");
        assertError(
                () -> cognito.listIdentities(b -> b.identityPoolId(pool).maxResults(10)),
                ResourceNotFoundException.class,
                "IdentityPool '" + pool + "' not found.");
    }
}
