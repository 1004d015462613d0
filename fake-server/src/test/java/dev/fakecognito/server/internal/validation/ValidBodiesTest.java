package dev.fakecognito.server.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ValidBodiesTest extends ValidatorTestSupport {

    private static final String FULL_POOL = "'IdentityPoolName':'My pool_1 +=,.@-',"
            + "'AllowUnauthenticatedIdentities':true,'AllowClassicFlow':false,"
            + "'SupportedLoginProviders':{'graph.facebook.com':'7346241598935555','accounts.google.com':"
            + "'123.apps.googleusercontent.com','www.amazon.com':'amzn1.application.abc;x/y'},"
            + "'DeveloperProviderName':'login.my_app-dev',"
            + "'OpenIdConnectProviderARNs':['arn:aws:iam::123456789012:oidc-provider/server.example.com'],"
            + "'CognitoIdentityProviders':[{'ProviderName':'cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab129faBb',"
            + "'ClientId':'6lhlkkfbfb4q5kpp90urffae','ServerSideTokenCheck':true}],"
            + "'SamlProviderARNs':['arn:aws:iam::123456789012:saml-provider/okta'],"
            + "'IdentityPoolTags':{'team':'platform','empty':''}";

    @Test
    void createAndUpdateIdentityPool() {
        assertValid("CreateIdentityPool", body("{" + FULL_POOL + "}"));
        assertValid("CreateIdentityPool", body("{'IdentityPoolName':'p','AllowUnauthenticatedIdentities':false}"));
        assertValid("UpdateIdentityPool", body("{'IdentityPoolId':'" + POOL_ID + "'," + FULL_POOL + "}"));
    }

    @Test
    void identityOperations() {
        assertValid(
                "GetId",
                body("{'AccountId':'123456789012','IdentityPoolId':'" + POOL_ID + "',"
                        + "'Logins':{'cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab129faBb':'eyJraWQiOi.x.y'}}"));
        assertValid("GetId", body("{'IdentityPoolId':'" + POOL_ID + "'}"));
        assertValid(
                "GetCredentialsForIdentity",
                body("{'IdentityId':'" + IDENTITY_ID + "','CustomRoleArn':'" + ROLE_ARN + "'}"));
        assertValid("GetOpenIdToken", body("{'IdentityId':'" + IDENTITY_ID + "','Logins':{}}"));
        assertValid("DescribeIdentity", body("{'IdentityId':'" + IDENTITY_ID + "'}"));
        assertValid("DeleteIdentities", body("{'IdentityIdsToDelete':['" + IDENTITY_ID + "','" + POOL_ID + "']}"));
        assertValid(
                "UnlinkIdentity",
                body("{'IdentityId':'" + IDENTITY_ID + "','Logins':{'graph.facebook.com':'t'},"
                        + "'LoginsToRemove':['graph.facebook.com']}"));
    }

    @Test
    void developerOperations() {
        assertValid(
                "GetOpenIdTokenForDeveloperIdentity",
                body("{'IdentityPoolId':'" + POOL_ID + "',"
                        + "'IdentityId':'" + IDENTITY_ID + "','Logins':{'login.my_app':'user-1'},"
                        + "'PrincipalTags':{'dept':'eng'},'TokenDuration':900}"));
        assertValid(
                "LookupDeveloperIdentity",
                body("{'IdentityPoolId':'" + POOL_ID + "',"
                        + "'DeveloperUserIdentifier':'user 1','MaxResults':10,'NextToken':'abc=='}"));
        assertValid(
                "MergeDeveloperIdentities",
                body("{'SourceUserIdentifier':'a','DestinationUserIdentifier':'b',"
                        + "'DeveloperProviderName':'login.my_app','IdentityPoolId':'" + POOL_ID + "'}"));
        assertValid(
                "UnlinkDeveloperIdentity",
                body("{'IdentityId':'" + IDENTITY_ID + "','IdentityPoolId':'" + POOL_ID
                        + "','DeveloperProviderName':'login.my_app','DeveloperUserIdentifier':'a'}"));
    }

    @Test
    void rolesTagsAndPrincipalTagMaps() {
        assertValid(
                "SetIdentityPoolRoles",
                body("{'IdentityPoolId':'" + POOL_ID + "',"
                        + "'Roles':{'authenticated':'" + ROLE_ARN + "','unauthenticated':'" + ROLE_ARN + "'},"
                        + "'RoleMappings':{'graph.facebook.com':{'Type':'Token','AmbiguousRoleResolution':'AuthenticatedRole'},"
                        + "'accounts.google.com':{'Type':'Rules','AmbiguousRoleResolution':'Deny','RulesConfiguration':"
                        + "{'Rules':[{'Claim':'hd','MatchType':'Equals','Value':'example.com','RoleARN':'" + ROLE_ARN
                        + "'},"
                        + "{'Claim':'cognito:groups','MatchType':'Contains','Value':'admins','RoleARN':'" + ROLE_ARN
                        + "'}]}}}}"));
        assertValid("GetIdentityPoolRoles", body("{'IdentityPoolId':'" + POOL_ID + "'}"));
        assertValid(
                "SetPrincipalTagAttributeMap",
                body(
                        "{'IdentityPoolId':'" + POOL_ID + "',"
                                + "'IdentityProviderName':'graph.facebook.com','UseDefaults':false,'PrincipalTags':{'id':'sub'}}"));
        assertValid(
                "GetPrincipalTagAttributeMap",
                body("{'IdentityPoolId':'" + POOL_ID + "'," + "'IdentityProviderName':'graph.facebook.com'}"));
        String arn = "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + POOL_ID;
        assertValid("TagResource", body("{'ResourceArn':'" + arn + "','Tags':{'a':'b','c':''}}"));
        assertValid("UntagResource", body("{'ResourceArn':'" + arn + "','TagKeys':['a','c']}"));
        assertValid("ListTagsForResource", body("{'ResourceArn':'" + arn + "'}"));
        assertValid("ListIdentities", body("{'IdentityPoolId':'" + POOL_ID + "','MaxResults':60,'HideDisabled':true}"));
        assertValid("ListIdentityPools", body("{'MaxResults':1}"));
        assertValid("DescribeIdentityPool", body("{'IdentityPoolId':'" + POOL_ID + "'}"));
        assertValid("DeleteIdentityPool", body("{'IdentityPoolId':'" + POOL_ID + "'}"));
    }

    @Test
    void validatorIsSafeToShareAcrossThreads() throws Exception {
        JsonNode good = body("{'IdentityPoolId':'" + POOL_ID + "','MaxResults':5}");
        JsonNode bad = body("{'IdentityPoolId':'x','MaxResults':0}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        VALIDATOR.validate("ListIdentities", good);
                    }
                    return validationMessage("ListIdentities", bad);
                }));
            }
            for (Future<String> r : results) {
                assertThat(r.get()).startsWith("2 validation errors detected: Value 'x' at 'identityPoolId'");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
