package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.tokens.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** GetId: guests, finding identities by login, implicit linking and merging, and login validation (docs/reference/behaviour/login-tokens.md#login-tokens, docs/reference/behaviour/identities.md#getid-with-logins). */
class GetIdTest extends IdentityTestSupport {

    @Test
    void withoutLoginsEveryCallCreatesANewGuestIdentity() {
        String pool = newPool();
        String first = guest(pool);
        String second = guest(pool);

        assertThat(first).startsWith("us-east-1:").isNotEqualTo(second);
        assertThat(listIds(pool, false)).containsExactly(first, second);
        assertThat(loginsOf(first)).isEmpty();
    }

    @Test
    void withoutLoginsOnAPoolWithoutGuestAccessIsNotAuthorized() {
        String pool = newPool(b -> b.allowUnauthenticatedIdentities(false));

        assertError(
                () -> guest(pool),
                NotAuthorizedException.class,
                "Unauthenticated access is not supported for this identity pool.");
        assertThat(listIds(pool, false)).isEmpty();
    }

    @Test
    void sameLoginTwiceGivesTheSameIdentity() {
        String pool = newPool();
        String user = facebookUser();

        String first = getId(pool, Map.of(FACEBOOK, user));
        String second = getId(pool, Map.of(FACEBOOK, user));

        assertThat(second).isEqualTo(first);
        assertThat(listIds(pool, false)).containsExactly(first);
        assertThat(loginsOf(first)).containsExactly(FACEBOOK);
    }

    @Test
    void loginsArePermittedOnAPoolWithoutGuestAccess() {
        String pool = newPool(b -> b.allowUnauthenticatedIdentities(false));
        String id = getId(pool, Map.of(FACEBOOK, facebookUser()));
        assertThat(loginsOf(id)).containsExactly(FACEBOOK);
    }

    @Test
    void twoDifferentTokensWithTheSameSubjectGiveTheSameIdentity() {
        String pool = newPool();
        String sub = UUID.randomUUID().toString();
        String forOneClient = userPoolToken(sub);
        String forAnother = TOKENS.userPoolIdToken(USER_POOL, OTHER_CLIENT_ID)
                .subject(sub)
                .expiresIn(Duration.ofMinutes(10))
                .build();
        assertThat(forOneClient).isNotEqualTo(forAnother);

        String first = getId(pool, Map.of(USER_POOL, forOneClient));
        String second = getId(pool, Map.of(USER_POOL, forAnother));

        assertThat(second).isEqualTo(first);
        assertThat(getId(pool, Map.of(USER_POOL, userPoolToken("someone-else"))))
                .isNotEqualTo(first);
    }

    @Test
    void severalLoginsInOneCallMakeOneIdentityListingProviderNamesOnly() {
        String pool = newPool();
        String fbUser = facebookUser();
        String sub = "sub-" + UUID.randomUUID();

        String id = getId(pool, Map.of(FACEBOOK, fbUser, USER_POOL, userPoolToken(sub)));

        IdentityDescription description = describe(id);
        assertThat(description.logins()).containsExactlyInAnyOrder(FACEBOOK, USER_POOL);
        assertThat(description.logins()).noneMatch(name -> name.contains(fbUser) || name.contains(sub));
        assertThat(getId(pool, Map.of(FACEBOOK, fbUser))).isEqualTo(id);
        assertThat(getId(pool, Map.of(USER_POOL, userPoolToken(sub)))).isEqualTo(id);
        assertThat(listIds(pool, false)).containsExactly(id);
    }

    @Test
    void aNewLoginTogetherWithAKnownOneIsLinkedToTheKnownIdentity() {
        String pool = newPool();
        String fbUser = facebookUser();
        String id = getId(pool, Map.of(FACEBOOK, fbUser));

        String again = getId(pool, Map.of(FACEBOOK, fbUser, AMAZON, "amzn-" + UUID.randomUUID()));

        assertThat(again).isEqualTo(id);
        assertThat(loginsOf(id)).containsExactlyInAnyOrder(FACEBOOK, AMAZON);
    }

    @Test
    void loginsOwnedByTwoIdentitiesMergeIntoTheOlderOneAndDisableTheOther() {
        String pool = newPool();
        String fbUser = facebookUser();
        String amznUser = "amzn-" + UUID.randomUUID();
        String older = getId(pool, Map.of(FACEBOOK, fbUser));
        String newer = getId(pool, Map.of(AMAZON, amznUser));

        String merged = getId(pool, Map.of(AMAZON, amznUser, FACEBOOK, fbUser));

        assertThat(merged).isEqualTo(older);
        assertThat(loginsOf(older)).containsExactlyInAnyOrder(FACEBOOK, AMAZON);
        assertThat(getId(pool, Map.of(AMAZON, amznUser))).isEqualTo(older);
        assertThat(listIds(pool, true)).containsExactly(older);
        assertThat(listIds(pool, false)).containsExactly(older, newer);
        IdentityDescription loser = describe(newer);
        assertThat(loser.identityId()).isEqualTo(newer);
        assertThat(loser.logins()).isEmpty();
    }

    @Test
    void mergeThatWouldGiveOneIdentityTwoUsersOfOneProviderIsAConflict() {
        String pool = newPool();
        String fbA = facebookUser();
        String fbB = facebookUser();
        String amzn = "amzn-" + UUID.randomUUID();
        String a = getId(pool, Map.of(FACEBOOK, fbA, AMAZON, amzn));
        String b = getId(pool, Map.of(FACEBOOK, fbB));

        String message =
                errorMessage(() -> getId(pool, Map.of(AMAZON, amzn, FACEBOOK, fbB)), ResourceConflictException.class);

        assertThat(message).contains(FACEBOOK);
        assertThat(listIds(pool, true)).containsExactly(a, b);
        assertThat(getId(pool, Map.of(FACEBOOK, fbB))).isEqualTo(b);
        assertThat(loginsOf(a)).containsExactlyInAnyOrder(FACEBOOK, AMAZON);
        assertThat(loginsOf(b)).containsExactly(FACEBOOK);
    }

    @Test
    void aSecondUserOfAProviderCannotBeLinkedImplicitly() {
        String pool = newPool();
        String fbA = facebookUser();
        String id = getId(pool, Map.of(FACEBOOK, fbA, AMAZON, "amzn-1" + UUID.randomUUID()));
        String amzn2 = "amzn-2" + UUID.randomUUID();
        // amzn2 is new, fbA belongs to id, which already has another Amazon user
        errorMessage(() -> getId(pool, Map.of(FACEBOOK, fbA, AMAZON, amzn2)), ResourceConflictException.class);
        assertThat(listIds(pool, false)).containsExactly(id);
    }

    @Test
    void unconfiguredPublicProviderIsNotAuthorized() {
        String pool = newPool(b -> b.supportedLoginProviders(Map.of(FACEBOOK, "fb-app-id")));

        assertError(() -> getId(pool, Map.of(AMAZON, "amzn-user")), NotAuthorizedException.class, UNSUPPORTED_PROVIDER);
        assertThat(listIds(pool, false)).isEmpty();
    }

    @Test
    void userPoolTokenUnderItsOwnButUnconfiguredKeyIsNotFromASupportedProvider() {
        String pool = newPool(b -> b.supportedLoginProviders(Map.of(FACEBOOK, "fb-app-id")));
        String other = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Other";

        assertError(
                () -> getId(
                        pool,
                        Map.of(other, TOKENS.userPoolIdToken(other, CLIENT_ID).build())),
                NotAuthorizedException.class,
                UNSUPPORTED_PROVIDER);
        assertThat(listIds(pool, false)).isEmpty();
    }

    @Test
    void cognitoIdentityTokenIsRejected() {
        String pool = newPool();
        String token = developerToken(pool, "dev-user");

        assertError(
                () -> getId(pool, Map.of(COGNITO, token)),
                NotAuthorizedException.class,
                "Invalid login token. Can't pass in a Cognito token.");
    }

    @Test
    void developerProviderNameAsLoginKeyIsNotAuthorized() {
        String pool = newPool();

        assertError(
                () -> getId(pool, Map.of(DEVELOPER, "dev-user")), NotAuthorizedException.class, UNSUPPORTED_PROVIDER);
        assertThat(listIds(pool, false)).isEmpty();
    }

    @Test
    void userPoolTokenIsRefusedAsSoonAsItExpiresPrintingNowAndExp() {
        String pool = newPool();
        String token =
                userPoolIdToken("sub-1").expiresIn(Duration.ofSeconds(-10)).build();
        long exp = Jwt.decode(token).expiresAt().getEpochSecond();

        String message = errorMessage(() -> getId(pool, Map.of(USER_POOL, token)), NotAuthorizedException.class);

        assertThat(message).matches("Invalid login token\\. Token expired: \\d+ >= " + exp);
        long now = Long.parseLong(message.replaceAll(".*: (\\d+) >= .*", "$1"));
        assertThat(now)
                .isBetween(Instant.now().getEpochSecond() - 30, Instant.now().getEpochSecond() + 1);
    }

    @Test
    void googleTokenGetsFiveMinutesOfGraceAndThenPrintsTheEndOfTheGrace() {
        String pool = newPool();
        String withinGrace =
                TOKENS.google(GOOGLE_APP).expiresIn(Duration.ofMinutes(-1)).build();
        String pastGrace =
                TOKENS.google(GOOGLE_APP).expiresIn(Duration.ofMinutes(-10)).build();
        long exp = Jwt.decode(pastGrace).expiresAt().getEpochSecond();

        assertThat(loginsOf(getId(pool, Map.of(GOOGLE, withinGrace)))).containsExactly(GOOGLE);
        assertThat(errorMessage(() -> getId(pool, Map.of(GOOGLE, pastGrace)), NotAuthorizedException.class))
                .matches("Invalid login token\\. Token expired: \\d+ >= " + (exp + 300));
    }

    @Test
    void userPoolTokenWithAnotherIssuerIsRejected() {
        String pool = newPool();
        String token = userPoolIdToken("sub-1")
                .issuer("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Xyz")
                .build();

        assertError(
                () -> getId(pool, Map.of(USER_POOL, token)),
                NotAuthorizedException.class,
                "Invalid login token. Issuer doesn't match providerName");
    }

    @Test
    void userPoolTokenWithoutAudienceIsRejected() {
        String pool = newPool();
        String accessToken = TOKENS.userPoolAccessToken(USER_POOL, CLIENT_ID).build();

        assertError(
                () -> getId(pool, Map.of(USER_POOL, accessToken)),
                NotAuthorizedException.class,
                "Invalid login token. Missing a required claim: aud");
    }

    @Test
    void userPoolTokenForAnUnconfiguredClientIsRejected() {
        String pool = newPool();
        String token = TOKENS.userPoolIdToken(USER_POOL, "some-other-client").build();

        assertError(() -> getId(pool, Map.of(USER_POOL, token)), NotAuthorizedException.class, UNSUPPORTED_PROVIDER);
    }

    @Test
    void unknownPoolIsNotFound() {
        String unknown = "us-east-1:" + UUID.randomUUID();

        assertError(() -> guest(unknown), ResourceNotFoundException.class, "IdentityPool '" + unknown + "' not found.");
        assertError(
                () -> getId(unknown, Map.of(FACEBOOK, facebookUser())),
                ResourceNotFoundException.class,
                "IdentityPool '" + unknown + "' not found.");
    }

    @Test
    void moreThanTenLoginsIsAValidationError() {
        String pool = newPool();
        Map<String, String> logins = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            logins.put("provider" + i + ".example.com", "token" + i);
        }

        assertThat(errorCode(() -> getId(pool, logins))).isEqualTo("ValidationException");
    }
}
