package dev.fakecognito.server.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.RulesConfigurationType;

/** SetIdentityPoolRoles and GetIdentityPoolRoles. */
class IdentityPoolRolesTest extends PoolTestSupport {
    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc";
    private static final String USER_POOL_KEY = USER_POOL + ":clientid";
    private static final String FACEBOOK = "graph.facebook.com";
    private static final String OIDC_ARN = "arn:aws:iam::123456789012:oidc-provider/login.example.com";
    private static final String SAML_ARN = "arn:aws:iam::123456789012:saml-provider/Corp";
    private static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/Cognito_Auth";
    private static final String UNAUTH_ROLE = "arn:aws:iam::123456789012:role/Cognito_Unauth";
    private static final String ADMIN_ROLE = "arn:aws:iam::123456789012:role/Admin";
    private static final String READER_ROLE = "arn:aws:iam::123456789012:role/Reader";

    private static final RoleMapping TOKEN_MAPPING = RoleMapping.builder()
            .type(RoleMappingType.TOKEN)
            .ambiguousRoleResolution(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)
            .build();
    private static final RoleMapping RULES_MAPPING = RoleMapping.builder()
            .type(RoleMappingType.RULES)
            .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
            .rulesConfiguration(RulesConfigurationType.builder()
                    .rules(
                            rule("isAdmin", MappingRuleMatchType.EQUALS, "yes", ADMIN_ROLE),
                            rule("email", MappingRuleMatchType.CONTAINS, "@example.com", READER_ROLE),
                            rule("name", MappingRuleMatchType.STARTS_WITH, "Dr", READER_ROLE),
                            rule("locale", MappingRuleMatchType.NOT_EQUAL, "fr", READER_ROLE))
                    .build())
            .build();

    private static MappingRule rule(String claim, MappingRuleMatchType type, String value, String role) {
        return MappingRule.builder()
                .claim(claim)
                .matchType(type)
                .value(value)
                .roleARN(role)
                .build();
    }

    /** A pool with a user pool client, Facebook, an OIDC and a SAML provider. */
    private String poolWithProviders() {
        return newPool(b -> b.supportedLoginProviders(Map.of(FACEBOOK, "1234567890"))
                .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                        .providerName(USER_POOL)
                        .clientId("clientid")
                        .build())
                .openIdConnectProviderARNs(OIDC_ARN)
                .samlProviderARNs(SAML_ARN));
    }

    private GetIdentityPoolRolesResponse roles(String poolId) {
        return cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId));
    }

    @Test
    void rolesRoundTrip() {
        String poolId = newPool();
        cognito.setIdentityPoolRoles(b ->
                b.identityPoolId(poolId).roles(Map.of("authenticated", AUTH_ROLE, "unauthenticated", UNAUTH_ROLE)));
        GetIdentityPoolRolesResponse got = roles(poolId);
        assertThat(got.identityPoolId()).isEqualTo(poolId);
        assertThat(got.roles())
                .containsExactlyInAnyOrderEntriesOf(Map.of("authenticated", AUTH_ROLE, "unauthenticated", UNAUTH_ROLE));
        assertThat(got.hasRoleMappings()).isFalse();
    }

    @Test
    void onlyOneRoleMayBeSet() {
        String poolId = newPool();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(Map.of("unauthenticated", UNAUTH_ROLE)));
        assertThat(roles(poolId).roles()).containsExactly(Map.entry("unauthenticated", UNAUTH_ROLE));
    }

    @Test
    void setAnswersWithAnEmptyBody() throws Exception {
        String poolId = newPool();
        HttpResponse<String> response = rawCall(
                "SetIdentityPoolRoles",
                json("{'IdentityPoolId':'" + poolId + "','Roles':{'authenticated':'" + AUTH_ROLE + "'}}"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void emptyRolesAreAcceptedAndClearTheRolesAndMappings() {
        String poolId = poolWithProviders();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of("authenticated", AUTH_ROLE))
                .roleMappings(Map.of(FACEBOOK, RULES_MAPPING)));
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(Map.of()));
        GetIdentityPoolRolesResponse got = roles(poolId);
        assertThat(got.hasRoles()).isTrue();
        assertThat(got.roles()).isEmpty();
        assertThat(got.hasRoleMappings()).isFalse();
    }

    @Test
    void getWithoutRolesSendsEmptyRolesAndNoRoleMappings() throws Exception {
        String poolId = newPool();
        GetIdentityPoolRolesResponse got = roles(poolId);
        assertThat(got.identityPoolId()).isEqualTo(poolId);
        assertThat(got.hasRoles()).isTrue();
        assertThat(got.roles()).isEmpty();
        assertThat(got.hasRoleMappings()).isFalse();

        JsonNode raw = rawOk("GetIdentityPoolRoles", json("{'IdentityPoolId':'" + poolId + "'}"));
        assertThat(raw.fieldNames()).toIterable().containsExactlyInAnyOrder("IdentityPoolId", "Roles");
        assertThat(raw.get("Roles").isObject()).isTrue();
        assertThat(raw.get("Roles").size()).isZero();
    }

    @Test
    void tokenAndRulesMappingsRoundTrip() {
        String poolId = poolWithProviders();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of("authenticated", AUTH_ROLE))
                .roleMappings(Map.of(USER_POOL_KEY, TOKEN_MAPPING, FACEBOOK, RULES_MAPPING)));

        GetIdentityPoolRolesResponse got = roles(poolId);
        assertThat(got.roles()).containsExactly(Map.entry("authenticated", AUTH_ROLE));
        assertThat(got.roleMappings()).containsOnlyKeys(USER_POOL_KEY, FACEBOOK);
        assertThat(got.roleMappings().get(USER_POOL_KEY)).isEqualTo(TOKEN_MAPPING);
        assertThat(got.roleMappings().get(USER_POOL_KEY).rulesConfiguration()).isNull();
        RoleMapping rules = got.roleMappings().get(FACEBOOK);
        assertThat(rules).isEqualTo(RULES_MAPPING);
        assertThat(rules.rulesConfiguration().rules())
                .extracting(MappingRule::claim)
                .containsExactly("isAdmin", "email", "name", "locale");
    }

    @Test
    void tokenMappingWireShapeHasNoRulesConfiguration() throws Exception {
        String poolId = poolWithProviders();
        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of()).roleMappings(Map.of(USER_POOL_KEY, TOKEN_MAPPING)));
        JsonNode mapping = rawOk("GetIdentityPoolRoles", json("{'IdentityPoolId':'" + poolId + "'}"))
                .get("RoleMappings")
                .get(USER_POOL_KEY);
        assertThat(mapping.fieldNames()).toIterable().containsExactlyInAnyOrder("Type", "AmbiguousRoleResolution");
        assertThat(mapping.get("Type").asText()).isEqualTo("Token");
        assertThat(mapping.get("AmbiguousRoleResolution").asText()).isEqualTo("AuthenticatedRole");
    }

    @Test
    void rulesGivenWithATokenMappingAreAcceptedAndIgnored() {
        String poolId = poolWithProviders();
        RoleMapping tokenWithRules = TOKEN_MAPPING.toBuilder()
                .rulesConfiguration(RULES_MAPPING.rulesConfiguration())
                .build();
        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of()).roleMappings(Map.of(USER_POOL_KEY, tokenWithRules)));
        assertThat(roles(poolId).roleMappings()).containsExactly(Map.entry(USER_POOL_KEY, TOKEN_MAPPING));
    }

    @Test
    void oidcProviderMayBeKeyedByNameOrArnAndSamlByArn() {
        String poolId = poolWithProviders();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of())
                .roleMappings(Map.of("login.example.com", TOKEN_MAPPING, SAML_ARN, RULES_MAPPING)));
        assertThat(roles(poolId).roleMappings()).containsOnlyKeys("login.example.com", SAML_ARN);
        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of()).roleMappings(Map.of(OIDC_ARN, TOKEN_MAPPING)));
        assertThat(roles(poolId).roleMappings()).containsOnlyKeys(OIDC_ARN);
    }

    @Test
    void setReplacesMappingsAndLeavingThemOutClearsThem() {
        String poolId = poolWithProviders();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of("authenticated", AUTH_ROLE))
                .roleMappings(Map.of(USER_POOL_KEY, TOKEN_MAPPING, FACEBOOK, RULES_MAPPING)));
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of("authenticated", AUTH_ROLE))
                .roleMappings(Map.of(FACEBOOK, TOKEN_MAPPING)));
        assertThat(roles(poolId).roleMappings()).containsExactly(Map.entry(FACEBOOK, TOKEN_MAPPING));

        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(Map.of("unauthenticated", UNAUTH_ROLE)));
        GetIdentityPoolRolesResponse got = roles(poolId);
        assertThat(got.roles()).containsExactly(Map.entry("unauthenticated", UNAUTH_ROLE));
        assertThat(got.hasRoleMappings()).isFalse();
    }

    @Test
    void mappingKeyOfAnUnconfiguredProviderIsInvalid() {
        String poolId = poolWithProviders();
        for (String key : List.of(
                "accounts.google.com",
                USER_POOL + ":otherclient",
                "cognito-idp.us-east-1.amazonaws.com/us-east-1_Other:clientid")) {
            assertThatThrownBy(() -> cognito.setIdentityPoolRoles(
                            b -> b.identityPoolId(poolId).roles(Map.of()).roleMappings(Map.of(key, TOKEN_MAPPING))))
                    .as(key)
                    .isInstanceOf(InvalidParameterException.class)
                    .satisfies(e -> assertThat(((InvalidParameterException) e)
                                    .awsErrorDetails()
                                    .errorMessage())
                            .isEqualTo("(" + key
                                    + ") is not a valid RoleMapping ProviderName or is not a configured provider."));
        }
    }

    @Test
    void userPoolMappingKeyNeedsTheClientId() {
        String poolId = poolWithProviders();
        assertError(
                () -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId(poolId).roles(Map.of()).roleMappings(Map.of(USER_POOL, TOKEN_MAPPING))),
                "InvalidParameterException",
                "(" + USER_POOL + ") is not a valid RoleMapping ProviderName or is not a configured provider.");
    }

    @Test
    void mappingKeyWithHttpsPrefixIsInvalid() {
        String poolId = poolWithProviders();
        String key = "https://" + USER_POOL_KEY;
        assertError(
                () -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId(poolId).roles(Map.of()).roleMappings(Map.of(key, TOKEN_MAPPING))),
                "InvalidParameterException",
                "(" + key + ") is not a valid RoleMapping ProviderName or is not a configured provider.");
    }

    @Test
    void rulesMappingWithoutRulesConfigurationIsInvalid() {
        String poolId = poolWithProviders();
        assertThatThrownBy(() -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                        .roles(Map.of())
                        .roleMappings(Map.of(
                                FACEBOOK,
                                RoleMapping.builder()
                                        .type(RoleMappingType.RULES)
                                        .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                                        .build()))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void mappingWithoutAmbiguousRoleResolutionIsInvalid() {
        String poolId = poolWithProviders();
        assertThatThrownBy(() -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                        .roles(Map.of())
                        .roleMappings(Map.of(
                                USER_POOL_KEY,
                                RoleMapping.builder()
                                        .type(RoleMappingType.TOKEN)
                                        .build()))))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                        .roles(Map.of())
                        .roleMappings(Map.of(
                                FACEBOOK,
                                RULES_MAPPING.toBuilder()
                                        .ambiguousRoleResolution((String) null)
                                        .build()))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void twentyFiveRulesAreAllowedAndTwentySixAreInvalid() {
        String poolId = poolWithProviders();
        List<MappingRule> rules = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            rules.add(rule("claim" + i, MappingRuleMatchType.EQUALS, "v" + i, READER_ROLE));
        }
        RoleMapping tooMany = RULES_MAPPING.toBuilder()
                .rulesConfiguration(
                        RulesConfigurationType.builder().rules(rules).build())
                .build();
        assertThatThrownBy(() -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId(poolId).roles(Map.of()).roleMappings(Map.of(FACEBOOK, tooMany))))
                .isInstanceOf(InvalidParameterException.class);

        RoleMapping enough = RULES_MAPPING.toBuilder()
                .rulesConfiguration(RulesConfigurationType.builder()
                        .rules(rules.subList(0, 25))
                        .build())
                .build();
        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of()).roleMappings(Map.of(FACEBOOK, enough)));
        assertThat(roles(poolId)
                        .roleMappings()
                        .get(FACEBOOK)
                        .rulesConfiguration()
                        .rules())
                .containsExactlyElementsOf(rules.subList(0, 25));
    }

    @Test
    void rejectedSetLeavesTheOldRolesInPlace() {
        String poolId = poolWithProviders();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of("authenticated", AUTH_ROLE))
                .roleMappings(Map.of(FACEBOOK, RULES_MAPPING)));
        assertThatThrownBy(() -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                        .roles(Map.of("unauthenticated", UNAUTH_ROLE))
                        .roleMappings(Map.of(FACEBOOK, TOKEN_MAPPING, "accounts.google.com", TOKEN_MAPPING))))
                .isInstanceOf(InvalidParameterException.class);
        GetIdentityPoolRolesResponse got = roles(poolId);
        assertThat(got.roles()).containsExactly(Map.entry("authenticated", AUTH_ROLE));
        assertThat(got.roleMappings()).containsExactly(Map.entry(FACEBOOK, RULES_MAPPING));
    }

    @Test
    void roleKeyOtherThanAuthenticatedOrUnauthenticatedIsAValidationError() {
        String poolId = newPool();
        assertThat(errorMessage(
                        () -> cognito.setIdentityPoolRoles(
                                b -> b.identityPoolId(poolId).roles(Map.of("admin", ADMIN_ROLE))),
                        "ValidationException"))
                .startsWith("1 validation error detected: ")
                .contains("at 'roles' failed to satisfy constraint: Map keys must satisfy constraint: [")
                .contains("Member must satisfy regular expression pattern: (un)?authenticated");
        assertThat(roles(poolId).roles()).isEmpty();
    }

    @Test
    void unknownMatchTypeIsAValidationError() {
        String poolId = poolWithProviders();
        RoleMapping bad = RULES_MAPPING.toBuilder()
                .rulesConfiguration(RulesConfigurationType.builder()
                        .rules(MappingRule.builder()
                                .claim("c")
                                .matchType("Matches")
                                .value("v")
                                .roleARN(READER_ROLE)
                                .build())
                        .build())
                .build();
        assertThat(errorMessage(
                        () -> cognito.setIdentityPoolRoles(
                                b -> b.identityPoolId(poolId).roles(Map.of()).roleMappings(Map.of(FACEBOOK, bad))),
                        "ValidationException"))
                .isEqualTo("1 validation error detected: Value 'Matches' at "
                        + "'roleMappings." + FACEBOOK + ".member.rulesConfiguration.rules.1.member.matchType' "
                        + "failed to satisfy constraint: Member must satisfy enum value set: "
                        + "[Equals, Contains, StartsWith, NotEqual]");
    }

    @Test
    void unknownMappingTypeIsAValidationError() {
        String poolId = poolWithProviders();
        assertThat(errorMessage(
                        () -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                                .roles(Map.of())
                                .roleMappings(Map.of(
                                        FACEBOOK,
                                        TOKEN_MAPPING.toBuilder().type("Claims").build()))),
                        "ValidationException"))
                .contains("Value 'Claims' at 'roleMappings." + FACEBOOK + ".member.type' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [Token, Rules]");
    }

    @Test
    void rolesAreRequired() {
        String poolId = newPool();
        assertError(
                () -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)),
                "ValidationException",
                "1 validation error detected: Value null at 'roles' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void roleArnShorterThanTwentyIsAValidationError() {
        String poolId = newPool();
        assertErrorCode(
                () -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId(poolId).roles(Map.of("authenticated", "arn:short"))),
                "ValidationException");
    }

    @Test
    void unknownPoolIsResourceNotFoundForSetAndGet() {
        assertThatThrownBy(() -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId(UNKNOWN_POOL_ID).roles(Map.of("authenticated", AUTH_ROLE))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("IdentityPool '" + UNKNOWN_POOL_ID + "' not found.");
        assertError(
                () -> roles(UNKNOWN_POOL_ID),
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL_ID + "' not found.");
    }

    @Test
    void rolesOfOnePoolDoNotLeakIntoAnother() {
        String first = newPool();
        String second = newPool();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(first).roles(Map.of("authenticated", AUTH_ROLE)));
        assertThat(roles(second).roles()).isEmpty();
    }
}
