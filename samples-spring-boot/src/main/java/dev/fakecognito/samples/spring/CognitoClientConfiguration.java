package dev.fakecognito.samples.spring;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClientBuilder;

/** The service's own SDK client, built from {@code app.cognito.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CognitoProperties.class)
public class CognitoClientConfiguration {

    /**
     * The client: the configured region, endpoint override and credentials, else the SDK's defaults.
     *
     * @param properties {@code app.cognito.*}
     * @return the client, closed with the context
     */
    @Bean
    public CognitoIdentityClient cognitoIdentityClient(CognitoProperties properties) {
        CognitoIdentityClientBuilder builder = CognitoIdentityClient.builder().region(Region.of(properties.region()));
        if (properties.endpoint() != null) {
            builder.endpointOverride(properties.endpoint());
        }
        builder.credentialsProvider(
                properties.accessKeyId() == null
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(properties.accessKeyId(), properties.secretAccessKey())));
        return builder.build();
    }
}
