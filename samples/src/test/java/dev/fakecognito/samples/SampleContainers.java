package dev.fakecognito.samples;

import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What the container subclasses of the contracts share: the client, and the fixtures before each test. */
final class SampleContainers {
    private SampleContainers() {
    }

    /** A Cognito Identity client for the fake in this container, as a user would build it. */
    static CognitoIdentityClient client(CognitoIdentityContainer cognito) {
        return CognitoIdentityClient.builder()
                .endpointOverride(cognito.getEndpoint())
                .region(Region.of(cognito.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(cognito.getAccessKeyId(), cognito.getSecretAccessKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /**
     * Empties the fake (pools, identities and the request journal) and seeds it with a fixture file from
     * the test classpath, as {@code @CognitoIdentityTest(fixtures = …)} does before each test in process.
     */
    static void reseed(CognitoIdentityContainer cognito, String fixtures) {
        cognito.reset();
        cognito.seed(resource(fixtures));
    }

    private static String resource(String name) {
        try (InputStream in = SampleContainers.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture file " + name + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
