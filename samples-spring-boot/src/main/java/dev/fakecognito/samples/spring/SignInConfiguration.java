package dev.fakecognito.samples.spring;

import dev.fakecognito.samples.MobileSignInService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The sign-in service, on whichever {@link CognitoIdentityClient} the context has. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CognitoProperties.class)
public class SignInConfiguration {

    /**
     * The sign-in service for the configured pool.
     *
     * @param cognito    the SDK client
     * @param properties {@code app.cognito.*}
     * @return the service
     */
    @Bean
    public MobileSignInService mobileSignInService(CognitoIdentityClient cognito, CognitoProperties properties) {
        return new MobileSignInService(
                cognito, properties.identityPoolId(), properties.developerProvider(), properties.tokenDuration());
    }
}
