package com.example.containeruser;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThatToken;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The user view: a container seeded from a file, the SDK against it, and the assertions (state,
 * journal, and the token's RS512 signature checked with the JDK alone) on the container. Skipped
 * without Docker, except on CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerAssertionsTest {
    private CognitoIdentityContainer cognito;
    private CognitoIdentityClient client;

    @BeforeAll
    void start() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || DockerClientFactory.instance().isDockerAvailable(), "no Docker engine answers");
        cognito = new CognitoIdentityContainer().withFixtures(MountableFile.forClasspathResource("cognito/world.yaml"));
        cognito.start();
        client = CognitoIdentityClient.builder()
                .endpointOverride(cognito.endpoint())
                .region(Region.of(cognito.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(cognito.accessKeyId(), cognito.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (cognito != null) {
            cognito.stop();
        }
    }

    @Test
    void assertionsWorkOnTheContainer() {
        Map<String, String> logins = Map.of("graph.facebook.com", "returning-user");
        String identityId = client.getId(b -> b.identityPoolId("us-east-1:0000aaaa-1111-2222-3333-444455556666")
                        .logins(logins))
                .identityId();
        client.getCredentialsForIdentity(b -> b.identityId(identityId).logins(logins));
        String token = client.getOpenIdToken(b -> b.identityId(identityId).logins(logins))
                .token();

        assertThat(cognito).identityPool("ContainerApp").hasIdentityCount(1);
        assertThat(cognito)
                .identityWithLogin("graph.facebook.com", "returning-user")
                .hasLastRole("arn:aws:iam::123456789012:role/Auth");
        assertThatToken(token)
                .isSignedBy(cognito)
                .hasSubject(identityId)
                .isAuthenticatedWith("graph.facebook.com")
                .expiresWithin(Duration.ofMinutes(10));
        assertThat(cognito).receivedRequests().hasNoFailures();
    }
}
