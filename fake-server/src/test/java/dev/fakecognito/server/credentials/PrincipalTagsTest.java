package dev.fakecognito.server.credentials;

import static dev.fakecognito.server.credentials.TestProviders.FACEBOOK;
import static dev.fakecognito.server.credentials.TestProviders.FACEBOOK_APP_ID;
import static dev.fakecognito.server.credentials.TestProviders.TOKENS;
import static dev.fakecognito.server.credentials.TestProviders.USER_POOL_CLIENT;
import static dev.fakecognito.server.credentials.TestProviders.USER_POOL_PROVIDER;
import static dev.fakecognito.server.credentials.TestProviders.userPoolIdToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeServerTestBase;
import dev.fakecognito.tokens.Jwt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Principal tags (docs/reference/behaviour/roles-and-credentials.md#principal-tags): a provider's principal-tag map turns claims of its
 * logins into tags in GetOpenIdToken's token and into the session tags of GetCredentialsForIdentity,
 * which the snapshot records.
 */
class PrincipalTagsTest extends FakeServerTestBase {
    private static final String TAGS = "https://aws.amazon.com/tags";
    private static final String POOL_ARN = "https://cognito-identity.amazonaws.com/identity-pool-arn";
    private static final String AMAZON = "www.amazon.com";
    private static final String OIDC = "token.actions.githubusercontent.com/my-org";
    private static final String OIDC_ARN = "arn:aws:iam::123456789012:oidc-provider/" + OIDC;
    private static final String SAML_ARN = "arn:aws:iam::123456789012:saml-provider/Corp";
    private static final String DEVELOPER = "login.example";

    private String newPool() {
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("tags"))
                        .allowUnauthenticatedIdentities(true)
                        .supportedLoginProviders(Map.of(FACEBOOK, FACEBOOK_APP_ID, AMAZON, "amzn1.application.app"))
                        .cognitoIdentityProviders(
                                p -> p.providerName(USER_POOL_PROVIDER).clientId(USER_POOL_CLIENT))
                        .openIdConnectProviderARNs(OIDC_ARN)
                        .samlProviderARNs(SAML_ARN)
                        .developerProviderName(DEVELOPER))
                .identityPoolId();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of(
                        "authenticated", "arn:aws:iam::123456789012:role/Auth",
                        "unauthenticated", "arn:aws:iam::123456789012:role/Guest")));
        return poolId;
    }

    private void mapTags(String poolId, String provider, boolean useDefaults, Map<String, String> tags) {
        cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                .identityProviderName(provider)
                .useDefaults(useDefaults)
                .principalTags(tags));
    }

    /** Signs in with the logins and returns the claims of GetOpenIdToken's token. */
    private Jwt openIdToken(String poolId, Map<String, String> logins) {
        String identityId =
                cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();
        return Jwt.decode(cognito.getOpenIdToken(b -> b.identityId(identityId).logins(logins))
                .token());
    }

    /** Signs in with the logins, asks for credentials and returns the identity as the snapshot shows it. */
    private World.Identity afterCredentials(String poolId, Map<String, String> logins) {
        String identityId =
                cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();
        cognito.getCredentialsForIdentity(b -> b.identityId(identityId).logins(logins));
        return fake.snapshot().pool(poolId).identity(identityId);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> principalTags(Jwt token) {
        return (Map<String, Object>) ((Map<String, Object>) token.claims().get(TAGS)).get("principal_tags");
    }

    @Test
    void mappedClaimsOfAUserPoolTokenBecomeTagsOfTheOpenIdTokenAsOneElementLists() {
        String poolId = newPool();
        mapTags(poolId, USER_POOL_PROVIDER, false, Map.of("department", "custom:department", "team", "custom:team"));
        String idToken =
                userPoolIdToken("alice").claim("custom:department", "finance").build();

        Jwt token = openIdToken(poolId, Map.of(USER_POOL_PROVIDER, idToken));

        assertThat(principalTags(token)).isEqualTo(Map.of("department", List.of("finance")));
        assertThat(new ArrayList<>(token.claims().keySet()))
                .as("claims in the order of real tokens")
                .containsExactly("sub", "aud", "amr", TAGS, "iss", POOL_ARN, "exp", "iat");
        assertThat(token.claims().get(POOL_ARN))
                .isEqualTo("arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + poolId);
    }

    @Test
    void theSameTagsAreRecordedAsTheSessionTagsOfTheCredentials() {
        String poolId = newPool();
        mapTags(
                poolId,
                USER_POOL_PROVIDER,
                false,
                Map.of("department", "custom:department", "groups", "cognito:groups"));
        String idToken = userPoolIdToken("bob")
                .claim("custom:department", "sales")
                .groups("emea", "leads")
                .build();

        World.Identity identity = afterCredentials(poolId, Map.of(USER_POOL_PROVIDER, idToken));

        assertThat(identity.sessionTags()).isEqualTo(Map.of("department", "sales", "groups", "emea,leads"));
        assertThat(principalTags(openIdToken(poolId, Map.of(USER_POOL_PROVIDER, idToken))))
                .containsEntry("groups", List.of("emea", "leads"));
    }

    @Test
    void withoutAMapOrAMappedClaimThereAreNoTagsButAuthenticatedTokensStillNameThePool() {
        String poolId = newPool();
        mapTags(poolId, USER_POOL_PROVIDER, false, Map.of("department", "custom:department"));
        String withoutClaim = userPoolIdToken("carol").build();

        Jwt userPoolToken = openIdToken(poolId, Map.of(USER_POOL_PROVIDER, withoutClaim));
        Jwt facebookToken = openIdToken(poolId, Map.of(FACEBOOK, "dave"));

        assertThat(userPoolToken.claims()).doesNotContainKey(TAGS).containsKey(POOL_ARN);
        assertThat(facebookToken.claims()).doesNotContainKey(TAGS).containsKey(POOL_ARN);
        assertThat(afterCredentials(poolId, Map.of(USER_POOL_PROVIDER, withoutClaim))
                        .sessionTags())
                .isEmpty();
    }

    @Test
    void guestsGetNeitherTagsNorThePoolArn() {
        String poolId = newPool();
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        Jwt token = Jwt.decode(cognito.getOpenIdToken(b -> b.identityId(guest)).token());
        cognito.getCredentialsForIdentity(b -> b.identityId(guest));

        assertThat(token.claims()).doesNotContainKeys(TAGS, POOL_ARN);
        assertThat(fake.snapshot().pool(poolId).identity(guest).sessionTags()).isEmpty();
    }

    @Test
    void useDefaultsTagsTheClientAndTheUserOfAUserPoolLogin() {
        String poolId = newPool();
        mapTags(poolId, USER_POOL_PROVIDER, true, Map.of());

        World.Identity identity = afterCredentials(
                poolId, Map.of(USER_POOL_PROVIDER, userPoolIdToken("erin").build()));

        assertThat(identity.sessionTags()).isEqualTo(Map.of("client", USER_POOL_CLIENT, "username", "erin"));
    }

    @Test
    void useDefaultsTagsTheAppAndTheUserOfFacebookAndAmazonLogins() {
        String poolId = newPool();
        mapTags(poolId, FACEBOOK, true, Map.of());
        mapTags(poolId, AMAZON, true, Map.of("amazon", "iss"));

        assertThat(afterCredentials(poolId, Map.of(FACEBOOK, TOKENS.facebook("frank")))
                        .sessionTags())
                .isEqualTo(Map.of("client", FACEBOOK_APP_ID, "username", "frank"));
        assertThat(afterCredentials(poolId, Map.of(AMAZON, TOKENS.amazon("amzn1.account.G")))
                        .sessionTags())
                .isEqualTo(Map.of("client", "amzn1.application.app", "username", "amzn1.account.G", "amazon", AMAZON));
    }

    @Test
    void aMapSetUnderTheOidcProvidersArnAppliesToItsLogins() {
        String poolId = newPool();
        mapTags(poolId, OIDC_ARN, false, Map.of("repository", "repository", "actor", "actor"));
        String githubToken = TOKENS.oidc(OIDC, "sts.amazonaws.com")
                .subject("repo:my-org/app:ref:refs/heads/main")
                .claim("repository", "my-org/app")
                .claim("actor", "octocat")
                .build();

        Jwt token = openIdToken(poolId, Map.of(OIDC, githubToken));

        assertThat(principalTags(token))
                .isEqualTo(Map.of("repository", List.of("my-org/app"), "actor", List.of("octocat")));
    }

    @Test
    void samlAttributesAreTaggedByTheirNames() {
        String poolId = newPool();
        mapTags(poolId, SAML_ARN, true, Map.of("department", "department"));
        String assertion = TOKENS.saml("alice@corp.example")
                .attribute("department", "finance")
                .attribute("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name", "Alice")
                .build();

        assertThat(afterCredentials(poolId, Map.of(SAML_ARN, assertion)).sessionTags())
                .isEqualTo(Map.of("username", "alice@corp.example", "name", "Alice", "department", "finance"));
    }

    @Test
    void theTagsOfADeveloperTokenAreTheSessionTagsOfCredentialsAskedForWithIt() {
        String poolId = newPool();
        var developer = cognito.getOpenIdTokenForDeveloperIdentity(b ->
                b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "user-1")).principalTags(Map.of("plan", "premium")));

        cognito.getCredentialsForIdentity(b -> b.identityId(developer.identityId())
                .logins(Map.of("cognito-identity.amazonaws.com", developer.token())));

        assertThat(fake.snapshot().pool(poolId).identity(developer.identityId()).sessionTags())
                .isEqualTo(Map.of("plan", "premium"));
    }

    @Test
    void theLastCallDecidesTheRecordedSessionTags() {
        String poolId = newPool();
        mapTags(poolId, USER_POOL_PROVIDER, false, Map.of("department", "custom:department"));
        String tagged = userPoolIdToken("gina").claim("custom:department", "it").build();
        String untagged = userPoolIdToken("gina").build();

        assertThat(afterCredentials(poolId, Map.of(USER_POOL_PROVIDER, tagged)).sessionTags())
                .containsEntry("department", "it");
        assertThat(afterCredentials(poolId, Map.of(USER_POOL_PROVIDER, untagged))
                        .sessionTags())
                .isEmpty();
    }
}
