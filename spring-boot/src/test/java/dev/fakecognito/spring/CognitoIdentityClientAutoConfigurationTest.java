package dev.fakecognito.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** When the auto-configuration adds clients, and when it backs off. */
class CognitoIdentityClientAutoConfigurationTest {
    static final CognitoIdentityConnectionDetails DETAILS =
            new InProcessConnectionDetails(URI.create("http://127.0.0.1:9"), "eu-west-1", "test", "test");

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CognitoIdentityClientAutoConfiguration.class));

    @Test
    void noConnectionDetailsNoClients() {
        runner.run(context -> assertThat(context)
                .hasNotFailed()
                .doesNotHaveBean(CognitoIdentityClient.class)
                .doesNotHaveBean(CognitoIdentityAsyncClient.class));
    }

    @Test
    void connectionDetailsGiveBothClientsWithTheirRegion() {
        runner.withBean(CognitoIdentityConnectionDetails.class, () -> DETAILS).run(context -> {
            assertThat(context)
                    .hasSingleBean(CognitoIdentityClient.class)
                    .hasSingleBean(CognitoIdentityAsyncClient.class);
            assertThat(context.getBean(CognitoIdentityClient.class)
                            .serviceClientConfiguration()
                            .region())
                    .isEqualTo(Region.EU_WEST_1);
            assertThat(context.getBean(CognitoIdentityClient.class)
                            .serviceClientConfiguration()
                            .endpointOverride())
                    .contains(URI.create("http://127.0.0.1:9"));
        });
    }

    @Test
    void theApplicationsOwnClientWins() {
        CognitoIdentityClient own = CognitoIdentityClient.builder()
                .region(Region.US_WEST_2)
                .endpointOverride(URI.create("http://127.0.0.1:8"))
                .build();
        runner.withBean(CognitoIdentityConnectionDetails.class, () -> DETAILS)
                .withBean("own", CognitoIdentityClient.class, () -> own)
                .run(context -> {
                    assertThat(context).hasSingleBean(CognitoIdentityClient.class);
                    assertThat(context.getBean(CognitoIdentityClient.class)).isSameAs(own);
                    assertThat(context).hasSingleBean(CognitoIdentityAsyncClient.class);
                });
    }

    @Test
    void noAsyncHttpClientNoAsyncClient() {
        runner.withBean(CognitoIdentityConnectionDetails.class, () -> DETAILS)
                .withClassLoader(new FilteredClassLoader(new ClassPathResource(
                        "META-INF/services/software.amazon.awssdk.http.async.SdkAsyncHttpService")))
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .hasSingleBean(CognitoIdentityClient.class)
                        .doesNotHaveBean(CognitoIdentityAsyncClient.class));
    }

    @Test
    void withoutTheSdkTheAutoConfigurationIsInert() {
        runner.withBean(CognitoIdentityConnectionDetails.class, () -> DETAILS)
                .withClassLoader(new FilteredClassLoader("software.amazon.awssdk.services.cognitoidentity"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("cognitoIdentityClient"));
    }
}
