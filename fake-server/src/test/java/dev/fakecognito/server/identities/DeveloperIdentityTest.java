package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.DeveloperUserAlreadyRegisteredException;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidIdentityPoolConfigurationException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/** GetOpenIdTokenForDeveloperIdentity and the developer token it issues (docs/reference/behaviour/identities.md#developer-identities, docs/reference/behaviour/openid-tokens.md#developer-token-claims). */
class DeveloperIdentityTest extends IdentityTestSupport {

    private GetOpenIdTokenForDeveloperIdentityResponse developer(
            String pool, String identityId, Map<String, String> logins) {
        return cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(pool).identityId(identityId).logins(logins));
    }

    private static JWTClaimsSet claimsOf(String token) throws ParseException {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    @Test
    void sameDeveloperUserGetsTheSameIdentityEveryTime() {
        String pool = newPool();

        String first = developerIdentity(pool, "user-1");
        String second = developerIdentity(pool, "user-1");

        assertThat(second).isEqualTo(first);
        assertThat(loginsOf(first)).containsExactly(DEVELOPER);
        assertThat(listIds(pool, false)).containsExactly(first);
    }

    @Test
    void newDeveloperUserGetsANewIdentity() {
        String pool = newPool();

        String first = developerIdentity(pool, "user-1");
        String second = developerIdentity(pool, "user-2");

        assertThat(second).isNotEqualTo(first);
        assertThat(listIds(pool, false)).containsExactly(first, second);
    }

    @Test
    void poolWithoutDeveloperProviderRejectsDeveloperLogins() {
        String pool = newPool(b -> b.developerProviderName(null));

        assertError(() -> developerIdentity(pool, "user-1"), NotAuthorizedException.class, DEVELOPER_NOT_SUPPORTED);
    }

    @Test
    void wrongDeveloperProviderKeyIsRejected() {
        String pool = newPool();

        assertError(
                () -> developer(pool, null, Map.of("login.other.app", "user-1")),
                NotAuthorizedException.class,
                DEVELOPER_NOT_SUPPORTED);
        assertThat(listIds(pool, false)).isEmpty();
    }

    @Test
    void developerUserIsLinkedToTheGuestIdentityGiven() {
        String pool = newPool();
        String guest = guest(pool);

        GetOpenIdTokenForDeveloperIdentityResponse response = developer(pool, guest, Map.of(DEVELOPER, "user-1"));

        assertThat(response.identityId()).isEqualTo(guest);
        assertThat(loginsOf(guest)).containsExactly(DEVELOPER);
        assertThat(developerIdentity(pool, "user-1")).isEqualTo(guest);
        assertThat(listIds(pool, true)).containsExactly(guest);
    }

    @Test
    void developerUserAlreadyLinkedElsewhereCannotBeLinkedToTheGivenIdentity() {
        String pool = newPool();
        String owner = developerIdentity(pool, "user-1");
        String guest = guest(pool);

        assertThat(errorMessage(
                        () -> developer(pool, guest, Map.of(DEVELOPER, "user-1")),
                        DeveloperUserAlreadyRegisteredException.class))
                .isNotBlank();
        assertThat(loginsOf(guest)).isEmpty();
        assertThat(developerIdentity(pool, "user-1")).isEqualTo(owner);
    }

    @Test
    void givenIdentityThatAlreadyHoldsTheDeveloperUserIsTheRefreshCase() {
        String pool = newPool();
        String id = developerIdentity(pool, "user-1");

        assertThat(developer(pool, id, Map.of(DEVELOPER, "user-1")).identityId())
                .isEqualTo(id);
    }

    @Test
    void authenticatedIdentityGivenOnlyANewDeveloperUserIsLoginsDontMatch() {
        String pool = newPool();
        String fb = facebookUser();
        String id = getId(pool, Map.of(FACEBOOK, fb));

        assertError(
                () -> developer(pool, id, Map.of(DEVELOPER, "user-new")),
                NotAuthorizedException.class,
                LOGINS_DONT_MATCH);
        assertThat(loginsOf(id)).containsExactly(FACEBOOK);

        // with one of its own logins the developer user is linked
        assertThat(developer(pool, id, Map.of(DEVELOPER, "user-new", FACEBOOK, fb))
                        .identityId())
                .isEqualTo(id);
        assertThat(loginsOf(id)).containsExactlyInAnyOrder(FACEBOOK, DEVELOPER);
    }

    @Test
    void tokenDurationIsHonouredAndDefaultsTo900Seconds() throws Exception {
        String pool = newPool();

        JWTClaimsSet byDefault = claimsOf(developerToken(pool, "user-1"));
        JWTClaimsSet custom = claimsOf(cognito.getOpenIdTokenForDeveloperIdentity(b -> b.identityPoolId(pool)
                        .logins(Map.of(DEVELOPER, "user-1"))
                        .tokenDuration(14400L))
                .token());

        assertThat(byDefault.getExpirationTime().getTime()
                        - byDefault.getIssueTime().getTime())
                .isEqualTo(900_000L);
        assertThat(custom.getExpirationTime().getTime() - custom.getIssueTime().getTime())
                .isEqualTo(14_400_000L);
    }

    @Test
    void tokenCarriesPoolArnAndDeveloperAmr() throws Exception {
        String pool = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse response = developer(pool, null, Map.of(DEVELOPER, "user-7"));

        JWTClaimsSet claims = claimsOf(response.token());

        assertThat(claims.getSubject()).isEqualTo(response.identityId());
        assertThat(claims.getAudience()).containsExactly(pool);
        assertThat(claims.getIssuer()).isEqualTo("https://cognito-identity.amazonaws.com");
        assertThat(claims.getStringClaim("https://cognito-identity.amazonaws.com/identity-pool-arn"))
                .isEqualTo("arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + pool);
        assertThat(claims.getStringListClaim("amr"))
                .containsExactly("authenticated", DEVELOPER, DEVELOPER + ":" + pool + ":user-7");
    }

    @Test
    void developerTokenGetsAuthenticatedCredentials() {
        String pool = newPool();
        GetOpenIdTokenForDeveloperIdentityResponse response = developer(pool, null, Map.of(DEVELOPER, "user-1"));
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(pool).roles(Map.of("authenticated", AUTH_ROLE)));

        var creds = cognito.getCredentialsForIdentity(
                b -> b.identityId(response.identityId()).logins(Map.of(COGNITO, response.token())));

        assertThat(creds.identityId()).isEqualTo(response.identityId());
        assertThat(creds.credentials().accessKeyId()).startsWith("ASIA");

        // with only the unauthenticated role the same call has no role to use: so the authenticated one was chosen
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(pool).roles(Map.of("unauthenticated", UNAUTH_ROLE)));
        assertThat(errorMessage(
                        () -> cognito.getCredentialsForIdentity(
                                b -> b.identityId(response.identityId()).logins(Map.of(COGNITO, response.token()))),
                        InvalidIdentityPoolConfigurationException.class))
                .isEqualTo("Invalid identity pool configuration. Check assigned IAM roles for this pool.");
    }

    @Test
    void developerTokenOfAnotherIdentityIsNotAuthorized() {
        String pool = newPool();
        String mine = developerIdentity(pool, "user-1");
        String othersToken = developerToken(pool, "user-2");

        assertThat(errorMessage(
                        () -> cognito.getCredentialsForIdentity(
                                b -> b.identityId(mine).logins(Map.of(COGNITO, othersToken))),
                        NotAuthorizedException.class))
                .startsWith("Invalid login token.");
    }

    @Test
    void developerTokenFromAnotherPoolIsNotAuthorized() {
        String pool = newPool();
        String otherPool = newPool();
        String mine = developerIdentity(pool, "user-1");
        String foreign = developerToken(otherPool, "user-1");

        assertThat(errorMessage(
                        () -> cognito.getCredentialsForIdentity(
                                b -> b.identityId(mine).logins(Map.of(COGNITO, foreign))),
                        NotAuthorizedException.class))
                .startsWith("Invalid login token.");
    }

    @Test
    void publicLoginsGivenWithTheDeveloperUserAreLinkedToItsIdentity() {
        String pool = newPool();
        String fb = facebookUser();

        String id =
                developer(pool, null, Map.of(DEVELOPER, "user-1", FACEBOOK, fb)).identityId();

        assertThat(loginsOf(id)).containsExactlyInAnyOrder(FACEBOOK, DEVELOPER);
        assertThat(getId(pool, Map.of(FACEBOOK, fb))).isEqualTo(id);
    }
}
