package dev.fakecognito.testcontainers;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** Real AWS SDK clients pointed at a container (shared with the samples through this module's test jar). */
public final class Clients {
    private Clients() {}

    /** A Cognito Identity client for the fake in this container, as a user would build it. */
    public static CognitoIdentityClient cognitoIdentity(CognitoIdentityContainer cognito) {
        // snippet:start client
        CognitoIdentityClient client = CognitoIdentityClient.builder()
                .endpointOverride(cognito.endpoint())
                .region(Region.of(cognito.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(cognito.accessKeyId(), cognito.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        // snippet:end
        return client;
    }
}
