package dev.fakecognito.spring;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The opt-in JVM-wide SDK endpoint: clients built without an endpoint override reach the fake while the
 * context is open; a second context asking for it at the same time fails, saying why
 * ({@link ContextLifecycleTest} checks that closing the context clears it).
 */
@SpringBootTest
@AutoConfigureFakeCognitoIdentity(region = "eu-central-1", sdkEndpointSystemProperty = true)
@DirtiesContext
class SdkEndpointPropertyTest {

    @Autowired
    FakeCognitoIdentity fake;

    @Test
    void aClientBuiltWithoutEndpointOverrideReachesTheFake() {
        assertThat(System.getProperty(AutoConfigureFakeCognitoIdentity.SDK_ENDPOINT_PROPERTY))
                .isEqualTo(fake.endpoint().toString());
        try (CognitoIdentityClient plain = CognitoIdentityClient.builder()
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                .build()) {
            plain.createIdentityPool(b -> b.identityPoolName("ViaSdkSetting").allowUnauthenticatedIdentities(true));
        }

        assertThat(fake).identityPool("ViaSdkSetting").allowsUnauthenticatedIdentities();
    }

    @Test
    void aSecondContextAskingAtTheSameTimeFailsSayingWhy() {
        Throwable failure = ContextLifecycleTest.onlyFailure(ContextLifecycleTest.run(SecondContext.class));

        assertThat(failure)
                .hasStackTraceContaining(SecondContext.class.getName()
                        + " asks for sdkEndpointSystemProperty = true, but the AWS SDK's JVM-wide endpoint setting"
                        + " aws.endpointUrlCognitoIdentity is already set (to " + fake.endpoint()
                        + ", by the application context of " + SdkEndpointPropertyTest.class.getName()
                        + ", which Spring's context cache keeps open)")
                .hasStackTraceContaining("@DirtiesContext");
        assertThat(System.getProperty(AutoConfigureFakeCognitoIdentity.SDK_ENDPOINT_PROPERTY))
                .isEqualTo(fake.endpoint().toString());
    }

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(region = "eu-north-1", sdkEndpointSystemProperty = true)
    static class SecondContext {
        @Test
        void neverRuns() {}
    }
}
