package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import dev.fakecognito.server.internal.persistence.PersistenceOptions;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdResponse;

/**
 * A fake with a data directory keeps its state across restarts: pools, identities, logins, tags,
 * developer identities and merges; a torn last record is dropped, another format version refused, a
 * directory in use refused, files are private, reset and fixtures behave as without one.
 */
class DataDirTest {
    private static final String PROVIDER = "graph.facebook.com";

    @TempDir
    Path dir;

    private static FakeCognitoIdentity start(Path dir) {
        return FakeCognitoIdentity.builder().dataDir(dir).start();
    }

    private static String newPool(CognitoIdentityClient cognito, String name) {
        CreateIdentityPoolResponse pool = cognito.createIdentityPool(b -> b.identityPoolName(name)
                .allowUnauthenticatedIdentities(true)
                .supportedLoginProviders(Map.of(PROVIDER, "app"))
                .developerProviderName("login.example")
                .identityPoolTags(Map.of("team", "a")));
        return pool.identityPoolId();
    }

    private static String getId(CognitoIdentityClient cognito, String pool, String user) {
        GetIdResponse id = cognito.getId(b -> b.identityPoolId(pool).logins(Map.of(PROVIDER, user)));
        return id.identityId();
    }

    @Test
    void aRestartKeepsPoolsIdentitiesTagsDeveloperIdentitiesAndMerges() {
        World before;
        try (FakeCognitoIdentity fake = start(dir)) {
            CognitoIdentityClient cognito = FakeServerTestBase.client(fake);
            String pool = newPool(cognito, "Kept");
            String poolArn = "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + pool;
            cognito.tagResource(b -> b.resourceArn(poolArn).tags(Map.of("env", "dev")));
            cognito.untagResource(b -> b.resourceArn(poolArn).tagKeys("team"));
            String alice = getId(cognito, pool, "alice");
            String guest = cognito.getId(b -> b.identityPoolId(pool)).identityId();
            String dev1 = cognito.getOpenIdTokenForDeveloperIdentity(
                            b -> b.identityPoolId(pool).logins(Map.of("login.example", "dev-1")))
                    .identityId();
            cognito.getOpenIdTokenForDeveloperIdentity(
                    b -> b.identityPoolId(pool).logins(Map.of("login.example", "dev-2")));
            cognito.mergeDeveloperIdentities(b -> b.identityPoolId(pool)
                    .developerProviderName("login.example")
                    .sourceUserIdentifier("dev-2")
                    .destinationUserIdentifier("dev-1"));
            cognito.deleteIdentities(b -> b.identityIdsToDelete(guest));
            cognito.setIdentityPoolRoles(b -> b.identityPoolId(pool)
                    .roles(Map.of(
                            "authenticated", "arn:aws:iam::123456789012:role/Signed",
                            "unauthenticated", "arn:aws:iam::123456789012:role/Guest")));
            cognito.setPrincipalTagAttributeMap(
                    b -> b.identityPoolId(pool).identityProviderName(PROVIDER).principalTags(Map.of("user", "id")));
            cognito.getCredentialsForIdentity(b -> b.identityId(alice).logins(Map.of(PROVIDER, "alice")));
            String dev3 = cognito.getOpenIdTokenForDeveloperIdentity(
                            b -> b.identityPoolId(pool).logins(Map.of("login.example", "dev-3")))
                    .identityId();
            cognito.unlinkDeveloperIdentity(b -> b.identityPoolId(pool)
                    .identityId(dev3)
                    .developerProviderName("login.example")
                    .developerUserIdentifier("dev-3"));
            assertThat(getId(cognito, pool, "alice")).isEqualTo(alice);
            assertThat(dev1).isNotNull();
            before = fake.snapshot();
        }

        try (FakeCognitoIdentity fake = start(dir)) {
            assertThat(fake.snapshot()).isEqualTo(before);
            CognitoIdentityClient cognito = FakeServerTestBase.client(fake);
            String pool = before.identityPools().get(0).id();
            assertThat(getId(cognito, pool, "alice"))
                    .isEqualTo(before.identityPools().get(0).identities().get(0).id());
            assertThat(before.identityPools().get(0).merges()).hasSize(1);
            assertThat(before.identityPools().get(0).tags()).isEqualTo(Map.of("env", "dev"));
            assertThat(before.identityPools().get(0).roles()).hasSize(2);
            assertThat(before.identityPools().get(0).principalTags()).containsKey(PROVIDER);
            assertThat(before.identityPools().get(0).identities().get(0).lastRole())
                    .isEqualTo("arn:aws:iam::123456789012:role/Signed");
            assertThat(before.identityPools().get(0).identities())
                    .anyMatch(identity -> Boolean.TRUE.equals(identity.disabled())
                            && identity.developerUserIdentifiers().isEmpty()
                            && identity.mergedInto() == null);
        }
    }

    @Test
    void aRestartKeepsEachPoolsRegionAndAccount() {
        String milan;
        try (FakeCognitoIdentity fake = start(dir);
                CognitoIdentityClient partner = regionalClient(fake, "eu-south-1", "111122223333")) {
            milan = newPool(partner, "Milan");
            getId(partner, milan, "alice");
        }
        try (FakeCognitoIdentity fake = start(dir);
                CognitoIdentityClient partner = regionalClient(fake, "eu-south-1", "111122223333");
                CognitoIdentityClient home = FakeServerTestBase.client(fake)) {
            World.IdentityPool pool = fake.snapshot().pool("Milan");
            assertThat(pool.id()).isEqualTo(milan).startsWith("eu-south-1:");
            assertThat(pool.region()).isEqualTo("eu-south-1");
            assertThat(pool.accountId()).isEqualTo("111122223333");
            assertThat(partner.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .extracting(p -> p.identityPoolId())
                    .containsExactly(milan);
            assertThat(home.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .isEmpty();
            assertThat(getId(partner, milan, "alice"))
                    .isEqualTo(pool.identities().get(0).id());
        }
    }

    /** A client of a region whose 12-digit access key names its account. */
    private static CognitoIdentityClient regionalClient(FakeCognitoIdentity fake, String region, String account) {
        return CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Test
    void aSnapshotThenMoreChangesRestoreTheSameState() {
        World before;
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder()
                .dataDir(dir)
                .persistenceOptions(new PersistenceOptions(2_000, Duration.ofSeconds(30), 16))
                .start()) {
            CognitoIdentityClient cognito = FakeServerTestBase.client(fake);
            String pool = newPool(cognito, "Compacted");
            for (int i = 0; i < 30; i++) {
                getId(cognito, pool, "user-" + i);
            }
            fake.compactDataDir();
            for (int i = 30; i < 40; i++) {
                getId(cognito, pool, "user-" + i);
            }
            cognito.updateIdentityPool(b -> b.identityPoolId(pool)
                    .identityPoolName("Renamed")
                    .allowUnauthenticatedIdentities(false)
                    .supportedLoginProviders(Map.of(PROVIDER, "app")));
            before = fake.snapshot();
        }
        assertThat(files("snapshot-")).hasSize(1);

        try (FakeCognitoIdentity fake = start(dir)) {
            assertThat(fake.snapshot()).isEqualTo(before);
            assertThat(fake.snapshot().identityPools().get(0).identities()).hasSize(40);
            assertThat(fake.snapshot().identityPools().get(0).name()).isEqualTo("Renamed");
        }
    }

    @Test
    void aTornLastRecordIsDroppedAndTheRestKept() throws IOException {
        World before;
        String lastId;
        try (FakeCognitoIdentity fake = start(dir)) {
            CognitoIdentityClient cognito = FakeServerTestBase.client(fake);
            String pool = newPool(cognito, "Torn");
            getId(cognito, pool, "kept");
            before = fake.snapshot();
            lastId = getId(cognito, pool, "cut-off");
        }
        Path log = files("log-").get(0);
        long size = Files.size(log);
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.setLength(size - 7); // the last record loses its end, as a write cut by a power loss
        }

        try (FakeCognitoIdentity fake = start(dir)) {
            assertThat(fake.snapshot()).isEqualTo(before);
            assertThat(fake.snapshot().toString()).doesNotContain(lastId);
            CognitoIdentityClient cognito = FakeServerTestBase.client(fake);
            String pool = before.identityPools().get(0).id();
            getId(cognito, pool, "after");
        }
        try (FakeCognitoIdentity fake = start(dir)) {
            assertThat(fake.snapshot().identityPools().get(0).identities()).hasSize(2);
        }
    }

    @Test
    void aDamagedChecksumEndsTheLogThere() throws IOException {
        try (FakeCognitoIdentity fake = start(dir)) {
            newPool(FakeServerTestBase.client(fake), "Flipped");
        }
        Path log = files("log-").get(0);
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.seek(file.length() - 2);
            int b = file.read();
            file.seek(file.length() - 2);
            file.write(b ^ 0x55);
        }

        try (FakeCognitoIdentity fake = start(dir)) {
            assertThat(fake.snapshot().identityPools()).isEmpty();
        }
    }

    @Test
    void aLogOfAnotherFormatVersionIsRefusedAndNotRead() throws IOException {
        try (FakeCognitoIdentity fake = start(dir)) {
            newPool(FakeServerTestBase.client(fake), "Versioned");
        }
        Path log = files("log-").get(0);
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.seek(8);
            file.write(ByteBuffer.allocate(4).putInt(99).array());
        }

        FakeCognitoIdentity fake = FakeCognitoIdentity.builder().dataDir(dir).build();
        assertThatThrownBy(fake::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(log.toString())
                .hasMessageContaining("data format version 99")
                .hasMessageContaining("reads version 1");
        assertThat(fake.snapshot().identityPools()).isEmpty();
        assertThat(fake.isRunning()).isFalse();
        fake.close();
    }

    @Test
    void twoFakesCannotShareADirectory() {
        try (FakeCognitoIdentity first = start(dir)) {
            FakeCognitoIdentity second =
                    FakeCognitoIdentity.builder().dataDir(dir).build();

            assertThatThrownBy(second::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dir.toAbsolutePath().toString())
                    .hasMessageContaining("in use by another fake");
            second.close();
            assertThat(first.isRunning()).isTrue();
        }
        try (FakeCognitoIdentity again = start(dir)) {
            assertThat(again.isRunning()).isTrue(); // the lock went with the first fake
        }
    }

    @Test
    void theFilesAreTheUsersOnly() throws IOException {
        Path fresh = dir.resolve("new");
        try (FakeCognitoIdentity fake = start(fresh)) {
            newPool(FakeServerTestBase.client(fake), "Private");
            fake.compactDataDir();
        }
        if (!fresh.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(fresh)) {
            List<Path> all = files.toList();
            assertThat(all).isNotEmpty();
            for (Path file : all) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void resetEmptiesTheDirectoryAndFixturesSeedOnlyAnEmptyOne() {
        Fixtures fixtures = Fixtures.of(World.builder()
                .pool(World.IdentityPool.builder()
                        .id("us-east-1:aaaaaaaa-1111-2222-3333-444444444444")
                        .name("FromFixtures")
                        .build())
                .clock(java.time.Instant.parse("2030-01-01T00:00:00Z"))
                .build());
        String created;
        try (FakeCognitoIdentity fake =
                FakeCognitoIdentity.builder().dataDir(dir).fixtures(fixtures).start()) {
            assertThat(fake.snapshot().identityPools()).hasSize(1);
            created = newPool(FakeServerTestBase.client(fake), "Mine");
        }
        try (FakeCognitoIdentity fake =
                FakeCognitoIdentity.builder().dataDir(dir).fixtures(fixtures).start()) {
            // the directory held pools: they are restored, the fixtures not seeded again
            assertThat(fake.snapshot().identityPools())
                    .extracting(World.IdentityPool::name)
                    .containsExactly("FromFixtures", "Mine");
            // what is not kept (here the clock) comes from the fixtures again
            assertThat(fake.clock().frozen()).isTrue();
            fake.reset();
            assertThat(fake.snapshot().identityPools()).isEmpty();
        }
        try (FakeCognitoIdentity fake = start(dir)) {
            assertThat(fake.snapshot().identityPools()).isEmpty(); // the reset was kept
        }
        try (FakeCognitoIdentity fake =
                FakeCognitoIdentity.builder().dataDir(dir).fixtures(fixtures).start()) {
            // an emptied directory is seeded, as a fake without one is at each start
            assertThat(fake.snapshot().identityPools())
                    .extracting(World.IdentityPool::name)
                    .containsExactly("FromFixtures");
            assertThat(fake.snapshot().toString()).doesNotContain(created);
        }
    }

    private List<Path> files(String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
