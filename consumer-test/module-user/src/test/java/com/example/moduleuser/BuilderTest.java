package com.example.moduleuser;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The embedded fake started by hand on the module path (its Undertow and XNIO relocated inside). */
class BuilderTest {

    @Test
    void aFakeStartedByItsBuilderAnswersTheSdk() {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().port(0).start();
                CognitoIdentityClient cognito = CognitoIdentityClient.builder()
                        .endpointOverride(fake.endpoint())
                        .region(Region.of(fake.region()))
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(fake.accessKeyId(), fake.secretAccessKey())))
                        .httpClient(UrlConnectionHttpClient.create())
                        .build()) {
            String poolId = cognito.createIdentityPool(
                            b -> b.identityPoolName("Shop").allowUnauthenticatedIdentities(true))
                    .identityPoolId();

            String identityId = new GuestSignIn(cognito, poolId).signIn();

            assertThat(fake).identityPool("Shop").hasIdentityCount(1);
            assertThat(fake).identity(identityId).isUnauthenticated();
        }
    }
}
