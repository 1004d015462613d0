package dev.fakecognito.assertj;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * A fake with a world built through the real SDK: the MobileApp pool (seeded configuration, Facebook
 * users tagged by their user id) with alice (Facebook, then Amazon by merging zed's identity), a
 * guest, bob and carol (developer users, carol merged into bob), and the AdminConsole pool without
 * identities, with a role mapping.
 */
final class Scenario implements AutoCloseable {
    static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/Auth";
    static final String UNAUTH_ROLE = "arn:aws:iam::123456789012:role/Unauth";
    static final String FACEBOOK = "graph.facebook.com";
    static final String AMAZON = "www.amazon.com";
    static final String DEVELOPER = "login.example.app";
    static final String USER_POOL_KEY = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc:app_client";

    static final String WORLD = """
            identityPools:
              - name: MobileApp
                allowUnauthenticatedIdentities: true
                supportedLoginProviders:
                  graph.facebook.com: "1234567890"
                  www.amazon.com: amzn1.application.app
                developerProviderName: login.example.app
                roles:
                  authenticated: arn:aws:iam::123456789012:role/Auth
                  unauthenticated: arn:aws:iam::123456789012:role/Unauth
                principalTags:
                  graph.facebook.com: { principalTags: { user: sub } }
                tags: { env: test, team: identity }
              - name: AdminConsole
                allowUnauthenticatedIdentities: false
                cognitoIdentityProviders:
                  - providerName: cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc
                    clientId: app_client
                roles:
                  authenticated: arn:aws:iam::123456789012:role/Admin
                roleMappings:
                  cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc:app_client:
                    type: Token
                    ambiguousRoleResolution: AuthenticatedRole
            """;

    final FakeCognitoIdentity fake;
    final CognitoIdentityClient cognito;
    final String poolId;
    final String adminPoolId;
    final String alice;
    final String zed;
    final String guest;
    final String bob;
    final String carol;
    final String aliceToken;
    final String guestToken;
    final String bobToken;

    Scenario() {
        fake = FakeCognitoIdentity.builder().start();
        cognito = client(fake);
        World seeded = fake.seed(Fixtures.fromString(WORLD));
        poolId = seeded.pool("MobileApp").id();
        adminPoolId = seeded.pool("AdminConsole").id();

        alice = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "alice")))
                .identityId();
        cognito.getCredentialsForIdentity(b -> b.identityId(alice).logins(Map.of(FACEBOOK, "alice")));
        guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        cognito.getCredentialsForIdentity(b -> b.identityId(guest));
        zed = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(AMAZON, "zed")))
                .identityId();
        cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "alice", AMAZON, "zed")));
        aliceToken = cognito.getOpenIdToken(b -> b.identityId(alice).logins(Map.of(FACEBOOK, "alice")))
                .token();
        guestToken = cognito.getOpenIdToken(b -> b.identityId(guest)).token();

        var bobResponse = cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "bob")).principalTags(Map.of("team", "blue")));
        bob = bobResponse.identityId();
        bobToken = bobResponse.token();
        carol = cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "carol")))
                .identityId();
        cognito.mergeDeveloperIdentities(b -> b.identityPoolId(poolId)
                .developerProviderName(DEVELOPER)
                .sourceUserIdentifier("carol")
                .destinationUserIdentifier("bob"));
    }

    /** An SDK client for a fake, signed with dummy credentials, without retries (as in fake-server's tests). */
    static CognitoIdentityClient client(FakeCognitoIdentity fake) {
        return CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.of(fake.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    @Override
    public void close() {
        cognito.close();
        fake.close();
    }
}
