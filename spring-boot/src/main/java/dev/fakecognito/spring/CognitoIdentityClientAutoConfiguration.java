package dev.fakecognito.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * Cognito Identity SDK clients pointed at a fake, for tests: active when the context has
 * {@link CognitoIdentityConnectionDetails} (from {@link AutoConfigureFakeCognitoIdentity} or a
 * {@code @ServiceConnection} container) and the SDK's {@code cognitoidentity} is on the classpath. Each
 * client bean backs off when the context defines one of its own type. The clients use the details'
 * endpoint, region and static credentials, and whichever HTTP client the SDK finds on the classpath,
 * as the application's own clients would; the async client only when an async HTTP client (such as
 * {@code netty-nio-client}) is there. Both are lazy: a context pays for building one (the SDK's first
 * client in a JVM takes a second or more) only when something uses it. The context closes them.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(name = "software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient")
@ConditionalOnBean(CognitoIdentityConnectionDetails.class)
public class CognitoIdentityClientAutoConfiguration {

    /** Created by Spring. */
    public CognitoIdentityClientAutoConfiguration() {}

    /**
     * A synchronous client for the fake.
     *
     * @param details where the fake is
     * @return the client
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    @Conditional(SdkHttpImplementationCondition.Sync.class)
    public CognitoIdentityClient cognitoIdentityClient(CognitoIdentityConnectionDetails details) {
        return pointedAt(CognitoIdentityClient.builder(), details).build();
    }

    /**
     * An asynchronous client for the fake.
     *
     * @param details where the fake is
     * @return the client
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    @Conditional(SdkHttpImplementationCondition.Async.class)
    public CognitoIdentityAsyncClient cognitoIdentityAsyncClient(CognitoIdentityConnectionDetails details) {
        return pointedAt(CognitoIdentityAsyncClient.builder(), details).build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B pointedAt(B builder, CognitoIdentityConnectionDetails details) {
        return builder.endpointOverride(details.endpoint())
                .region(Region.of(details.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(details.accessKeyId(), details.secretAccessKey())));
    }
}
