package dev.fakecognito.spring;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Requests.getId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * An application that builds its own client from its own properties: the test points those at the fake,
 * and the auto-configured client backs off.
 */
@SpringBootTest(properties = {"app.cognito.endpoint=${fake.cognito-identity.endpoint}", "app.cognito.region=eu-west-1"})
@AutoConfigureFakeCognitoIdentity(fixtures = "cognito/eu-world.yaml", region = "eu-west-1")
class OwnClientTest {

    /** The application's own client configuration. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AppCognitoConfiguration {
        @Bean
        CognitoIdentityClient appCognitoClient(
                @Value("${app.cognito.endpoint}") URI endpoint, @Value("${app.cognito.region}") String region) {
            return CognitoIdentityClient.builder()
                    .endpointOverride(endpoint)
                    .region(Region.of(region))
                    .credentialsProvider(AnonymousCredentialsProvider.create())
                    .build();
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    CognitoIdentityClient client;

    @Autowired
    FakeCognitoIdentity fake;

    @Test
    void theApplicationsOwnClientIsTheOnlyOneAndReachesTheFake() {
        assertThat(context.getBeanNamesForType(CognitoIdentityClient.class)).containsExactly("appCognitoClient");

        client.getId(b -> b.identityPoolId("eu-west-1:11111111-2222-3333-4444-555555555555"));

        assertThat(fake).identityPool("EuropeApp").hasIdentityCount(1);
        assertThat(fake).receivedRequests().contains(getId("eu-west-1:11111111-2222-3333-4444-555555555555"));
    }

    @Test
    void anAsyncClientIsStillAutoConfiguredBecauseTheApplicationHasNone() {
        assertThat(context.getBeanNamesForType(CognitoIdentityAsyncClient.class))
                .containsExactly("cognitoIdentityAsyncClient");
    }
}
