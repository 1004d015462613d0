package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;

/** UnlinkDeveloperIdentity and UnlinkIdentity (docs/reference/behaviour/operations.md#unlinkdeveloperidentity, #unlinkidentity). */
class UnlinkTest extends IdentityTestSupport {

    private void unlinkDeveloper(String pool, String identityId, String user) {
        cognito.unlinkDeveloperIdentity(b -> b.identityPoolId(pool)
                .identityId(identityId)
                .developerProviderName(DEVELOPER)
                .developerUserIdentifier(user));
    }

    private List<String> developerUsersOf(String pool, String identityId) {
        return cognito.lookupDeveloperIdentity(b -> b.identityPoolId(pool).identityId(identityId))
                .developerUserIdentifierList();
    }

    @Test
    void unlinkDeveloperIdentityRemovesExactlyThatUser() {
        String pool = newPool();
        String id = developerIdentity(pool, "a");
        developerIdentity(pool, "b");
        cognito.mergeDeveloperIdentities(r -> r.identityPoolId(pool)
                .developerProviderName(DEVELOPER)
                .sourceUserIdentifier("b")
                .destinationUserIdentifier("a"));

        unlinkDeveloper(pool, id, "b");

        assertThat(developerUsersOf(pool, id)).containsExactly("a");
        assertThat(developerIdentity(pool, "a")).isEqualTo(id);
        assertThat(listIds(pool, true)).containsExactly(id);
        assertThat(loginsOf(id)).containsExactly(DEVELOPER);
    }

    @Test
    void unlinkedDeveloperUserGetsANewIdentityNextTime() {
        String pool = newPool();
        String id = developerIdentity(pool, "a");
        cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(pool).identityId(id).logins(Map.of(DEVELOPER, "a", FACEBOOK, facebookUser())));

        unlinkDeveloper(pool, id, "a");
        String next = developerIdentity(pool, "a");

        assertThat(next).isNotEqualTo(id);
        assertThat(loginsOf(id)).containsExactly(FACEBOOK);
        assertThat(listIds(pool, true)).containsExactly(id, next);
    }

    @Test
    void unlinkingADeveloperUserNotLinkedToTheIdentityIsAConflict() {
        String pool = newPool();
        String a = developerIdentity(pool, "a");
        developerIdentity(pool, "b");

        errorMessage(() -> unlinkDeveloper(pool, a, "b"), ResourceConflictException.class);
        errorMessage(() -> unlinkDeveloper(pool, a, "nobody"), ResourceConflictException.class);
        assertThat(developerIdentity(pool, "b")).isNotEqualTo(a);
    }

    @Test
    void unlinkDeveloperIdentityWithTheWrongProviderIsNotAuthorized() {
        String pool = newPool();
        String a = developerIdentity(pool, "a");

        assertError(
                () -> cognito.unlinkDeveloperIdentity(b -> b.identityPoolId(pool)
                        .identityId(a)
                        .developerProviderName("login.other.app")
                        .developerUserIdentifier("a")),
                NotAuthorizedException.class,
                DEVELOPER_NOT_SUPPORTED);
    }

    @Test
    void identityLeftWithNothingIsDisabled() {
        String pool = newPool();
        String id = developerIdentity(pool, "a");
        String other = developerIdentity(pool, "b");

        unlinkDeveloper(pool, id, "a");

        assertThat(listIds(pool, true)).containsExactly(other);
        assertThat(listIds(pool, false)).containsExactly(id, other);
        assertThat(loginsOf(id)).isEmpty();
        assertError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(id)),
                NotAuthorizedException.class,
                "Access to Identity '" + id + "' is forbidden.");
    }

    @Test
    void unlinkIdentityRemovesTheNamedProviderAndKeepsTheOther() {
        String pool = newPool();
        String fb = facebookUser();
        String sub = "sub-unlink";
        String id = getId(pool, Map.of(FACEBOOK, fb, USER_POOL, userPoolToken(sub)));

        cognito.unlinkIdentity(
                b -> b.identityId(id).logins(Map.of(FACEBOOK, fb)).loginsToRemove(USER_POOL));

        assertThat(loginsOf(id)).containsExactly(FACEBOOK);
        assertThat(getId(pool, Map.of(FACEBOOK, fb))).isEqualTo(id);
        assertThat(listIds(pool, true)).containsExactly(id);
    }

    @Test
    void unlinkedLoginLaterCreatesANewIdentity() {
        String pool = newPool();
        String fb = facebookUser();
        String sub = "sub-later";
        String id = getId(pool, Map.of(FACEBOOK, fb, USER_POOL, userPoolToken(sub)));

        cognito.unlinkIdentity(
                b -> b.identityId(id).logins(Map.of(FACEBOOK, fb)).loginsToRemove(USER_POOL));
        String fresh = getId(pool, Map.of(USER_POOL, userPoolToken(sub)));

        assertThat(fresh).isNotEqualTo(id);
        assertThat(loginsOf(fresh)).containsExactly(USER_POOL);
        assertThat(loginsOf(id)).containsExactly(FACEBOOK);
    }

    @Test
    void unlinkIdentityWithoutALoginOfTheIdentityIsLoginsDontMatch() {
        String pool = newPool();
        String fb = facebookUser();
        String id = getId(pool, Map.of(FACEBOOK, fb, AMAZON, "amzn-x"));
        String stranger = facebookUser();
        getId(pool, Map.of(FACEBOOK, stranger));

        assertError(
                () -> cognito.unlinkIdentity(
                        b -> b.identityId(id).logins(Map.of(FACEBOOK, stranger)).loginsToRemove(AMAZON)),
                NotAuthorizedException.class,
                LOGINS_DONT_MATCH);
        assertError(
                () -> cognito.unlinkIdentity(b -> b.identityId(id)
                        .logins(Map.of(FACEBOOK, facebookUser()))
                        .loginsToRemove(AMAZON)),
                NotAuthorizedException.class,
                LOGINS_DONT_MATCH);
        assertThat(loginsOf(id)).containsExactlyInAnyOrder(FACEBOOK, AMAZON);
    }

    @Test
    void unlinkingTheLastLoginDisablesTheIdentity() {
        String pool = newPool();
        String fb = facebookUser();
        String id = getId(pool, Map.of(FACEBOOK, fb));

        cognito.unlinkIdentity(
                b -> b.identityId(id).logins(Map.of(FACEBOOK, fb)).loginsToRemove(FACEBOOK));

        assertThat(listIds(pool, true)).isEmpty();
        assertThat(listIds(pool, false)).containsExactly(id);
        assertThat(getId(pool, Map.of(FACEBOOK, fb))).isNotEqualTo(id);
    }

    @Test
    void unlinkIdentityWithADeveloperTokenAsProof() {
        String pool = newPool();
        String fb = facebookUser();
        var response = cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(pool).logins(Map.of(DEVELOPER, "a", FACEBOOK, fb)));

        cognito.unlinkIdentity(b -> b.identityId(response.identityId())
                .logins(Map.of(COGNITO, response.token()))
                .loginsToRemove(FACEBOOK));

        assertThat(loginsOf(response.identityId())).containsExactly(DEVELOPER);
    }

    @Test
    void unlinkIdentityCannotRemoveTheDeveloperProvider() {
        String pool = newPool();
        String fb = facebookUser();
        String id = cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(pool).logins(Map.of(DEVELOPER, "a", FACEBOOK, fb)))
                .identityId();

        errorMessage(
                () -> cognito.unlinkIdentity(
                        b -> b.identityId(id).logins(Map.of(FACEBOOK, fb)).loginsToRemove(DEVELOPER)),
                InvalidParameterException.class);
        assertThat(loginsOf(id)).containsExactlyInAnyOrder(FACEBOOK, DEVELOPER);
    }
}
