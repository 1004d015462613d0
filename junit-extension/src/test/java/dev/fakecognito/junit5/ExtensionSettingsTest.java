package dev.fakecognito.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.tokens.LoginTokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * Every setting of the builder and of {@code @CognitoIdentityTest} reaches the fake: the same contract
 * runs against a fake configured each way (the classes below are run only from here, through
 * {@link EngineTestKit}).
 */
class ExtensionSettingsTest {
    static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Settings";
    static final String TOKEN = "s3cret";
    // Below the ephemeral range (32768 and up on Linux), so no client socket of another test holds them.
    static final int ANNOTATION_PORT = 29231;
    static final int BUILDER_PORT = 29232;

    private static EngineExecutionResults run(Class<?>... classes) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(classes)
                        .map(DiscoverySelectors::selectClass)
                        .toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .execute();
    }

    /** All the tests passed; else the failures, with their messages. */
    private static void assertAllSucceeded(EngineExecutionResults results, int tests) {
        assertThat(results.allEvents().finished().stream()
                        .filter(event -> event.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                                        .getStatus()
                                != org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL)
                        .map(event -> event.getTestDescriptor().getDisplayName() + ": "
                                + event.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                                        .getThrowable()
                                        .map(Throwable::toString)
                                        .orElse("?")))
                .as("failures")
                .isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    @Test
    void everySettingOfTheBuilderReachesTheFake() {
        assertAllSucceeded(run(ByBuilder.class), 5);
    }

    @Test
    void everySettingOfTheAnnotationReachesTheFake() {
        assertAllSucceeded(run(ByAnnotation.class), 5);
    }

    @Test
    void adminEndpointsCanBeSwitchedOffEitherWay() {
        assertAllSucceeded(run(AdminOffByBuilder.class, AdminOffByAnnotation.class), 2);
    }

    @Test
    void aSharedFakeServesEveryClassThatSharesIt() {
        EngineExecutionResults results = run(SharedByBuilderFirst.class, SharedByBuilderSecond.class);

        assertAllSucceeded(results, 2);
        assertThat(SharedByBuilderFirst.seen).isNotNull().isSameAs(SharedByBuilderSecond.seen);
    }

    @Test
    void aSharedFakeCannotBeCustomized() {
        assertThatThrownBy(() -> CognitoIdentityExtension.builder()
                        .shared(true)
                        .configure(fake -> fake.region("eu-west-1"))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A shared fake cannot be customized: other classes use it too");
    }

    @Test
    void aDataDirectoryKeepsWhatATestCreatedEitherWay() throws IOException {
        for (String dir : List.of(DataDirByAnnotation.DIR, DataDirByBuilder.DIR)) {
            deleteTree(Path.of(dir));
        }

        assertAllSucceeded(run(DataDirByAnnotation.class, DataDirByBuilder.class), 2);

        for (String dir : List.of(DataDirByAnnotation.DIR, DataDirByBuilder.DIR)) {
            try (FakeCognitoIdentity fake =
                    FakeCognitoIdentity.builder().dataDir(Path.of(dir)).start()) {
                assertThat(fake.snapshot().identityPools())
                        .extracting(World.IdentityPool::name)
                        .containsExactly("Durable");
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Creates a pool in a fake with a data directory. */
    abstract static class DataDirContract {
        @Test
        void createAPool(CognitoIdentityClient client) {
            client.createIdentityPool(b -> b.identityPoolName("Durable").allowUnauthenticatedIdentities(true));
        }
    }

    @CognitoIdentityTest(dataDir = DataDirByAnnotation.DIR, resetBeforeEach = false)
    static class DataDirByAnnotation extends DataDirContract {
        static final String DIR = "target/extension-settings/annotation-data";
    }

    static class DataDirByBuilder extends DataDirContract {
        static final String DIR = "target/extension-settings/builder-data";

        @RegisterExtension
        static CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
                .dataDir(Path.of(DIR))
                .resetBeforeEach(false)
                .build();
    }

    /** The checks, for a fake configured with the values above. */
    abstract static class Contract {
        abstract int expectedPort();

        @Test
        void regionHostPortIssuerAndAccount(FakeCognitoIdentity fake) {
            assertThat(fake.region()).isEqualTo("eu-west-1");
            assertThat(fake.endpoint().getHost()).isEqualTo("localhost");
            assertThat(fake.port()).isEqualTo(expectedPort());
            assertThat(fake.issuer()).isEqualTo("https://issuer.settings.example");
            assertThat(fake.accountId()).isEqualTo("111122223333");
        }

        @Test
        void adminCallsNeedTheTokenAndAnAllowedHost(FakeCognitoIdentity fake) throws IOException {
            String allowed = "cognito.settings.example:" + fake.port();
            String token = "X-Fake-Cognito-Admin: " + TOKEN + "\r\n";

            assertThat(raw(fake, "/_fake/state", allowed, token)).startsWith("HTTP/1.1 200 ");
            assertThat(raw(fake, "/_fake/state", allowed, "X-Fake-Cognito-Admin: other\r\n"))
                    .startsWith("HTTP/1.1 401 ");
            assertThat(raw(fake, "/_fake/state", "other.example:" + fake.port(), token))
                    .startsWith("HTTP/1.1 403 ");
        }

        @Test
        void thePageIsReadOnly(FakeCognitoIdentity fake) throws IOException {
            assertThat(raw(fake, "/_fake/ui/api/pools", "localhost", "X-Fake-Cognito-Admin: " + TOKEN + "\r\n"))
                    .startsWith("HTTP/1.1 200 ")
                    .contains("\"readOnly\":true");
        }

        @Test
        void theJournalKeepsTheLastTwoCalls(FakeCognitoIdentity fake, CognitoIdentityClient client) {
            for (int i = 0; i < 3; i++) {
                client.listIdentityPools(b -> b.maxResults(10));
            }

            assertThat(fake.requests().requests()).hasSize(2);
            assertThat(fake.requests().dropped()).isEqualTo(1);
        }

        @Test
        void loginTokensAreVerifiedAndKeptInTheJournal(FakeCognitoIdentity fake, CognitoIdentityClient client) {
            String pool = fake.seed(Fixtures.fromString("{\"identityPools\": [{\"name\": \"Verified\","
                            + " \"cognitoIdentityProviders\": [{\"providerName\": \"" + USER_POOL
                            + "\", \"clientId\": \"client\"}]}]}"))
                    .pool("Verified")
                    .id();
            String signed = LoginTokens.create()
                    .userPoolIdToken(USER_POOL, "client")
                    .subject("alice")
                    .build();
            // The fake knows the key of the tokens LoginTokens mints in this JVM: a forged signature fails.
            String[] parts = signed.split("\\.");
            String token = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

            assertThatThrownBy(() -> client.getId(b -> b.identityPoolId(pool).logins(Map.of(USER_POOL, token))))
                    .isInstanceOf(NotAuthorizedException.class)
                    .hasMessageContaining("Invalid login token. Couldn't verify signed token.");
            assertThat(fake.requests()
                            .requests()
                            .get(fake.requests().requests().size() - 1)
                            .requestBody())
                    .contains(token);
        }
    }

    @CognitoIdentityTest(
            region = "eu-west-1",
            host = "localhost",
            port = ANNOTATION_PORT,
            issuer = "https://issuer.settings.example",
            accountId = "111122223333",
            adminToken = TOKEN,
            allowedHosts = "cognito.settings.example",
            journalSize = 2,
            keepLoginTokens = true,
            uiReadOnly = true,
            verifyLoginTokens = true)
    static class ByAnnotation extends Contract {
        @Override
        int expectedPort() {
            return ANNOTATION_PORT;
        }
    }

    static class ByBuilder extends Contract {
        @RegisterExtension
        static CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
                .region("eu-west-1")
                .host("localhost")
                .port(BUILDER_PORT)
                .issuer("https://issuer.settings.example")
                .accountId("111122223333")
                .adminToken(TOKEN)
                .allowedHosts("cognito.settings.example")
                .journalSize(2)
                .keepLoginTokens(true)
                .uiReadOnly(true)
                .verifyLoginTokens(true)
                .build();

        @Override
        int expectedPort() {
            return BUILDER_PORT;
        }
    }

    static void adminEndpointsAreOff(FakeCognitoIdentity fake) throws IOException {
        assertThat(raw(fake, "/_fake/state", "localhost", "X-Fake-Cognito-Admin: 1\r\n"))
                .startsWith("HTTP/1.1 404 ");
        assertThat(raw(fake, "/_fake/health", "localhost", "")).startsWith("HTTP/1.1 200 ");
    }

    @CognitoIdentityTest(adminEndpoints = false)
    static class AdminOffByAnnotation {
        @Test
        void off(FakeCognitoIdentity fake) throws IOException {
            adminEndpointsAreOff(fake);
        }
    }

    static class AdminOffByBuilder {
        @RegisterExtension
        static CognitoIdentityExtension cognito =
                CognitoIdentityExtension.builder().adminEndpoints(false).build();

        @Test
        void off(FakeCognitoIdentity fake) throws IOException {
            adminEndpointsAreOff(fake);
        }
    }

    static class SharedByBuilderFirst {
        static FakeCognitoIdentity seen;

        @RegisterExtension
        static CognitoIdentityExtension cognito =
                CognitoIdentityExtension.builder().shared(true).build();

        @Test
        void remembersTheFake(FakeCognitoIdentity fake) {
            seen = fake;
        }
    }

    static class SharedByBuilderSecond {
        static FakeCognitoIdentity seen;

        @RegisterExtension
        static CognitoIdentityExtension cognito =
                CognitoIdentityExtension.builder().shared(true).build();

        @Test
        void remembersTheFake(FakeCognitoIdentity fake) {
            seen = fake;
        }
    }

    /** A raw request, to set the {@code Host} header. */
    static String raw(FakeCognitoIdentity fake, String path, String host, String headers) throws IOException {
        try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(10_000); // only reached when the fake neither answers nor closes
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n" + headers
                                    + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
