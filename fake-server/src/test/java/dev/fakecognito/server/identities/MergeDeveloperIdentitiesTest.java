package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** MergeDeveloperIdentities (docs/reference/behaviour/operations.md#mergedeveloperidentities). */
class MergeDeveloperIdentitiesTest extends IdentityTestSupport {

    private String merge(String pool, String source, String destination) {
        return cognito.mergeDeveloperIdentities(b -> b.identityPoolId(pool)
                        .developerProviderName(DEVELOPER)
                        .sourceUserIdentifier(source)
                        .destinationUserIdentifier(destination))
                .identityId();
    }

    private java.util.List<String> developerUsersOf(String pool, String identityId) {
        return cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(pool).identityId(identityId).maxResults(60))
                .developerUserIdentifierList();
    }

    @Test
    void sourceIdentityIsDisabledAndDestinationHoldsBothUsers() {
        String pool = newPool();
        String destination = developerIdentity(pool, "dest");
        String source = developerIdentity(pool, "src");

        String result = merge(pool, "src", "dest");

        assertThat(result).isEqualTo(destination);
        assertThat(developerUsersOf(pool, destination)).containsExactlyInAnyOrder("dest", "src");
        assertThat(developerUsersOf(pool, source)).isEmpty();
        assertThat(loginsOf(destination)).containsExactly(DEVELOPER);
        assertThat(loginsOf(source)).isEmpty();
        assertThat(listIds(pool, true)).containsExactly(destination);
        assertThat(listIds(pool, false)).containsExactly(destination, source);
    }

    @Test
    void afterwardsEitherUserGetsTheDestinationIdentity() {
        String pool = newPool();
        String destination = developerIdentity(pool, "dest");
        developerIdentity(pool, "src");

        merge(pool, "src", "dest");

        assertThat(developerIdentity(pool, "src")).isEqualTo(destination);
        assertThat(developerIdentity(pool, "dest")).isEqualTo(destination);
        assertThat(cognito.lookupDeveloperIdentity(b -> b.identityPoolId(pool).developerUserIdentifier("src"))
                        .identityId())
                .isEqualTo(destination);
        assertThat(listIds(pool, true)).containsExactly(destination);
    }

    @Test
    void destinationMayBeTheNewerIdentity() {
        String pool = newPool();
        String older = developerIdentity(pool, "src");
        String newer = developerIdentity(pool, "dest");

        assertThat(merge(pool, "src", "dest")).isEqualTo(newer);
        assertThat(listIds(pool, true)).containsExactly(newer);
        assertThat(listIds(pool, false)).containsExactly(older, newer);
    }

    @Test
    void publicLoginsOfTheSourceMoveToTheDestination() {
        String pool = newPool();
        String fb = facebookUser();
        String destination = developerIdentity(pool, "dest");
        cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(pool).logins(Map.of(DEVELOPER, "src", FACEBOOK, fb)));

        merge(pool, "src", "dest");

        assertThat(loginsOf(destination)).containsExactlyInAnyOrder(DEVELOPER, FACEBOOK);
        assertThat(getId(pool, Map.of(FACEBOOK, fb))).isEqualTo(destination);
    }

    @Test
    void usersOfTheSameIdentityAreANoOp() {
        String pool = newPool();
        String id = developerIdentity(pool, "a");
        developerIdentity(pool, "b");
        merge(pool, "b", "a");

        assertThat(merge(pool, "a", "b")).isEqualTo(id);
        assertThat(merge(pool, "a", "a")).isEqualTo(id);
        assertThat(listIds(pool, true)).containsExactly(id);
        assertThat(developerUsersOf(pool, id)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void wrongDeveloperProviderNameIsNotAuthorized() {
        String pool = newPool();
        developerIdentity(pool, "a");
        developerIdentity(pool, "b");

        assertError(
                () -> cognito.mergeDeveloperIdentities(b -> b.identityPoolId(pool)
                        .developerProviderName("login.other.app")
                        .sourceUserIdentifier("a")
                        .destinationUserIdentifier("b")),
                NotAuthorizedException.class,
                DEVELOPER_NOT_SUPPORTED);
        assertThat(listIds(pool, true)).hasSize(2);
    }

    @Test
    void unknownUserIsNotFound() {
        String pool = newPool();
        developerIdentity(pool, "a");

        errorMessage(() -> merge(pool, "nobody", "a"), ResourceNotFoundException.class);
        errorMessage(() -> merge(pool, "a", "nobody"), ResourceNotFoundException.class);
        assertThat(listIds(pool, true)).hasSize(1);
    }

    @Test
    void identitiesHoldingDifferentFacebookUsersCannotBeMerged() {
        String pool = newPool();
        String a = cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(pool).logins(Map.of(DEVELOPER, "a", FACEBOOK, facebookUser())))
                .identityId();
        String b = cognito.getOpenIdTokenForDeveloperIdentity(
                        r -> r.identityPoolId(pool).logins(Map.of(DEVELOPER, "b", FACEBOOK, facebookUser())))
                .identityId();

        errorMessage(() -> merge(pool, "a", "b"), ResourceConflictException.class);

        assertThat(listIds(pool, true)).containsExactly(a, b);
        assertThat(developerUsersOf(pool, a)).containsExactly("a");
        assertThat(developerUsersOf(pool, b)).containsExactly("b");
    }

    @Test
    void mergeUpToTwentyLoginsIsAllowedAndBeyondIsAConflict() {
        String pool = newPool();
        String destination = developerIdentity(pool, "d0");
        for (int i = 1; i < 10; i++) {
            developerIdentity(pool, "d" + i);
            merge(pool, "d" + i, "d0");
        }
        developerIdentity(pool, "s0");
        for (int i = 1; i < 10; i++) {
            developerIdentity(pool, "s" + i);
            merge(pool, "s" + i, "s0");
        }
        assertThat(developerUsersOf(pool, destination)).hasSize(10);

        merge(pool, "s0", "d0"); // 10 + 10 = 20 is fine
        assertThat(developerUsersOf(pool, destination)).hasSize(20);

        String extra = developerIdentity(pool, "extra");
        errorMessage(() -> merge(pool, "extra", "d0"), ResourceConflictException.class);
        assertThat(developerIdentity(pool, "extra")).isEqualTo(extra);
        assertThat(developerUsersOf(pool, destination)).hasSize(20);
    }
}
