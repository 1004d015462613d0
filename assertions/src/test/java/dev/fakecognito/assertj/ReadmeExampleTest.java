package dev.fakecognito.assertj;

// snippet:start readme
import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThatToken;
import static dev.fakecognito.assertj.Requests.getCredentialsForIdentity;
// snippet:end

import dev.fakecognito.server.FakeCognitoIdentity;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The example of docs/guides/assertions.md (checked by the samples' DocsTest). */
class ReadmeExampleTest {

    @Test
    void readmeExample() {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient cognito = Scenario.client(fake)) {
            // snippet:start readme
            String poolId = cognito.createIdentityPool(b -> b.identityPoolName("MobileApp")
                            .allowUnauthenticatedIdentities(false)
                            .supportedLoginProviders(Map.of("graph.facebook.com", "1234567890"))
                            .identityPoolTags(Map.of("env", "test")))
                    .identityPoolId();
            cognito.setIdentityPoolRoles(b ->
                    b.identityPoolId(poolId).roles(Map.of("authenticated", "arn:aws:iam::123456789012:role/Auth")));
            Map<String, String> logins = Map.of("graph.facebook.com", "alice");
            String identityId =
                    cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();
            cognito.getCredentialsForIdentity(b -> b.identityId(identityId).logins(logins));
            String token = cognito.getOpenIdToken(b -> b.identityId(identityId).logins(logins))
                    .token();

            assertThat(fake)
                    .identityPool("MobileApp")
                    .hasIdentityCount(1)
                    .hasTag("env", "test")
                    .hasAuthenticatedRole("arn:aws:iam::123456789012:role/Auth");
            assertThat(fake)
                    .identityWithLogin("graph.facebook.com", "alice")
                    .hasLogins("graph.facebook.com")
                    .hasLastRole("arn:aws:iam::123456789012:role/Auth");
            assertThatToken(token)
                    .isSignedBy(fake)
                    .hasSubject(identityId)
                    .hasAudience(poolId)
                    .isAuthenticatedWith("graph.facebook.com")
                    .expiresWithin(Duration.ofMinutes(10));
            assertThat(fake)
                    .receivedRequests()
                    .contains(getCredentialsForIdentity(identityId).succeeded())
                    .hasNoRequestsFailingWith("NotAuthorizedException");
            // snippet:end
        }
    }
}
