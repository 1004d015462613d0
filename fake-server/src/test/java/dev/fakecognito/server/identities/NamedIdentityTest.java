package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** GetCredentialsForIdentity and GetOpenIdToken: access checks, linking a guest, merging into an authenticated identity (docs/reference/behaviour/identities.md#calls-that-name-an-identity). */
class NamedIdentityTest extends IdentityTestSupport {

    private GetCredentialsForIdentityResponse credentials(String identityId, Map<String, String> logins) {
        return cognito.getCredentialsForIdentity(b -> b.identityId(identityId).logins(logins));
    }

    private GetOpenIdTokenResponse openIdToken(String identityId, Map<String, String> logins) {
        return cognito.getOpenIdToken(b -> b.identityId(identityId).logins(logins));
    }

    @Test
    void unknownIdentityIsNotFound() {
        newPool();
        String unknown = "us-east-1:" + UUID.randomUUID();

        assertError(
                () -> credentials(unknown, Map.of()),
                ResourceNotFoundException.class,
                "Identity '" + unknown + "' not found.");
        assertError(
                () -> openIdToken(unknown, Map.of()),
                ResourceNotFoundException.class,
                "Identity '" + unknown + "' not found.");
        assertError(
                () -> credentials(unknown, Map.of(FACEBOOK, facebookUser())),
                ResourceNotFoundException.class,
                "Identity '" + unknown + "' not found.");
    }

    @Test
    void guestGetsCredentialsAndTokenWithoutLogins() {
        String pool = newPool();
        String guest = guest(pool);

        GetCredentialsForIdentityResponse creds = credentials(guest, Map.of());
        GetOpenIdTokenResponse token = openIdToken(guest, Map.of());

        assertThat(creds.identityId()).isEqualTo(guest);
        assertThat(creds.credentials().accessKeyId()).startsWith("ASIA");
        assertThat(token.identityId()).isEqualTo(guest);
        assertThat(loginsOf(guest)).isEmpty();
    }

    @Test
    void authenticatedIdentityWithoutLoginsIsForbidden() {
        String pool = newPool();
        String id = getId(pool, Map.of(FACEBOOK, facebookUser()));

        assertError(
                () -> credentials(id, Map.of()),
                NotAuthorizedException.class,
                "Access to Identity '" + id + "' is forbidden.");
        assertError(
                () -> openIdToken(id, Map.of()),
                NotAuthorizedException.class,
                "Access to Identity '" + id + "' is forbidden.");
    }

    @Test
    void authenticatedIdentityWithItsOwnLoginIsServed() {
        String pool = newPool();
        String fb = facebookUser();
        String id = getId(pool, Map.of(FACEBOOK, fb));

        assertThat(credentials(id, Map.of(FACEBOOK, fb)).identityId()).isEqualTo(id);
        assertThat(openIdToken(id, Map.of(FACEBOOK, fb)).identityId()).isEqualTo(id);
    }

    @Test
    void authenticatedIdentityWithAnotherUsersLoginIsLoginsDontMatch() {
        String pool = newPool();
        String id = getId(pool, Map.of(FACEBOOK, facebookUser()));
        String other = facebookUser();
        getId(pool, Map.of(FACEBOOK, other));

        assertError(() -> credentials(id, Map.of(FACEBOOK, other)), NotAuthorizedException.class, LOGINS_DONT_MATCH);
        assertError(() -> openIdToken(id, Map.of(FACEBOOK, other)), NotAuthorizedException.class, LOGINS_DONT_MATCH);
        // a login nobody owns yet does not prove anything either
        assertError(
                () -> credentials(id, Map.of(AMAZON, "amzn-" + UUID.randomUUID())),
                NotAuthorizedException.class,
                LOGINS_DONT_MATCH);
        assertThat(loginsOf(id)).containsExactly(FACEBOOK);
    }

    @Test
    void guestGivenItsFirstLoginKeepsItsIdAndBecomesAuthenticated() {
        String pool = newPool();
        String guest = guest(pool);
        String fb = facebookUser();

        GetCredentialsForIdentityResponse creds = credentials(guest, Map.of(FACEBOOK, fb));

        assertThat(creds.identityId()).isEqualTo(guest);
        assertThat(loginsOf(guest)).containsExactly(FACEBOOK);
        assertThat(getId(pool, Map.of(FACEBOOK, fb))).isEqualTo(guest);
        assertError(
                () -> credentials(guest, Map.of()),
                NotAuthorizedException.class,
                "Access to Identity '" + guest + "' is forbidden.");
    }

    @Test
    void guestGivenItsFirstLoginThroughGetOpenIdTokenGetsAnAuthenticatedToken() throws Exception {
        String pool = newPool();
        String guest = guest(pool);
        String sub = UUID.randomUUID().toString();

        GetOpenIdTokenResponse response = openIdToken(guest, Map.of(USER_POOL, userPoolToken(sub)));

        assertThat(response.identityId()).isEqualTo(guest);
        assertThat(loginsOf(guest)).containsExactly(USER_POOL);
        assertThat(SignedJWT.parse(response.token()).getJWTClaimsSet().getStringListClaim("amr"))
                .first()
                .isEqualTo("authenticated");
    }

    @Test
    void guestGivenALoginOfAnAuthenticatedIdentityIsMergedIntoIt() {
        String pool = newPool();
        String fb = facebookUser();
        String authenticated = getId(pool, Map.of(FACEBOOK, fb));
        String guest = guest(pool);

        GetCredentialsForIdentityResponse creds = credentials(guest, Map.of(FACEBOOK, fb));

        assertThat(creds.identityId()).isEqualTo(authenticated).isNotEqualTo(guest);
        assertThat(listIds(pool, true)).containsExactly(authenticated);
        assertThat(listIds(pool, false)).containsExactly(authenticated, guest);
        assertThat(loginsOf(guest)).isEmpty();
        assertThat(loginsOf(authenticated)).containsExactly(FACEBOOK);
    }

    @Test
    void olderGuestGivenALoginOfANewerAuthenticatedIdentityIsMergedIntoTheAuthenticatedOne() {
        String pool = newPool();
        String guest = guest(pool);
        String fb = facebookUser();
        String authenticated = getId(pool, Map.of(FACEBOOK, fb));

        GetOpenIdTokenResponse response = openIdToken(guest, Map.of(FACEBOOK, fb));

        assertThat(response.identityId()).isEqualTo(authenticated);
        assertThat(listIds(pool, true)).containsExactly(authenticated);
        // the disabled guest no longer gets guest credentials
        assertError(
                () -> credentials(guest, Map.of()),
                NotAuthorizedException.class,
                "Access to Identity '" + guest + "' is forbidden.");
    }

    @Test
    void mergedIdentityNamedWithoutLoginsIsForbiddenAndWithALoginActsForItsSurvivor() {
        String pool = newPool();
        String fb = facebookUser();
        String amzn = "amzn-" + UUID.randomUUID();
        String older = getId(pool, Map.of(FACEBOOK, fb));
        String newer = getId(pool, Map.of(AMAZON, amzn));
        getId(pool, Map.of(FACEBOOK, fb, AMAZON, amzn)); // newer is merged into older

        assertError(
                () -> credentials(newer, Map.of()),
                NotAuthorizedException.class,
                "Access to Identity '" + newer + "' is forbidden.");
        assertThat(credentials(newer, Map.of(AMAZON, amzn)).identityId()).isEqualTo(older);
        assertThat(openIdToken(newer, Map.of(FACEBOOK, fb)).identityId()).isEqualTo(older);
    }
}
