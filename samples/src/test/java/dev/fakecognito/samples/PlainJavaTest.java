package dev.fakecognito.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** docs/reference/java-api.md, "The embedded fake": the fake without the JUnit extension. */
class PlainJavaTest {

    @Test
    void embeddedFakeWithAnSdkClient() {
        // snippet:start embedded
        try (FakeCognitoIdentity fake =
                FakeCognitoIdentity.builder().region("eu-west-1").start()) {
            CognitoIdentityClient client = CognitoIdentityClient.builder()
                    .endpointOverride(fake.endpoint())
                    .region(Region.of(fake.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .build();
            String poolId = client.createIdentityPool(
                            b -> b.identityPoolName("MobileApp").allowUnauthenticatedIdentities(true))
                    .identityPoolId();
            String identityId = client.getId(b -> b.identityPoolId(poolId)).identityId();
            // snippet:end
            assertThat(identityId).startsWith("eu-west-1:");
            client.close();
            // snippet:start embedded
        }
        // snippet:end
    }
}
