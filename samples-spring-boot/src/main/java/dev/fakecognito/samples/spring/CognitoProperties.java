package dev.fakecognito.samples.spring;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's Cognito Identity settings, {@code app.cognito.*}.
 *
 * @param identityPoolId    the pool the app's users sign in to
 * @param developerProvider the pool's developer provider name
 * @param tokenDuration     how long the OpenID tokens are valid
 * @param region            the AWS region of the pool
 * @param endpoint          an endpoint override (a fake, a VPC endpoint); none in production
 * @param accessKeyId       static credentials, for local runs; none in production (the SDK's default chain)
 * @param secretAccessKey   goes with {@code accessKeyId}
 */
@ConfigurationProperties("app.cognito")
public record CognitoProperties(
        String identityPoolId,
        String developerProvider,
        Duration tokenDuration,
        String region,
        URI endpoint,
        String accessKeyId,
        String secretAccessKey) {}
