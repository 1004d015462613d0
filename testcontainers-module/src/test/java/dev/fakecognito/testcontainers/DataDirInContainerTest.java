package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * withDataDir: a folder of this machine mounted into the container keeps the pools and identities,
 * and a second container given the folder starts where the first stopped; the files are this user's.
 */
@ContainerTest
class DataDirInContainerTest {
    @TempDir
    Path folder;

    @Test
    void aSecondContainerOnTheFolderHasTheFirstOnesIdentities() throws Exception {
        Path data = folder.resolve("cognito-data");
        String poolId;
        String identityId;
        try (CognitoIdentityContainer first = new CognitoIdentityContainer().withDataDir(data)) {
            first.start();
            try (CognitoIdentityClient client = Clients.cognitoIdentity(first)) {
                poolId = client.createIdentityPool(
                                b -> b.identityPoolName("Kept").allowUnauthenticatedIdentities(true))
                        .identityPoolId();
                identityId = client.getId(b -> b.identityPoolId(poolId)).identityId();
            }
        }
        try (java.util.stream.Stream<Path> files = Files.list(data)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .contains("lock")
                    .anyMatch(name -> name.startsWith("log-"));
        }

        try (CognitoIdentityContainer second = new CognitoIdentityContainer().withDataDir(data)) {
            second.start();
            try (CognitoIdentityClient client = Clients.cognitoIdentity(second)) {
                assertThat(client.describeIdentity(b -> b.identityId(identityId))
                                .identityId())
                        .isEqualTo(identityId);
            }
            assertThat(second.snapshot().identityPools().get(0).id()).isEqualTo(poolId);
        }
    }
}
