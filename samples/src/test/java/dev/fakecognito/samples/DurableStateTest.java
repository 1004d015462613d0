package dev.fakecognito.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** docs/guides/durable-state.md: a fake with a data directory keeps its identities across a restart. */
class DurableStateTest {
    @TempDir
    Path folder;

    private static CognitoIdentityClient client(FakeCognitoIdentity fake) {
        return CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.of(fake.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    @Test
    void anIdentityOutlivesTheFake() {
        Path dir = folder.resolve("cognito-data");
        String poolId;
        String identityId;
        // snippet:start data-dir
        try (FakeCognitoIdentity fake =
                FakeCognitoIdentity.builder().dataDir(dir).start()) {
            CognitoIdentityClient client = client(fake);
            poolId = client.createIdentityPool(
                            b -> b.identityPoolName("MobileApp").allowUnauthenticatedIdentities(true))
                    .identityPoolId();
            identityId = client.getId(b -> b.identityPoolId(poolId)).identityId();
        }
        // a new fake on the same directory: the same pool, the same identity
        try (FakeCognitoIdentity fake =
                FakeCognitoIdentity.builder().dataDir(dir).start()) {
            String again =
                    client(fake).describeIdentity(b -> b.identityId(identityId)).identityId();
            // snippet:end
            assertThat(again).isEqualTo(identityId);
            assertThat(fake.snapshot().identityPools().get(0).id()).isEqualTo(poolId);
            // snippet:start data-dir
        }
        // snippet:end
    }
}
