package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.model.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;

/** A container that requires signatures and verifies them against its credentials. */
@ContainerTest
class SignaturesInContainerTest {
    private static final String KEY = "AKIACONTAINER0001";

    @Container
    static CognitoIdentityContainer cognito = new CognitoIdentityContainer()
            .withRequireSignatures(true)
            .withCredentials(KEY, "container/secret+0123456789abcdefghijklm");

    @Test
    void clientsWithTheContainersCredentialsWorkAndOthersAreRefused() {
        try (CognitoIdentityClient client = Clients.cognitoIdentity(cognito);
                CognitoIdentityClient stranger = CognitoIdentityClient.builder()
                        .endpointOverride(cognito.endpoint())
                        .region(Region.of(cognito.region()))
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, "not-the-secret")))
                        .httpClient(UrlConnectionHttpClient.create())
                        .build()) {
            cognito.reset();
            client.createIdentityPool(b -> b.identityPoolName("Signed").allowUnauthenticatedIdentities(true));

            assertThatThrownBy(() -> stranger.listIdentityPools(b -> b.maxResults(5)))
                    .isInstanceOf(CognitoIdentityException.class)
                    .hasMessageStartingWith("The request signature we calculated does not match");
            assertThat(cognito.requests().requests())
                    .extracting(RecordedRequest::accessKeyId, RecordedRequest::errorType)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(KEY, null),
                            org.assertj.core.groups.Tuple.tuple(KEY, "InvalidSignatureException"));
        }
    }

    @Test
    void theBannerSaysSignaturesAreRequired() {
        assertThat(cognito.getLogs()).contains("; signatures required and verified for access keys " + KEY);
    }
}
