package dev.fakecognito.server.credentials;

import static dev.fakecognito.server.credentials.TestProviders.FACEBOOK;
import static dev.fakecognito.server.credentials.TestProviders.USER_POOL_MAPPING_KEY;
import static dev.fakecognito.server.credentials.TestProviders.USER_POOL_PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeServerTestBase;
import dev.fakecognito.tokens.LoginTokens;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidIdentityPoolConfigurationException;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;

/**
 * Which role GetCredentialsForIdentity picks (docs/behaviour.md#role-selection). The response carries no role, so each case is set
 * up so that every other path would end differently (a pool without the authenticated role answers
 * InvalidIdentityPoolConfiguration when the mapping is not used, and a mapping with {@code Deny} answers
 * NotAuthorized when no rule or role claim decides), and the role chosen is read from the fake's snapshot
 * ({@code lastRole} of the identity).
 */
class RoleSelectionTest extends FakeServerTestBase {
    private static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/Auth";
    private static final String UNAUTH_ROLE = "arn:aws:iam::123456789012:role/Guest";
    private static final String ADMIN_ROLE = "arn:aws:iam::123456789012:role/Admin";
    private static final String SALES_ROLE = "arn:aws:iam::123456789012:role/Sales";
    private static final String READER_ROLE = "arn:aws:iam::123456789012:role/Reader";
    private static final String INVALID_CONFIGURATION =
            "Invalid identity pool configuration. Check assigned IAM roles for this pool.";
    private static final String USER_POOL_DENIED =
            "The ambiguous role mapping rules for: " + USER_POOL_MAPPING_KEY + " denied this request.";

    // ---- helpers ----

    /** A fresh pool with Facebook and the user pool app client configured, guests allowed. */
    private String newPool() {
        return cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("roles"))
                        .allowUnauthenticatedIdentities(true)
                        .supportedLoginProviders(Map.of(FACEBOOK, TestProviders.FACEBOOK_APP_ID))
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .providerName(USER_POOL_PROVIDER)
                                .clientId(TestProviders.USER_POOL_CLIENT)
                                .build()))
                .identityPoolId();
    }

    private void setRoles(String poolId, Map<String, String> roles, Map<String, RoleMapping> mappings) {
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(roles).roleMappings(mappings));
    }

    private static RoleMapping tokenMapping(AmbiguousRoleResolutionType ambiguous) {
        return RoleMapping.builder()
                .type(RoleMappingType.TOKEN)
                .ambiguousRoleResolution(ambiguous)
                .build();
    }

    private static RoleMapping rulesMapping(AmbiguousRoleResolutionType ambiguous, MappingRule... rules) {
        return RoleMapping.builder()
                .type(RoleMappingType.RULES)
                .ambiguousRoleResolution(ambiguous)
                .rulesConfiguration(c -> c.rules(Arrays.asList(rules)))
                .build();
    }

    private static MappingRule rule(String claim, MappingRuleMatchType matchType, String value, String role) {
        return MappingRule.builder()
                .claim(claim)
                .matchType(matchType)
                .value(value)
                .roleARN(role)
                .build();
    }

    /** A user pool ID token for a new user with the given extra claims. */
    private static String userPoolToken(Map<String, Object> claims) {
        LoginTokens.JwtToken token = TestProviders.userPoolIdToken("user-" + UUID.randomUUID());
        claims.forEach(token::claim);
        return token.build();
    }

    private static String userPoolToken() {
        return userPoolToken(Map.of());
    }

    private static Map<String, Object> claims(Object... keysAndValues) {
        Map<String, Object> claims = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            claims.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return claims;
    }

    /** Signs in with one login (GetId) and asks for credentials with the same login. */
    private GetCredentialsForIdentityResponse credentials(
            String poolId, String provider, String token, String customRoleArn) {
        Map<String, String> logins = Map.of(provider, token);
        String identityId =
                cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();
        return cognito.getCredentialsForIdentity(
                b -> b.identityId(identityId).logins(logins).customRoleArn(customRoleArn));
    }

    private GetCredentialsForIdentityResponse userPoolCredentials(String poolId, String token) {
        return credentials(poolId, USER_POOL_PROVIDER, token, null);
    }

    private static void assertGranted(GetCredentialsForIdentityResponse response) {
        assertThat(response.credentials().accessKeyId()).startsWith("ASIA");
    }

    /** Credentials were granted, with this role (the last role the fake chose for the identity). */
    private void assertGrantedWithRole(GetCredentialsForIdentityResponse response, String role) {
        assertGranted(response);
        String identityId = response.identityId();
        World.Identity identity = fake.snapshot().identityPools().stream()
                .map(pool -> pool.identity(identityId))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no identity " + identityId + " in the snapshot"));
        assertThat(identity.lastRole()).as("role chosen for %s", identityId).isEqualTo(role);
    }

    private static void assertFails(
            ThrowingCallable call, Class<? extends CognitoIdentityException> type, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(type)
                .satisfies(e -> assertThat(
                                ((CognitoIdentityException) e).awsErrorDetails().errorMessage())
                        .isEqualTo(message));
    }

    private void assertUserPoolDenied(String poolId, String token) {
        assertFails(() -> userPoolCredentials(poolId, token), NotAuthorizedException.class, USER_POOL_DENIED);
    }

    // ---- guests ----

    @Test
    void guestGetsTheUnauthenticatedRole() {
        String poolId = newPool();
        setRoles(poolId, Map.of("unauthenticated", UNAUTH_ROLE, "authenticated", AUTH_ROLE), Map.of());
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        assertGrantedWithRole(cognito.getCredentialsForIdentity(b -> b.identityId(identityId)), UNAUTH_ROLE);
    }

    @Test
    void guestWithoutAnUnauthenticatedRoleIsAnInvalidPoolConfiguration() {
        String poolId = newPool();
        setRoles(poolId, Map.of("authenticated", AUTH_ROLE), Map.of());
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        assertFails(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(identityId)),
                InvalidIdentityPoolConfigurationException.class,
                INVALID_CONFIGURATION);
    }

    @Test
    void guestOfAPoolWithoutAnyRoleIsAnInvalidPoolConfiguration() {
        String poolId = newPool();
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        assertFails(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(identityId)),
                InvalidIdentityPoolConfigurationException.class,
                INVALID_CONFIGURATION);
    }

    // ---- authenticated, no mapping ----

    @Test
    void facebookUserGetsTheAuthenticatedRole() {
        String poolId = newPool();
        setRoles(poolId, Map.of("authenticated", AUTH_ROLE, "unauthenticated", UNAUTH_ROLE), Map.of());

        assertGrantedWithRole(credentials(poolId, FACEBOOK, "fb-token-" + UUID.randomUUID(), null), AUTH_ROLE);
    }

    @Test
    void facebookUserWithoutAnAuthenticatedRoleIsAnInvalidPoolConfiguration() {
        String poolId = newPool();
        setRoles(poolId, Map.of("unauthenticated", UNAUTH_ROLE), Map.of());

        assertFails(
                () -> credentials(poolId, FACEBOOK, "fb-token-" + UUID.randomUUID(), null),
                InvalidIdentityPoolConfigurationException.class,
                INVALID_CONFIGURATION);
    }

    @Test
    void userPoolUserWithoutAMappingGetsTheAuthenticatedRole() {
        String poolId = newPool();
        setRoles(poolId, Map.of("authenticated", AUTH_ROLE), Map.of());
        assertGranted(userPoolCredentials(poolId, userPoolToken(claims("cognito:preferred_role", ADMIN_ROLE))));

        setRoles(poolId, Map.of("unauthenticated", UNAUTH_ROLE), Map.of());
        assertFails(
                () -> userPoolCredentials(poolId, userPoolToken(claims("cognito:preferred_role", ADMIN_ROLE))),
                InvalidIdentityPoolConfigurationException.class,
                INVALID_CONFIGURATION);
    }

    @Test
    void allowClassicFlowFalseDoesNotAffectGetCredentialsForIdentity() {
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("roles"))
                        .allowUnauthenticatedIdentities(true)
                        .allowClassicFlow(false))
                .identityPoolId();
        setRoles(poolId, Map.of("unauthenticated", UNAUTH_ROLE), Map.of());
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        assertGranted(cognito.getCredentialsForIdentity(b -> b.identityId(identityId)));
    }

    // ---- Token mappings ----

    @Test
    void tokenMappingUsesThePreferredRoleClaim() {
        String poolId = newPool();
        // No authenticated role and Deny: only the preferred role can grant credentials.
        setRoles(
                poolId,
                Map.of("unauthenticated", UNAUTH_ROLE),
                Map.of(USER_POOL_MAPPING_KEY, tokenMapping(AmbiguousRoleResolutionType.DENY)));

        assertGrantedWithRole(
                userPoolCredentials(
                        poolId,
                        userPoolToken(claims(
                                "cognito:roles",
                                List.of(ADMIN_ROLE, READER_ROLE),
                                "cognito:preferred_role",
                                ADMIN_ROLE))),
                ADMIN_ROLE);
        // Control: the same mapping without the claim ends in Deny, so the mapping is in force.
        assertUserPoolDenied(poolId, userPoolToken(claims("cognito:roles", List.of(ADMIN_ROLE, READER_ROLE))));
    }

    @Test
    void tokenMappingAcceptsACustomRoleArnListedInCognitoRoles() {
        String poolId = newPool();
        setRoles(
                poolId,
                Map.of("unauthenticated", UNAUTH_ROLE),
                Map.of(USER_POOL_MAPPING_KEY, tokenMapping(AmbiguousRoleResolutionType.DENY)));
        String token = userPoolToken(
                claims("cognito:roles", List.of(ADMIN_ROLE, READER_ROLE), "cognito:preferred_role", ADMIN_ROLE));

        // CustomRoleArn wins over the preferred role.
        assertGrantedWithRole(credentials(poolId, USER_POOL_PROVIDER, token, READER_ROLE), READER_ROLE);
    }

    @Test
    void tokenMappingRefusesACustomRoleArnNotInCognitoRoles() {
        String poolId = newPool();
        // Authenticated role present and ambiguity resolved to it: the refusal can only come from CustomRoleArn.
        setRoles(
                poolId,
                Map.of("authenticated", AUTH_ROLE),
                Map.of(USER_POOL_MAPPING_KEY, tokenMapping(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)));
        String token =
                userPoolToken(claims("cognito:roles", List.of(READER_ROLE), "cognito:preferred_role", READER_ROLE));

        assertThatThrownBy(() -> credentials(poolId, USER_POOL_PROVIDER, token, ADMIN_ROLE))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining(ADMIN_ROLE);
    }

    @Test
    void tokenMappingWithoutRoleClaimsFallsBackToTheAuthenticatedRole() {
        String poolId = newPool();
        setRoles(
                poolId,
                Map.of("authenticated", AUTH_ROLE),
                Map.of(USER_POOL_MAPPING_KEY, tokenMapping(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)));
        assertGrantedWithRole(userPoolCredentials(poolId, userPoolToken()), AUTH_ROLE);

        // Control: the same mapping without an authenticated role shows it was that role.
        setRoles(
                poolId,
                Map.of("unauthenticated", UNAUTH_ROLE),
                Map.of(USER_POOL_MAPPING_KEY, tokenMapping(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)));
        assertFails(
                () -> userPoolCredentials(poolId, userPoolToken()),
                InvalidIdentityPoolConfigurationException.class,
                INVALID_CONFIGURATION);
    }

    @Test
    void tokenMappingWithoutRoleClaimsAndDenyRefusesWithTheProviderKey() {
        String poolId = newPool();
        setRoles(
                poolId,
                Map.of("authenticated", AUTH_ROLE),
                Map.of(USER_POOL_MAPPING_KEY, tokenMapping(AmbiguousRoleResolutionType.DENY)));

        assertUserPoolDenied(poolId, userPoolToken());
    }

    // ---- Rules mappings ----

    /** A pool whose only way to credentials for user pool users is a matching rule. */
    private String poolWithRules(MappingRule... rules) {
        String poolId = newPool();
        setRoles(
                poolId,
                Map.of("unauthenticated", UNAUTH_ROLE),
                Map.of(USER_POOL_MAPPING_KEY, rulesMapping(AmbiguousRoleResolutionType.DENY, rules)));
        return poolId;
    }

    @Test
    void equalsRuleMatchesTheExactClaimValue() {
        String poolId = poolWithRules(rule("custom:dept", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE));

        assertGrantedWithRole(userPoolCredentials(poolId, userPoolToken(claims("custom:dept", "sales"))), SALES_ROLE);
        assertUserPoolDenied(poolId, userPoolToken(claims("custom:dept", "sales-emea")));
        assertUserPoolDenied(poolId, userPoolToken(claims("custom:dept", "Sales")));
        assertUserPoolDenied(poolId, userPoolToken());
    }

    @Test
    void notEqualRuleMatchesAPresentDifferentValueAndIsSkippedWhenTheClaimIsMissing() {
        String poolId = poolWithRules(rule("custom:dept", MappingRuleMatchType.NOT_EQUAL, "sales", READER_ROLE));

        assertGrantedWithRole(
                userPoolCredentials(poolId, userPoolToken(claims("custom:dept", "marketing"))), READER_ROLE);
        assertUserPoolDenied(poolId, userPoolToken(claims("custom:dept", "sales")));
        assertUserPoolDenied(poolId, userPoolToken());
    }

    @Test
    void startsWithRuleMatchesAPrefix() {
        String poolId = poolWithRules(rule("custom:dept", MappingRuleMatchType.STARTS_WITH, "sal", SALES_ROLE));

        assertGranted(userPoolCredentials(poolId, userPoolToken(claims("custom:dept", "sales-emea"))));
        assertUserPoolDenied(poolId, userPoolToken(claims("custom:dept", "presales")));
    }

    @Test
    void containsRuleMatchesASubstring() {
        String poolId = poolWithRules(rule("custom:dept", MappingRuleMatchType.CONTAINS, "ale", SALES_ROLE));

        assertGranted(userPoolCredentials(poolId, userPoolToken(claims("custom:dept", "presales"))));
        assertUserPoolDenied(poolId, userPoolToken(claims("custom:dept", "marketing")));
    }

    @Test
    void containsRuleMatchesAnElementOfAListClaim() {
        String poolId = poolWithRules(rule("cognito:groups", MappingRuleMatchType.CONTAINS, "admin", ADMIN_ROLE));

        assertGranted(userPoolCredentials(poolId, userPoolToken(claims("cognito:groups", List.of("users", "admins")))));
        assertGranted(userPoolCredentials(poolId, userPoolToken(claims("cognito:groups", List.of("superadmin")))));
        assertUserPoolDenied(poolId, userPoolToken(claims("cognito:groups", List.of("users", "readers"))));
    }

    @Test
    void equalsRuleOnAListClaimMatchesOneOfItsElements() {
        String poolId = poolWithRules(rule("cognito:groups", MappingRuleMatchType.EQUALS, "admins", ADMIN_ROLE));

        assertGranted(userPoolCredentials(poolId, userPoolToken(claims("cognito:groups", List.of("users", "admins")))));
        assertUserPoolDenied(poolId, userPoolToken(claims("cognito:groups", List.of("users"))));
    }

    @Test
    void aLaterRuleMatchesWhenEarlierOnesDoNot() {
        String poolId = poolWithRules(
                rule("custom:dept", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE),
                rule("cognito:groups", MappingRuleMatchType.CONTAINS, "admins", ADMIN_ROLE));

        assertGrantedWithRole(
                userPoolCredentials(
                        poolId, userPoolToken(claims("custom:dept", "marketing", "cognito:groups", List.of("admins")))),
                ADMIN_ROLE);
        assertUserPoolDenied(poolId, userPoolToken(claims("custom:dept", "marketing", "cognito:groups", List.of())));
    }

    @Test
    void firstMatchingRuleWinsWhenSeveralMatch() {
        String poolId = poolWithRules(
                rule("custom:dept", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE),
                rule("cognito:groups", MappingRuleMatchType.CONTAINS, "admins", ADMIN_ROLE));
        String bothMatch = userPoolToken(claims("custom:dept", "sales", "cognito:groups", List.of("admins")));

        assertGrantedWithRole(userPoolCredentials(poolId, bothMatch), SALES_ROLE);

        // The order of the rules decides, not the claims: swapped rules pick the other role.
        String swapped = poolWithRules(
                rule("cognito:groups", MappingRuleMatchType.CONTAINS, "admins", ADMIN_ROLE),
                rule("custom:dept", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE));
        assertGrantedWithRole(
                userPoolCredentials(
                        swapped, userPoolToken(claims("custom:dept", "sales", "cognito:groups", List.of("admins")))),
                ADMIN_ROLE);
    }

    @Test
    void customRoleArnEqualToALaterMatchingRulesRoleWins() {
        String poolId = poolWithRules(
                rule("custom:dept", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE),
                rule("cognito:groups", MappingRuleMatchType.CONTAINS, "admins", ADMIN_ROLE));
        String token = userPoolToken(claims("custom:dept", "sales", "cognito:groups", List.of("admins")));

        assertGrantedWithRole(credentials(poolId, USER_POOL_PROVIDER, token, ADMIN_ROLE), ADMIN_ROLE);
    }

    @Test
    void customRoleArnOfNoMatchingRuleFallsBackToTheFirstMatchingRule() {
        String poolId = poolWithRules(
                rule("custom:dept", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE),
                rule("cognito:groups", MappingRuleMatchType.CONTAINS, "admins", ADMIN_ROLE));
        // The second rule does not match, so its role named as CustomRoleArn does not apply.
        String token = userPoolToken(claims("custom:dept", "sales", "cognito:groups", List.of("users")));

        assertGrantedWithRole(credentials(poolId, USER_POOL_PROVIDER, token, ADMIN_ROLE), SALES_ROLE);
    }

    @Test
    void noMatchingRuleWithDenyRefusesWithTheProviderKey() {
        String poolId = poolWithRules(rule("custom:dept", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE));

        assertUserPoolDenied(poolId, userPoolToken(claims("custom:dept", "marketing")));
    }

    @Test
    void noMatchingRuleWithAuthenticatedRoleResolutionUsesTheAuthenticatedRole() {
        String poolId = newPool();
        Map<String, RoleMapping> mappings = Map.of(
                USER_POOL_MAPPING_KEY,
                rulesMapping(
                        AmbiguousRoleResolutionType.AUTHENTICATED_ROLE,
                        rule("custom:dept", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE)));
        setRoles(poolId, Map.of("authenticated", AUTH_ROLE), mappings);
        assertGrantedWithRole(
                userPoolCredentials(poolId, userPoolToken(claims("custom:dept", "marketing"))), AUTH_ROLE);

        // Control: without the authenticated role the same request has no role left.
        setRoles(poolId, Map.of("unauthenticated", UNAUTH_ROLE), mappings);
        assertFails(
                () -> userPoolCredentials(poolId, userPoolToken(claims("custom:dept", "marketing"))),
                InvalidIdentityPoolConfigurationException.class,
                INVALID_CONFIGURATION);
    }

    @Test
    void aMappingForFacebookAppliesToFacebookLogins() {
        String poolId = newPool();
        // A Facebook login has only iss, aud and sub, so this rule never matches and Deny decides.
        // Without the mapping the authenticated role would grant credentials.
        setRoles(
                poolId,
                Map.of("authenticated", AUTH_ROLE),
                Map.of(
                        FACEBOOK,
                        rulesMapping(
                                AmbiguousRoleResolutionType.DENY,
                                rule("custom:dept", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE))));

        assertFails(
                () -> credentials(poolId, FACEBOOK, "fb-token-" + UUID.randomUUID(), null),
                NotAuthorizedException.class,
                "The ambiguous role mapping rules for: graph.facebook.com denied this request.");
        // The Facebook mapping does not apply to user pool logins of the same pool.
        assertGranted(userPoolCredentials(poolId, userPoolToken()));
    }

    @Test
    void aUserPoolMappingDoesNotApplyToFacebookLogins() {
        String poolId = newPool();
        setRoles(
                poolId,
                Map.of("authenticated", AUTH_ROLE),
                Map.of(USER_POOL_MAPPING_KEY, tokenMapping(AmbiguousRoleResolutionType.DENY)));

        assertGrantedWithRole(credentials(poolId, FACEBOOK, "fb-token-" + UUID.randomUUID(), null), AUTH_ROLE);
        assertUserPoolDenied(poolId, userPoolToken());
    }

    // ---- claims of other providers ----

    private static final String AMAZON = "www.amazon.com";
    private static final String OIDC = "login.example.com";
    private static final String OIDC_ARN = "arn:aws:iam::123456789012:oidc-provider/" + OIDC;
    private static final String SAML_ARN = "arn:aws:iam::123456789012:saml-provider/Corp";

    /** A pool with Facebook, Login with Amazon, an OIDC and a SAML provider, and no authenticated role. */
    private String poolOfEveryProvider(Map<String, RoleMapping> mappings) {
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("providers"))
                        .allowUnauthenticatedIdentities(false)
                        .supportedLoginProviders(Map.of(FACEBOOK, TestProviders.FACEBOOK_APP_ID, AMAZON, "amzn-app"))
                        .openIdConnectProviderARNs(OIDC_ARN)
                        .samlProviderARNs(SAML_ARN))
                .identityPoolId();
        setRoles(poolId, Map.of(), mappings);
        return poolId;
    }

    @Test
    void facebookRulesMatchTheIssuerTheAppIdAndTheUser() {
        String poolId = poolOfEveryProvider(Map.of(
                FACEBOOK,
                rulesMapping(
                        AmbiguousRoleResolutionType.DENY,
                        rule("sub", MappingRuleMatchType.EQUALS, "alice", ADMIN_ROLE),
                        rule("aud", MappingRuleMatchType.EQUALS, TestProviders.FACEBOOK_APP_ID, SALES_ROLE),
                        rule("iss", MappingRuleMatchType.EQUALS, "graph.facebook.com", READER_ROLE))));

        assertGrantedWithRole(credentials(poolId, FACEBOOK, TestProviders.TOKENS.facebook("alice"), null), ADMIN_ROLE);
        assertGrantedWithRole(credentials(poolId, FACEBOOK, TestProviders.TOKENS.facebook("bob"), null), SALES_ROLE);
        assertGrantedWithRole(
                credentials(poolId, FACEBOOK, TestProviders.TOKENS.facebook("bob"), READER_ROLE), READER_ROLE);
    }

    @Test
    void amazonRulesMatchTheUserAsSub() {
        String poolId = poolOfEveryProvider(Map.of(
                AMAZON,
                rulesMapping(
                        AmbiguousRoleResolutionType.DENY,
                        rule("sub", MappingRuleMatchType.STARTS_WITH, "amzn1.account.ADMIN", ADMIN_ROLE),
                        rule("aud", MappingRuleMatchType.EQUALS, "amzn-app", READER_ROLE))));

        assertGrantedWithRole(
                credentials(poolId, AMAZON, TestProviders.TOKENS.amazon("amzn1.account.ADMIN-1"), null), ADMIN_ROLE);
        assertGrantedWithRole(
                credentials(poolId, AMAZON, TestProviders.TOKENS.amazon("amzn1.account.X"), null), READER_ROLE);
    }

    @Test
    void anOidcMappingKeyedByTheProvidersArnAppliesToItsLogins() {
        String poolId = poolOfEveryProvider(Map.of(
                OIDC_ARN,
                rulesMapping(
                        AmbiguousRoleResolutionType.DENY,
                        rule("groups", MappingRuleMatchType.CONTAINS, "admin", ADMIN_ROLE))));

        assertGrantedWithRole(
                credentials(
                        poolId,
                        OIDC,
                        TestProviders.TOKENS
                                .oidc(OIDC, "client")
                                .claim("groups", List.of("staff", "admins"))
                                .build(),
                        null),
                ADMIN_ROLE);
        assertFails(
                () -> credentials(
                        poolId, OIDC, TestProviders.TOKENS.oidc(OIDC, "client").build(), null),
                NotAuthorizedException.class,
                "The ambiguous role mapping rules for: " + OIDC_ARN + " denied this request.");
    }

    @Test
    void anOidcMappingKeyedByNameWinsOverOneKeyedByArn() {
        String poolId = poolOfEveryProvider(Map.of(
                OIDC, tokenMapping(AmbiguousRoleResolutionType.DENY),
                OIDC_ARN,
                        rulesMapping(
                                AmbiguousRoleResolutionType.DENY,
                                rule("sub", MappingRuleMatchType.NOT_EQUAL, "nobody", ADMIN_ROLE))));

        assertFails(
                () -> credentials(
                        poolId, OIDC, TestProviders.TOKENS.oidc(OIDC, "client").build(), null),
                NotAuthorizedException.class,
                "The ambiguous role mapping rules for: " + OIDC + " denied this request.");
    }

    @Test
    void samlRulesMatchAttributesByNameAndAnyOfTheirValues() {
        String poolId = poolOfEveryProvider(Map.of(
                SAML_ARN,
                rulesMapping(
                        AmbiguousRoleResolutionType.DENY,
                        rule("department", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE))));
        String sales = TestProviders.TOKENS
                .saml("alice@corp.example")
                .attribute("department", "marketing", "sales")
                .build();
        String other = TestProviders.TOKENS
                .saml("bob@corp.example")
                .attribute("department", "it")
                .build();

        assertGrantedWithRole(credentials(poolId, SAML_ARN, sales, null), SALES_ROLE);
        assertFails(
                () -> credentials(poolId, SAML_ARN, other, null),
                NotAuthorizedException.class,
                "The ambiguous role mapping rules for: " + SAML_ARN + " denied this request.");
    }

    // ---- SAML: roles from the assertion ----

    private static final String SAML_ROLE_ATTRIBUTE = "https://aws.amazon.com/SAML/Attributes/Role";

    /** A SAML response for a new user, granting these roles for {@link #SAML_ARN}. */
    private static LoginTokens.SamlAssertion samlUser(String... roles) {
        LoginTokens.SamlAssertion assertion = TestProviders.TOKENS.saml("user-" + UUID.randomUUID() + "@corp.example");
        for (String role : roles) {
            assertion.role(role, SAML_ARN);
        }
        return assertion;
    }

    @Test
    void samlUserOfAPoolWithoutRolesGetsTheRoleOfTheirAssertion() {
        String poolId = poolOfEveryProvider(Map.of());

        assertGrantedWithRole(credentials(poolId, SAML_ARN, samlUser(ADMIN_ROLE).build(), null), ADMIN_ROLE);
        assertGrantedWithRole(credentials(poolId, SAML_ARN, samlUser(ADMIN_ROLE).build(), ADMIN_ROLE), ADMIN_ROLE);
    }

    @Test
    void customRoleArnPicksOneOfTheRolesOfTheAssertion() {
        String poolId = poolOfEveryProvider(Map.of());
        String assertion = samlUser(READER_ROLE, ADMIN_ROLE).build();

        assertGrantedWithRole(credentials(poolId, SAML_ARN, assertion, ADMIN_ROLE), ADMIN_ROLE);
        assertGrantedWithRole(credentials(poolId, SAML_ARN, assertion, READER_ROLE), READER_ROLE);
    }

    @Test
    void severalRolesInTheAssertionWithoutCustomRoleArnIsAnInvalidParameter() {
        String poolId = poolOfEveryProvider(Map.of());
        setRoles(poolId, Map.of("authenticated", AUTH_ROLE), Map.of());

        assertFails(
                () -> credentials(
                        poolId, SAML_ARN, samlUser(READER_ROLE, ADMIN_ROLE).build(), null),
                InvalidParameterException.class,
                "The SAML assertion grants more than one role; choose one of them with CustomRoleArn.");
    }

    @Test
    void aRoleTheAssertionDoesNotGrantIsForbiddenEvenIfItIsThePoolsAuthenticatedRole() {
        String poolId = poolOfEveryProvider(Map.of());
        setRoles(poolId, Map.of("authenticated", AUTH_ROLE), Map.of());

        assertFails(
                () -> credentials(
                        poolId, SAML_ARN, samlUser(READER_ROLE, ADMIN_ROLE).build(), SALES_ROLE),
                NotAuthorizedException.class,
                "Access to Role '" + SALES_ROLE + "' is forbidden.");
        assertFails(
                () -> credentials(poolId, SAML_ARN, samlUser(READER_ROLE).build(), AUTH_ROLE),
                NotAuthorizedException.class,
                "Access to Role '" + AUTH_ROLE + "' is forbidden.");
    }

    @Test
    void onlyRolePairsOfTheLoginsOwnProviderAreGrantedInEitherOrder() {
        String poolId = poolOfEveryProvider(Map.of());
        String assertion = TestProviders.TOKENS
                .saml("carol@corp.example")
                .attribute(
                        SAML_ROLE_ATTRIBUTE,
                        SAML_ARN + ", " + READER_ROLE, // provider first, with a space: granted
                        ADMIN_ROLE + ",arn:aws:iam::123456789012:saml-provider/Other", // another provider's pair
                        SALES_ROLE, // not a pair
                        SALES_ROLE + "," + SAML_ARN + ",extra") // three parts
                .build();

        assertGrantedWithRole(credentials(poolId, SAML_ARN, assertion, null), READER_ROLE);
        assertFails(
                () -> credentials(poolId, SAML_ARN, assertion, ADMIN_ROLE),
                NotAuthorizedException.class,
                "Access to Role '" + ADMIN_ROLE + "' is forbidden.");
    }

    @Test
    void theAssertionsRoleWinsOverThePoolsAuthenticatedRole() {
        String poolId = poolOfEveryProvider(Map.of());
        setRoles(poolId, Map.of("authenticated", AUTH_ROLE), Map.of());

        assertGrantedWithRole(credentials(poolId, SAML_ARN, samlUser(ADMIN_ROLE).build(), null), ADMIN_ROLE);
    }

    @Test
    void samlUserWithoutRolesInTheAssertionGetsTheAuthenticatedRoleOrNone() {
        String poolId = poolOfEveryProvider(Map.of());

        assertFails(
                () -> credentials(poolId, SAML_ARN, samlUser().build(), null),
                InvalidIdentityPoolConfigurationException.class,
                INVALID_CONFIGURATION);
        setRoles(poolId, Map.of("authenticated", AUTH_ROLE), Map.of());
        assertGrantedWithRole(credentials(poolId, SAML_ARN, samlUser().build(), ADMIN_ROLE), AUTH_ROLE);
    }

    @Test
    void aSamlRoleMappingDecidesBeforeTheAssertionsRoles() {
        String poolId = poolOfEveryProvider(Map.of(
                SAML_ARN,
                rulesMapping(
                        AmbiguousRoleResolutionType.DENY,
                        rule("department", MappingRuleMatchType.EQUALS, "sales", SALES_ROLE))));

        assertGrantedWithRole(
                credentials(
                        poolId,
                        SAML_ARN,
                        samlUser(ADMIN_ROLE).attribute("department", "sales").build(),
                        null),
                SALES_ROLE);
        assertFails(
                () -> credentials(poolId, SAML_ARN, samlUser(ADMIN_ROLE).build(), ADMIN_ROLE),
                NotAuthorizedException.class,
                "The ambiguous role mapping rules for: " + SAML_ARN + " denied this request.");
    }
}
