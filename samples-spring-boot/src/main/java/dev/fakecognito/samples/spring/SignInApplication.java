package dev.fakecognito.samples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot service that signs the users of a mobile app in to AWS through Cognito Identity
 * (developer-authenticated identities): {@link SignInConfiguration} wires the samples'
 * {@code MobileSignInService}, {@link CognitoClientConfiguration} builds the SDK client from
 * {@code app.cognito.*} ({@link CognitoProperties}).
 */
@SpringBootApplication
public class SignInApplication {

    /**
     * Runs the service.
     *
     * @param args Spring Boot's command line
     */
    public static void main(String[] args) {
        SpringApplication.run(SignInApplication.class, args);
    }
}
