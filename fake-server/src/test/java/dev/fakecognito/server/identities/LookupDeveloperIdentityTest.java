package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.LookupDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** LookupDeveloperIdentity (docs/reference/behaviour/operations.md#lookupdeveloperidentity). */
class LookupDeveloperIdentityTest extends IdentityTestSupport {

    /** An identity holding developer users {@code u1..un} (merged into u1's identity). */
    private String identityWithDeveloperUsers(String pool, int n) {
        String id = developerIdentity(pool, "u1");
        for (int i = 2; i <= n; i++) {
            developerIdentity(pool, "u" + i);
            String source = "u" + i;
            cognito.mergeDeveloperIdentities(b -> b.identityPoolId(pool)
                    .developerProviderName(DEVELOPER)
                    .sourceUserIdentifier(source)
                    .destinationUserIdentifier("u1"));
        }
        return id;
    }

    @Test
    void byDeveloperUserGivesItsIdentity() {
        String pool = newPool();
        String id = developerIdentity(pool, "u1");
        developerIdentity(pool, "other");

        LookupDeveloperIdentityResponse response = cognito.lookupDeveloperIdentity(
                b -> b.identityPoolId(pool).developerUserIdentifier("u1").maxResults(10));

        assertThat(response.identityId()).isEqualTo(id);
        assertThat(response.developerUserIdentifierList()).containsExactly("u1");
        assertThat(response.nextToken()).isNull();
    }

    @Test
    void byIdentityListsItsDeveloperUsersPageByPage() {
        String pool = newPool();
        String id = identityWithDeveloperUsers(pool, 3);

        List<String> users = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            String token = next;
            LookupDeveloperIdentityResponse page = cognito.lookupDeveloperIdentity(
                    b -> b.identityPoolId(pool).identityId(id).maxResults(1).nextToken(token));
            assertThat(page.identityId()).isEqualTo(id);
            assertThat(page.developerUserIdentifierList()).hasSize(1);
            users.addAll(page.developerUserIdentifierList());
            next = page.nextToken();
            pages++;
        } while (next != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(users).containsExactlyInAnyOrder("u1", "u2", "u3");
    }

    @Test
    void identityWithoutDeveloperUsersGivesAnEmptyList() {
        String pool = newPool();
        String guest = guest(pool);

        LookupDeveloperIdentityResponse response =
                cognito.lookupDeveloperIdentity(b -> b.identityPoolId(pool).identityId(guest));

        assertThat(response.identityId()).isEqualTo(guest);
        assertThat(response.developerUserIdentifierList()).isEmpty();
    }

    @Test
    void bothGivenAndMatchingAnswerTheRequestItselfNotTheWholeList() {
        String pool = newPool();
        String id = developerIdentity(pool, "u1");
        developerIdentity(pool, "u2");
        cognito.mergeDeveloperIdentities(b -> b.identityPoolId(pool)
                .developerProviderName(DEVELOPER)
                .sourceUserIdentifier("u2")
                .destinationUserIdentifier("u1"));

        LookupDeveloperIdentityResponse response = cognito.lookupDeveloperIdentity(b -> b.identityPoolId(pool)
                .identityId(id)
                .developerUserIdentifier("u2")
                .maxResults(1));

        assertThat(response.identityId()).isEqualTo(id);
        assertThat(response.developerUserIdentifierList()).containsExactly("u2");
        assertThat(response.nextToken()).isNull();
        assertThat(cognito.lookupDeveloperIdentity(b -> b.identityPoolId(pool).identityId(id))
                        .developerUserIdentifierList())
                .containsExactly("u1", "u2");
    }

    @Test
    void bothGivenButNotMatchingIsAConflict() {
        String pool = newPool();
        developerIdentity(pool, "u1");
        String other = developerIdentity(pool, "u2");

        assertError(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(pool).identityId(other).developerUserIdentifier("u1")),
                ResourceConflictException.class,
                "Developer user 'u1' is not linked to identity '" + other + "'.");
    }

    @Test
    void bothGivenWithAnUnknownDeveloperUserIsAConflictAndWithAnUnknownIdentityNotFound() {
        String pool = newPool();
        String id = developerIdentity(pool, "u1");
        String unknown = "us-east-1:" + UUID.randomUUID();

        errorMessage(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(pool).identityId(id).developerUserIdentifier("nobody")),
                ResourceConflictException.class);
        assertError(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(pool).identityId(unknown).developerUserIdentifier("u1")),
                ResourceNotFoundException.class,
                "Identity '" + unknown + "' not found.");
    }

    @Test
    void byIdentityInAPoolWithoutDeveloperProviderGivesAnEmptyList() {
        String pool = newPool(b -> b.developerProviderName(null));
        String id = getId(pool, Map.of(FACEBOOK, facebookUser()));

        LookupDeveloperIdentityResponse response =
                cognito.lookupDeveloperIdentity(b -> b.identityPoolId(pool).identityId(id));

        assertThat(response.identityId()).isEqualTo(id);
        assertThat(response.developerUserIdentifierList()).isEmpty();
    }

    @Test
    void neitherGivenIsAnInvalidParameter() {
        String pool = newPool();

        errorMessage(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(pool).maxResults(10)),
                InvalidParameterException.class);
    }

    @Test
    void unknownDeveloperUserIsNotFound() {
        String pool = newPool();
        developerIdentity(pool, "u1");

        errorMessage(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(pool).developerUserIdentifier("nobody")),
                ResourceNotFoundException.class);
    }

    @Test
    void unknownIdentityIsNotFound() {
        String pool = newPool();
        String unknown = "us-east-1:00000000-0000-0000-0000-000000000000";

        assertError(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(pool).identityId(unknown)),
                ResourceNotFoundException.class,
                "Identity '" + unknown + "' not found.");
    }

    @Test
    void nextTokenOfAnotherIdentityIsAnInvalidParameter() {
        String pool = newPool();
        String id = identityWithDeveloperUsers(pool, 2);
        String other = developerIdentity(pool, "x1");
        String token = cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(pool).identityId(id).maxResults(1))
                .nextToken();
        assertThat(token).isNotNull();

        errorMessage(
                () -> cognito.lookupDeveloperIdentity(b ->
                        b.identityPoolId(pool).identityId(other).maxResults(1).nextToken(token)),
                InvalidParameterException.class);
    }
}
