package dev.fakecognito.server.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerializationTest extends ValidatorTestSupport {

    @Test
    void topLevelBodyMustBeAnObject() {
        assertThat(serializationMessage("GetId", json("[]"))).isEqualTo("Start of list found where not expected");
        assertThat(serializationMessage("GetId", json("\"x\"")))
                .isEqualTo("STRING_VALUE can not be converted to a Structure");
        assertThat(serializationMessage("GetId", json("1")))
                .isEqualTo("NUMBER_VALUE can not be converted to a Structure");
        assertThat(serializationMessage("GetId", json("true")))
                .isEqualTo("TRUE_VALUE can not be converted to a Structure");
        // even for an operation whose body is otherwise never looked at
        assertThat(serializationMessage("DeleteIdentityPool", json("[1]")))
                .isEqualTo("Start of list found where not expected");
    }

    @Test
    void listWhereAMapIsExpected() {
        // aws/aws-sdk-js-v3#2831: PrincipalTags given as a list
        assertThat(serializationMessage(
                        "GetOpenIdTokenForDeveloperIdentity",
                        body("{'IdentityPoolId':'" + POOL_ID + "','Logins':{'dev':'u'},'PrincipalTags':[{'a':'b'}]}")))
                .isEqualTo("Start of list found where not expected");
    }

    @Test
    void listWhereAStringIsExpected() {
        assertThat(serializationMessage("DescribeIdentityPool", body("{'IdentityPoolId':['x']}")))
                .isEqualTo("Start of list found where not expected");
    }

    @Test
    void objectWhereNotExpected() {
        assertThat(serializationMessage("DescribeIdentityPool", body("{'IdentityPoolId':{'a':1}}")))
                .isEqualTo("Start of structure or map found where not expected");
        assertThat(serializationMessage("DeleteIdentities", body("{'IdentityIdsToDelete':{}}")))
                .isEqualTo("Start of structure or map found where not expected");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "'true'  | STRING_VALUE can not be converted to a Boolean",
                "1       | NUMBER_VALUE can not be converted to a Boolean",
                "[true]  | Start of list found where not expected",
                "{}      | Start of structure or map found where not expected",
            })
    void booleanMember(String value, String message) {
        assertThat(serializationMessage(
                        "CreateIdentityPool",
                        body("{'IdentityPoolName':'p','AllowUnauthenticatedIdentities':" + value + "}")))
                .isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "5     | NUMBER_VALUE can not be converted to a String",
                "1.5   | NUMBER_VALUE can not be converted to a String",
                "true  | TRUE_VALUE can not be converted to a String",
                "false | FALSE_VALUE can not be converted to a String",
            })
    void stringMember(String value, String message) {
        assertThat(serializationMessage("DescribeIdentityPool", body("{'IdentityPoolId':" + value + "}")))
                .isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "'10'        | STRING_VALUE can not be converted to an Integer",
                "1.5         | NUMBER_VALUE can not be converted to an Integer",
                "10.0        | NUMBER_VALUE can not be converted to an Integer",
                "1e1         | NUMBER_VALUE can not be converted to an Integer",
                "2147483648  | NUMBER_VALUE can not be converted to an Integer",
                "true        | TRUE_VALUE can not be converted to an Integer",
                "[10]        | Start of list found where not expected",
            })
    void integerMember(String value, String message) {
        assertThat(serializationMessage("ListIdentityPools", body("{'MaxResults':" + value + "}")))
                .isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "'60'                 | STRING_VALUE can not be converted to a Long",
                "60.5                 | NUMBER_VALUE can not be converted to a Long",
                "9223372036854775808  | NUMBER_VALUE can not be converted to a Long",
                "false                | FALSE_VALUE can not be converted to a Long",
            })
    void longMember(String value, String message) {
        assertThat(serializationMessage(
                        "GetOpenIdTokenForDeveloperIdentity",
                        body("{'IdentityPoolId':'" + POOL_ID + "','Logins':{'dev':'u'},'TokenDuration':" + value
                                + "}")))
                .isEqualTo(message);
    }

    @Test
    void longAcceptsValuesBeyondIntegerRange() {
        // a type match, so the range check answers instead
        assertThat(validationMessage(
                        "GetOpenIdTokenForDeveloperIdentity",
                        body("{'IdentityPoolId':'" + POOL_ID + "','Logins':{'dev':'u'},'TokenDuration':3000000000}")))
                .isEqualTo("1 validation error detected: Value '3000000000' at 'tokenDuration' failed to satisfy "
                        + "constraint: Member must have value less than or equal to 86400");
    }

    @Test
    void scalarWhereListMapOrStructureIsExpected() {
        assertThat(serializationMessage("DeleteIdentities", body("{'IdentityIdsToDelete':'" + IDENTITY_ID + "'}")))
                .isEqualTo("STRING_VALUE can not be converted to a List");
        assertThat(serializationMessage("GetId", body("{'IdentityPoolId':'" + POOL_ID + "','Logins':'tok'}")))
                .isEqualTo("STRING_VALUE can not be converted to a Map");
        assertThat(serializationMessage(
                        "SetIdentityPoolRoles",
                        body("{'IdentityPoolId':'" + POOL_ID + "','Roles':{},'RoleMappings':{'p':'Token'}}")))
                .isEqualTo("STRING_VALUE can not be converted to a Structure");
    }

    @Test
    void nestedMismatchesAreFound() {
        assertThat(serializationMessage(
                        "CreateIdentityPool",
                        body("{'IdentityPoolName':'p',"
                                + "'AllowUnauthenticatedIdentities':true,"
                                + "'CognitoIdentityProviders':[{'ProviderName':'a'},{'ServerSideTokenCheck':'yes'}]}")))
                .isEqualTo("STRING_VALUE can not be converted to a Boolean");
        assertThat(serializationMessage("GetId", body("{'IdentityPoolId':'" + POOL_ID + "','Logins':{'a':7}}")))
                .isEqualTo("NUMBER_VALUE can not be converted to a String");
        assertThat(serializationMessage(
                        "UntagResource", body("{'ResourceArn':'" + ROLE_ARN + "','TagKeys':['a',['b']]}")))
                .isEqualTo("Start of list found where not expected");
        assertThat(serializationMessage(
                        "SetIdentityPoolRoles",
                        body("{'IdentityPoolId':'" + POOL_ID + "',"
                                + "'Roles':{},'RoleMappings':{'p':{'Type':'Rules','RulesConfiguration':{'Rules':"
                                + "[{'Claim':'c','MatchType':'Equals','Value':'v','RoleARN':{}}]}}}}")))
                .isEqualTo("Start of structure or map found where not expected");
    }

    @Test
    void typeMismatchWinsOverConstraintViolations() {
        // the pool id before it and the missing name both break constraints, but types are checked first
        assertThat(serializationMessage(
                        "UpdateIdentityPool", body("{'IdentityPoolId':'bad','AllowUnauthenticatedIdentities':'yes'}")))
                .isEqualTo("STRING_VALUE can not be converted to a Boolean");
    }

    @Test
    void jsonNullCountsAsAbsentAndUnknownMembersAreIgnored() {
        assertValid("ListIdentityPools", body("{'MaxResults':10,'NextToken':null,'Bogus':[{'x':true}],'b':{}}"));
        assertValid(
                "CreateIdentityPool",
                body("{'IdentityPoolName':'p','AllowUnauthenticatedIdentities':false,"
                        + "'AllowClassicFlow':null,'SupportedLoginProviders':null,'CognitoIdentityProviders':null}"));
    }

    @Test
    void absentBodyCountsAsEmptyObject() {
        String expected = "1 validation error detected: Value null at 'identityPoolId' failed to satisfy "
                + "constraint: Member must not be null";
        assertThat(validationMessage("DescribeIdentityPool", null)).isEqualTo(expected);
        assertThat(validationMessage("DescribeIdentityPool", JsonNodeFactory.instance.nullNode()))
                .isEqualTo(expected);
        assertThat(validationMessage("DescribeIdentityPool", JsonNodeFactory.instance.missingNode()))
                .isEqualTo(expected);
        assertThat(validationMessage("DescribeIdentityPool", json("{}"))).isEqualTo(expected);
    }
}
