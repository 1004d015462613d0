package dev.fakecognito.testcontainers;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThatToken;
import static dev.fakecognito.assertj.Requests.getId;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The assertions module reads a fake in a container exactly as an in-process one. */
@ContainerTest
class AssertionsOnContainerTest {
    @Container
    static CognitoIdentityContainer cognito = new CognitoIdentityContainer();

    static CognitoIdentityClient client;

    @BeforeAll
    static void client() {
        client = Clients.cognitoIdentity(cognito);
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @Test
    void identitiesTokensAndRequestsOfAContainerAreAsserted() {
        cognito.reset();
        String poolId = cognito.seed("""
                identityPools:
                  - name: Containerised
                    supportedLoginProviders: { graph.facebook.com: app }
                    roles: { authenticated: "arn:aws:iam::123456789012:role/Auth" }
                    tags: { env: container }
                """).pool("Containerised").id();

        String identityId = client.getId(b -> b.identityPoolId(poolId).logins(Map.of("graph.facebook.com", "carol")))
                .identityId();
        client.getCredentialsForIdentity(b -> b.identityId(identityId).logins(Map.of("graph.facebook.com", "carol")));
        String token = client.getOpenIdToken(
                        b -> b.identityId(identityId).logins(Map.of("graph.facebook.com", "carol")))
                .token();

        assertThat(cognito).identityPool("Containerised").hasIdentityCount(1).hasTag("env", "container");
        assertThat(cognito)
                .identityWithLogin("graph.facebook.com", "carol")
                .hasLogins("graph.facebook.com")
                .hasLastRole("arn:aws:iam::123456789012:role/Auth");
        assertThatToken(token)
                .isSignedBy(cognito)
                .hasSubject(identityId)
                .hasAudience(poolId)
                .isAuthenticatedWith("graph.facebook.com");
        assertThat(cognito).receivedRequests().contains(getId(poolId)).hasNoFailures();
        assertThatThrownBy(() -> assertThat(cognito).identity(identityId).isDisabled())
                .isInstanceOf(AssertionError.class);
    }
}
