package dev.fakecognito.server.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.util.StringJoiner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConstraintTest extends ValidatorTestSupport {

    private static final String ONE = "1 validation error detected: ";
    private static final String NAME_PATTERN = "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+";
    private static final String ID_PATTERN = "Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+";

    private static String create(String extraMembers) {
        return "{'IdentityPoolName':'pool','AllowUnauthenticatedIdentities':true" + extraMembers + "}";
    }

    private static String roles(String roleMappings) {
        return "{'IdentityPoolId':'" + POOL_ID + "','Roles':{'authenticated':'" + ROLE_ARN + "'}," + "'RoleMappings':"
                + roleMappings + "}";
    }

    private static String rule(String claim, String matchType) {
        return "{'Claim':'" + claim + "','MatchType':'" + matchType + "','Value':'v','RoleARN':'" + ROLE_ARN + "'}";
    }

    private static String repeat(String element, int times) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (int i = 0; i < times; i++) {
            j.add(element);
        }
        return j.toString();
    }

    @Nested
    class Required {

        @Test
        void missingMember() {
            assertThat(validationMessage("DescribeIdentityPool", body("{}")))
                    .isEqualTo(ONE
                            + "Value null at 'identityPoolId' failed to satisfy constraint: Member must not be null");
        }

        @Test
        void jsonNullIsMissing() {
            assertThat(validationMessage("DescribeIdentity", body("{'IdentityId':null}")))
                    .isEqualTo(
                            ONE + "Value null at 'identityId' failed to satisfy constraint: Member must not be null");
        }

        @Test
        void allMissingMembersInModelOrder() {
            assertThat(validationMessage("MergeDeveloperIdentities", body("{}")))
                    .isEqualTo("4 validation errors detected: "
                            + "Value null at 'sourceUserIdentifier' failed to satisfy constraint: Member must not be null; "
                            + "Value null at 'destinationUserIdentifier' failed to satisfy constraint: Member must not be null; "
                            + "Value null at 'developerProviderName' failed to satisfy constraint: Member must not be null; "
                            + "Value null at 'identityPoolId' failed to satisfy constraint: Member must not be null");
            assertThat(validationMessage("UpdateIdentityPool", body("{'Unknown':1}")))
                    .isEqualTo("3 validation errors detected: "
                            + "Value null at 'identityPoolId' failed to satisfy constraint: Member must not be null; "
                            + "Value null at 'identityPoolName' failed to satisfy constraint: Member must not be null; "
                            + "Value null at 'allowUnauthenticatedIdentities' failed to satisfy constraint: "
                            + "Member must not be null");
        }

        @Test
        void nestedRequiredMembers() {
            assertThat(validationMessage(
                            "SetIdentityPoolRoles",
                            body(roles("{'graph.facebook.com':{'AmbiguousRoleResolution':'Deny'}}"))))
                    .isEqualTo(ONE
                            + "Value null at 'roleMappings.graph.facebook.com.member.type' failed to satisfy constraint: "
                            + "Member must not be null");
            assertThat(validationMessage(
                            "SetIdentityPoolRoles", body(roles("{'p':{'Type':'Rules','RulesConfiguration':{}}}"))))
                    .isEqualTo(ONE
                            + "Value null at 'roleMappings.p.member.rulesConfiguration.rules' failed to satisfy constraint: "
                            + "Member must not be null");
            assertThat(validationMessage(
                            "SetIdentityPoolRoles",
                            body(roles("{'p':{'Type':'Rules'," + "'RulesConfiguration':{'Rules':[" + rule("c", "Equals")
                                    + ",{'MatchType':'Equals'}]}}}"))))
                    .isEqualTo("3 validation errors detected: "
                            + "Value null at 'roleMappings.p.member.rulesConfiguration.rules.2.member.claim' failed to "
                            + "satisfy constraint: Member must not be null; "
                            + "Value null at 'roleMappings.p.member.rulesConfiguration.rules.2.member.value' failed to "
                            + "satisfy constraint: Member must not be null; "
                            + "Value null at 'roleMappings.p.member.rulesConfiguration.rules.2.member.roleARN' failed to "
                            + "satisfy constraint: Member must not be null");
        }

        @Test
        void nullListElementsAndMapValues() {
            assertThat(validationMessage(
                            "UnlinkIdentity",
                            body("{'IdentityId':'" + IDENTITY_ID + "',"
                                    + "'Logins':{'a':'t'},'LoginsToRemove':['a',null]}")))
                    .isEqualTo(
                            ONE
                                    + "Value null at 'loginsToRemove.2.member' failed to satisfy constraint: Member must not be null");
            assertThat(validationMessage("SetIdentityPoolRoles", body(roles("{'p':null}"))))
                    .isEqualTo(
                            ONE
                                    + "Value null at 'roleMappings.p.member' failed to satisfy constraint: Member must not be null");
            assertThat(validationMessage("CreateIdentityPool", body(create(",'IdentityPoolTags':{'k':null}"))))
                    .isEqualTo(ONE + "Value '{k=null}' at 'identityPoolTags' failed to satisfy constraint: "
                            + "Map value must satisfy constraint: [Member must have length less than or equal to 256, "
                            + "Member must have length greater than or equal to 0, Member must not be null]");
        }
    }

    @Nested
    class Patterns {

        @Test
        void identityPoolName() {
            assertThat(validationMessage(
                            "CreateIdentityPool",
                            body("{'IdentityPoolName':'a/b','AllowUnauthenticatedIdentities':true}")))
                    .isEqualTo("1 validation error detected: Value 'a/b' at 'identityPoolName' failed to satisfy "
                            + "constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
        }

        @Test
        void identityPoolId() {
            assertThat(validationMessage("DescribeIdentityPool", body("{'IdentityPoolId':'us-east-1_abc'}")))
                    .isEqualTo(ONE + "Value 'us-east-1_abc' at 'identityPoolId' failed to satisfy constraint: "
                            + ID_PATTERN);
            // uppercase hex is not in [0-9a-f-]
            assertThat(validationMessage("DescribeIdentityPool", body("{'IdentityPoolId':'us-east-1:ABC'}")))
                    .isEqualTo(ONE + "Value 'us-east-1:ABC' at 'identityPoolId' failed to satisfy constraint: "
                            + ID_PATTERN);
        }

        @Test
        void patternMustMatchTheWholeValue() {
            // "us-east-1:abc" is found inside, but the pattern is anchored at both ends
            assertThat(validationMessage("DescribeIdentityPool", body("{'IdentityPoolId':'us-east-1:abc x'}")))
                    .startsWith(ONE + "Value 'us-east-1:abc x' at 'identityPoolId'")
                    .endsWith(ID_PATTERN);
            assertThat(validationMessage("ListIdentityPools", body("{'MaxResults':1,'NextToken':'a b'}")))
                    .isEqualTo(ONE + "Value 'a b' at 'nextToken' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [\\S]+");
        }

        @Test
        void unicodeClassesInClaimName() {
            assertValid(
                    "SetIdentityPoolRoles",
                    body(roles("{'p':{'Type':'Rules','RulesConfiguration':" + "{'Rules':["
                            + rule("cust\u00f6m:gr\u00fc\u00dfe-\u20ac", "Equals") + "]}}}")));
            assertThat(validationMessage(
                            "SetIdentityPoolRoles",
                            body(roles("{'p':{'Type':'Rules'," + "'RulesConfiguration':{'Rules':["
                                    + rule("a b", "Equals") + "]}}}"))))
                    .isEqualTo(ONE
                            + "Value 'a b' at 'roleMappings.p.member.rulesConfiguration.rules.1.member.claim' failed to "
                            + "satisfy constraint: Member must satisfy regular expression pattern: "
                            + "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
        }

        @Test
        void emptyStringFailsLengthAndPattern() {
            assertThat(validationMessage(
                            "CreateIdentityPool",
                            body("{'IdentityPoolName':'','AllowUnauthenticatedIdentities':true}")))
                    .isEqualTo("2 validation errors detected: "
                            + "Value '' at 'identityPoolName' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 1; "
                            + "Value '' at 'identityPoolName' failed to satisfy constraint: " + NAME_PATTERN);
        }
    }

    @Nested
    class Lengths {

        @Test
        void stringMaxLength() {
            String name = "n".repeat(129);
            assertThat(validationMessage(
                            "CreateIdentityPool",
                            body("{'IdentityPoolName':'" + name + "','AllowUnauthenticatedIdentities':true}")))
                    .isEqualTo(ONE + "Value '" + name + "' at 'identityPoolName' failed to satisfy constraint: "
                            + "Member must have length less than or equal to 128");
            assertValid(
                    "CreateIdentityPool",
                    body("{'IdentityPoolName':'" + "n".repeat(128) + "','AllowUnauthenticatedIdentities':true}"));
        }

        @Test
        void stringMinLengthOnArn() {
            assertThat(validationMessage("ListTagsForResource", body("{'ResourceArn':'arn:short'}")))
                    .isEqualTo(ONE + "Value 'arn:short' at 'resourceArn' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 20");
        }

        @Test
        void tooLongAndBadPattern() {
            String id = "us-east-1:" + "g".repeat(50);
            assertThat(validationMessage("DescribeIdentity", body("{'IdentityId':'" + id + "'}")))
                    .isEqualTo("2 validation errors detected: "
                            + "Value '" + id + "' at 'identityId' failed to satisfy constraint: "
                            + "Member must have length less than or equal to 55; "
                            + "Value '" + id + "' at 'identityId' failed to satisfy constraint: " + ID_PATTERN);
        }

        @Test
        void lengthCountsCodePoints() {
            String emoji = "\uD83D\uDE00";
            assertValid(
                    "TagResource", body("{'ResourceArn':'" + ROLE_ARN + "','Tags':{'k':'" + emoji.repeat(256) + "'}}"));
            assertThat(validationMessage(
                            "TagResource",
                            body("{'ResourceArn':'" + ROLE_ARN + "','Tags':{'k':'" + emoji.repeat(257) + "'}}")))
                    .endsWith("Map value must satisfy constraint: "
                            + "[Member must have length less than or equal to 256, "
                            + "Member must have length greater than or equal to 0]");
        }

        @Test
        void listMinAndMax() {
            assertThat(validationMessage("DeleteIdentities", body("{'IdentityIdsToDelete':[]}")))
                    .isEqualTo(ONE
                            + "Value '[]' at 'identityIdsToDelete' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 1");
            String ids = repeat("'" + IDENTITY_ID + "'", 61);
            String message = validationMessage("DeleteIdentities", body("{'IdentityIdsToDelete':" + ids + "}"));
            assertThat(message)
                    .startsWith(ONE + "Value '[" + IDENTITY_ID + ", " + IDENTITY_ID + ", ")
                    .endsWith("...' at 'identityIdsToDelete' failed to satisfy constraint: "
                            + "Member must have length less than or equal to 60");
            assertValid(
                    "DeleteIdentities", body("{'IdentityIdsToDelete':" + repeat("'" + IDENTITY_ID + "'", 60) + "}"));
        }

        @Test
        void mappingRulesListMinAndMax() {
            assertThat(validationMessage(
                            "SetIdentityPoolRoles",
                            body(roles("{'p':{'Type':'Rules','RulesConfiguration':{'Rules':[]}}}"))))
                    .isEqualTo(ONE
                            + "Value '[]' at 'roleMappings.p.member.rulesConfiguration.rules' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 1");
            String message = validationMessage(
                    "SetIdentityPoolRoles",
                    body(roles("{'p':{'Type':'Rules'," + "'RulesConfiguration':{'Rules':"
                            + repeat(rule("c", "Equals"), 401) + "}}}")));
            assertThat(message)
                    .startsWith(
                            ONE + "Value '[{Claim=c, MatchType=Equals, Value=v, RoleARN=" + ROLE_ARN + "}, {Claim=c")
                    .contains("...' at 'roleMappings.p.member.rulesConfiguration.rules' "
                            + "failed to satisfy constraint: Member must have length less than or equal to 400");
        }

        @Test
        void mapMax() {
            StringJoiner providers = new StringJoiner(",", "{", "}");
            for (int i = 0; i < 11; i++) {
                providers.add("'p" + i + "':'app" + i + "'");
            }
            assertThat(validationMessage("CreateIdentityPool", body(create(",'SupportedLoginProviders':" + providers))))
                    .isEqualTo(ONE
                            + "Value '{p0=app0, p1=app1, p2=app2, p3=app3, p4=app4, p5=app5, p6=app6, p7=app7, p8=app8, "
                            + "p9=app9, p10=app10}' at 'supportedLoginProviders' failed to satisfy constraint: "
                            + "Member must have length less than or equal to 10");
        }
    }

    @Nested
    class Ranges {

        @Test
        void maxResults() {
            assertThat(validationMessage("ListIdentityPools", body("{'MaxResults':0}")))
                    .isEqualTo(ONE
                            + "Value '0' at 'maxResults' failed to satisfy constraint: "
                            + "Member must have value greater than or equal to 1");
            assertThat(validationMessage(
                            "ListIdentities", body("{'IdentityPoolId':'" + POOL_ID + "','MaxResults':61}")))
                    .isEqualTo(ONE
                            + "Value '61' at 'maxResults' failed to satisfy constraint: "
                            + "Member must have value less than or equal to 60");
            assertThat(validationMessage("ListIdentityPools", body("{'MaxResults':-2147483648}")))
                    .isEqualTo(ONE
                            + "Value '-2147483648' at 'maxResults' failed to satisfy constraint: "
                            + "Member must have value greater than or equal to 1");
            assertValid("ListIdentityPools", body("{'MaxResults':1}"));
            assertValid("ListIdentityPools", body("{'MaxResults':60}"));
        }

        @Test
        void tokenDuration() {
            String prefix = "{'IdentityPoolId':'" + POOL_ID + "','Logins':{'login.dev':'user'},'TokenDuration':";
            assertThat(validationMessage("GetOpenIdTokenForDeveloperIdentity", body(prefix + "0}")))
                    .isEqualTo(ONE
                            + "Value '0' at 'tokenDuration' failed to satisfy constraint: "
                            + "Member must have value greater than or equal to 1");
            assertThat(validationMessage("GetOpenIdTokenForDeveloperIdentity", body(prefix + "86401}")))
                    .isEqualTo(ONE + "Value '86401' at 'tokenDuration' failed to satisfy constraint: "
                            + "Member must have value less than or equal to 86400");
            assertValid("GetOpenIdTokenForDeveloperIdentity", body(prefix + "86400}"));
        }
    }

    @Nested
    class Enums {

        @Test
        void roleMappingType() {
            assertThat(validationMessage("SetIdentityPoolRoles", body(roles("{'graph.facebook.com':{'Type':'Foo'}}"))))
                    .isEqualTo(ONE + "Value 'Foo' at 'roleMappings.graph.facebook.com.member.type' failed to "
                            + "satisfy constraint: Member must satisfy enum value set: [Token, Rules]");
        }

        @Test
        void enumsAreCaseSensitive() {
            assertThat(validationMessage(
                            "SetIdentityPoolRoles",
                            body(roles("{'p':{'Type':'token','AmbiguousRoleResolution':'deny'}}"))))
                    .isEqualTo("2 validation errors detected: "
                            + "Value 'token' at 'roleMappings.p.member.type' failed to satisfy constraint: "
                            + "Member must satisfy enum value set: [Token, Rules]; "
                            + "Value 'deny' at 'roleMappings.p.member.ambiguousRoleResolution' failed to satisfy "
                            + "constraint: Member must satisfy enum value set: [AuthenticatedRole, Deny]");
        }

        @Test
        void matchTypeInsideRules() {
            assertThat(validationMessage(
                            "SetIdentityPoolRoles",
                            body(roles("{'p':{'Type':'Rules'," + "'RulesConfiguration':{'Rules':[" + rule("a", "Equals")
                                    + "," + rule("b", "Like") + "]}}}"))))
                    .isEqualTo(ONE + "Value 'Like' at 'roleMappings.p.member.rulesConfiguration.rules.2.member"
                            + ".matchType' failed to satisfy constraint: Member must satisfy enum value set: "
                            + "[Equals, Contains, StartsWith, NotEqual]");
        }
    }

    @Nested
    class Maps {

        private static final String KEY_LENGTHS = "[Member must have length less than or equal to 128, "
                + "Member must have length greater than or equal to 1]";

        @Test
        void supportedLoginProvidersKey() {
            assertThat(validationMessage("CreateIdentityPool", body(create(",'SupportedLoginProviders':{'':'app'}"))))
                    .isEqualTo(ONE
                            + "Value '{=app}' at 'supportedLoginProviders' failed to satisfy constraint: "
                            + "Map keys must satisfy constraint: " + KEY_LENGTHS);
        }

        @Test
        void supportedLoginProvidersValue() {
            assertThat(validationMessage(
                            "CreateIdentityPool",
                            body(create(",'SupportedLoginProviders':{'graph.facebook.com':'a b'}"))))
                    .isEqualTo(ONE
                            + "Value '{graph.facebook.com=a b}' at 'supportedLoginProviders' failed to satisfy constraint: "
                            + "Map value must satisfy constraint: [Member must have length less than or equal to 128, "
                            + "Member must have length greater than or equal to 1, "
                            + "Member must satisfy regular expression pattern: [\\w.;_/-]+]");
        }

        @Test
        void badKeysAndValuesAreEachReportedOncePerMap() {
            String k = "k".repeat(129);
            assertThat(validationMessage(
                            "CreateIdentityPool",
                            body(create(",'IdentityPoolTags':{'':'x','" + k + "':'" + "v".repeat(257) + "','ok':''}"))))
                    .isEqualTo("2 validation errors detected: "
                            + "Value '{=x, " + k + "=" + "v".repeat(256 - "{=x, =".length() - k.length())
                            + "...' at 'identityPoolTags' "
                            + "failed to satisfy constraint: Map keys must satisfy constraint: " + KEY_LENGTHS + "; "
                            + "Value '{=x, " + k + "=" + "v".repeat(256 - "{=x, =".length() - k.length())
                            + "...' at 'identityPoolTags' "
                            + "failed to satisfy constraint: Map value must satisfy constraint: "
                            + "[Member must have length less than or equal to 256, "
                            + "Member must have length greater than or equal to 0]");
        }

        @Test
        void rolesMapKeyPattern() {
            assertThat(validationMessage(
                            "SetIdentityPoolRoles",
                            body("{'IdentityPoolId':'" + POOL_ID + "','Roles':{'admin':'" + ROLE_ARN + "'}}")))
                    .isEqualTo(ONE + "Value '{admin=" + ROLE_ARN + "}' at 'roles' failed to satisfy constraint: "
                            + "Map keys must satisfy constraint: [Member must have length less than or equal to 128, "
                            + "Member must have length greater than or equal to 1, "
                            + "Member must satisfy regular expression pattern: (un)?authenticated]");
        }

        @Test
        void rolesMapValueAndSize() {
            assertThat(validationMessage(
                            "SetIdentityPoolRoles",
                            body("{'IdentityPoolId':'" + POOL_ID + "',"
                                    + "'Roles':{'authenticated':'arn','unauthenticated':'" + ROLE_ARN + "','x':'"
                                    + ROLE_ARN + "'}}")))
                    .isEqualTo("3 validation errors detected: "
                            + "Value '{authenticated=arn, unauthenticated=" + ROLE_ARN + ", x=" + ROLE_ARN
                            + "}' at 'roles' "
                            + "failed to satisfy constraint: Member must have length less than or equal to 2; "
                            + "Value '{authenticated=arn, unauthenticated=" + ROLE_ARN + ", x=" + ROLE_ARN
                            + "}' at 'roles' "
                            + "failed to satisfy constraint: Map keys must satisfy constraint: "
                            + "[Member must have length less than or equal to 128, "
                            + "Member must have length greater than or equal to 1, "
                            + "Member must satisfy regular expression pattern: (un)?authenticated]; "
                            + "Value '{authenticated=arn, unauthenticated=" + ROLE_ARN + ", x=" + ROLE_ARN
                            + "}' at 'roles' "
                            + "failed to satisfy constraint: Map value must satisfy constraint: "
                            + "[Member must have length less than or equal to 2048, "
                            + "Member must have length greater than or equal to 20]");
        }

        @Test
        void roleMappingsKeyIsReportedAtTheMapAndValuesInPlace() {
            assertThat(validationMessage("SetIdentityPoolRoles", body(roles("{'':{'Type':'Bad'}}"))))
                    .isEqualTo("2 validation errors detected: "
                            + "Value '{={Type=Bad}}' at 'roleMappings' failed to satisfy constraint: "
                            + "Map keys must satisfy constraint: " + KEY_LENGTHS + "; "
                            + "Value 'Bad' at 'roleMappings..member.type' failed to satisfy constraint: "
                            + "Member must satisfy enum value set: [Token, Rules]");
        }

        @Test
        void loginsAreSensitiveSoTheValueIsLeftOut() {
            assertThat(validationMessage("GetId", body("{'IdentityPoolId':'" + POOL_ID + "','Logins':{'':'tok'}}")))
                    .isEqualTo(ONE + "Value at 'logins' failed to satisfy constraint: "
                            + "Map keys must satisfy constraint: " + KEY_LENGTHS);
            assertThat(validationMessage(
                            "GetCredentialsForIdentity",
                            body("{'IdentityId':'" + IDENTITY_ID + "','Logins':{'accounts.google.com':''}}")))
                    .isEqualTo(ONE + "Value at 'logins' failed to satisfy constraint: "
                            + "Map value must satisfy constraint: [Member must have length less than or equal to "
                            + "50000, Member must have length greater than or equal to 1]");
            StringJoiner logins = new StringJoiner(",", "{", "}");
            for (int i = 0; i < 11; i++) {
                logins.add("'p" + i + "':'secret-token'");
            }
            String message = validationMessage(
                    "GetOpenIdToken", body("{'IdentityId':'" + IDENTITY_ID + "','Logins':" + logins + "}"));
            assertThat(message)
                    .isEqualTo(ONE + "Value at 'logins' failed to satisfy constraint: "
                            + "Member must have length less than or equal to 10")
                    .doesNotContain("secret-token");
        }

        @Test
        void principalTags() {
            assertThat(validationMessage(
                            "SetPrincipalTagAttributeMap",
                            body("{'IdentityPoolId':'" + POOL_ID
                                    + "','IdentityProviderName':'cognito-idp','PrincipalTags':{'a':''}}")))
                    .isEqualTo(ONE
                            + "Value '{a=}' at 'principalTags' failed to satisfy constraint: Map value must satisfy "
                            + "constraint: [Member must have length less than or equal to 256, "
                            + "Member must have length greater than or equal to 1]");
        }
    }

    @Nested
    class NestedLists {

        @Test
        void cognitoIdentityProviders() {
            assertThat(validationMessage(
                            "CreateIdentityPool",
                            body(create(",'CognitoIdentityProviders':["
                                    + "{'ProviderName':'cognito-idp.us-east-1.amazonaws.com/us-east-1_abc','ClientId':'abc'},"
                                    + "{'ProviderName':'bad provider','ClientId':'bad id'}]"))))
                    .isEqualTo("2 validation errors detected: "
                            + "Value 'bad provider' at 'cognitoIdentityProviders.2.member.providerName' failed to satisfy "
                            + "constraint: Member must satisfy regular expression pattern: [\\w._:/-]+; "
                            + "Value 'bad id' at 'cognitoIdentityProviders.2.member.clientId' failed to satisfy "
                            + "constraint: Member must satisfy regular expression pattern: [\\w_]+");
        }

        @Test
        void listOfStringsElement() {
            assertThat(validationMessage(
                            "CreateIdentityPool",
                            body(create(",'OpenIdConnectProviderARNs':['" + ROLE_ARN + "','short']"))))
                    .isEqualTo(ONE
                            + "Value 'short' at 'openIdConnectProviderARNs.2.member' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 20");
            assertThat(validationMessage("DeleteIdentities", body("{'IdentityIdsToDelete':['nope']}")))
                    .isEqualTo(ONE + "Value 'nope' at 'identityIdsToDelete.1.member' failed to satisfy constraint: "
                            + ID_PATTERN);
        }

        @Test
        void deepRulePath() {
            assertThat(validationMessage(
                            "SetIdentityPoolRoles",
                            body(roles("{'cognito-idp.us-east-1.amazonaws.com/"
                                    + "us-east-1_abc:client':{'Type':'Rules','RulesConfiguration':{'Rules':["
                                    + rule("", "Equals")
                                    + "]}}}"))))
                    .isEqualTo("2 validation errors detected: "
                            + "Value '' at 'roleMappings.cognito-idp.us-east-1.amazonaws.com/us-east-1_abc:client.member"
                            + ".rulesConfiguration.rules.1.member.claim' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 1; "
                            + "Value '' at 'roleMappings.cognito-idp.us-east-1.amazonaws.com/us-east-1_abc:client.member"
                            + ".rulesConfiguration.rules.1.member.claim' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
        }
    }

    @Nested
    class Collecting {

        @Test
        void violationsFromAllMembersInModelOrder() {
            CognitoException e = failure(
                    "UpdateIdentityPool",
                    body("{'IdentityPoolName':'a/b',"
                            + "'IdentityPoolId':'x','AllowUnauthenticatedIdentities':true,"
                            + "'SupportedLoginProviders':{'':'a'},'DeveloperProviderName':'dev name',"
                            + "'CognitoIdentityProviders':[{'ClientId':''}]}"));
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
            assertThat(e.code().type()).isEqualTo("ValidationException");
            assertThat(e.getMessage())
                    .isEqualTo("6 validation errors detected: "
                            + "Value 'x' at 'identityPoolId' failed to satisfy constraint: " + ID_PATTERN + "; "
                            + "Value 'a/b' at 'identityPoolName' failed to satisfy constraint: " + NAME_PATTERN + "; "
                            + "Value '{=a}' at 'supportedLoginProviders' failed to satisfy constraint: Map keys must "
                            + "satisfy constraint: [Member must have length less than or equal to 128, "
                            + "Member must have length greater than or equal to 1]; "
                            + "Value 'dev name' at 'developerProviderName' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [\\w._-]+; "
                            + "Value '' at 'cognitoIdentityProviders.1.member.clientId' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 1; "
                            + "Value '' at 'cognitoIdentityProviders.1.member.clientId' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [\\w_]+");
        }

        @Test
        void requiredAndConstraintViolationsTogether() {
            assertThat(validationMessage("ListIdentities", body("{'NextToken':''}")))
                    .isEqualTo("4 validation errors detected: "
                            + "Value null at 'identityPoolId' failed to satisfy constraint: Member must not be null; "
                            + "Value null at 'maxResults' failed to satisfy constraint: Member must not be null; "
                            + "Value '' at 'nextToken' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 1; "
                            + "Value '' at 'nextToken' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [\\S]+");
        }
    }

    @Nested
    class HeaderSafety {

        @Test
        void lineBreaksInValuesAndKeysBecomeSpaces() {
            String message = validationMessage(
                    "CreateIdentityPool",
                    json("{\"IdentityPoolName\":\"a\\r\\nb/\",\"AllowUnauthenticatedIdentities\":true}"));
            assertThat(message)
                    .isEqualTo(
                            ONE + "Value 'a  b/' at 'identityPoolName' failed to satisfy constraint: " + NAME_PATTERN);
            String keyed = validationMessage(
                    "SetIdentityPoolRoles",
                    json(("{'IdentityPoolId':'" + POOL_ID + "','Roles':{},'RoleMappings':{'a\\nb':{'Type':'X'}}}")
                            .replace('\'', '"')));
            assertThat(keyed)
                    .isEqualTo(ONE + "Value 'X' at 'roleMappings.a b.member.type' failed to satisfy "
                            + "constraint: Member must satisfy enum value set: [Token, Rules]");
            assertThat(message + keyed).doesNotContain("\r", "\n");
        }

        @Test
        void longValuesAreCut() {
            String name = "x".repeat(5000);
            assertThat(validationMessage(
                            "CreateIdentityPool",
                            body("{'IdentityPoolName':'" + name + "','AllowUnauthenticatedIdentities':true}")))
                    .isEqualTo(ONE + "Value '" + "x".repeat(256) + "...' at 'identityPoolName' failed to satisfy "
                            + "constraint: Member must have length less than or equal to 128");
        }
    }

    @Test
    void unknownOperation() {
        CognitoException e = failure("DescribeEverything", body("{}"));
        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OPERATION);
        assertThat(failure(null, body("{}")).code()).isEqualTo(ErrorCode.UNKNOWN_OPERATION);
    }
}
