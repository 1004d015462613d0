package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.model.internal.Setting;
import dev.fakecognito.model.internal.SettingValues;
import dev.fakecognito.server.internal.settings.BuilderSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** A fake is built, started once and closed for good; its start seeds all its fixtures or none. */
class LifecycleTest {
    private static final String POOL_A = "us-east-1:aaaaaaaa-1111-2222-3333-444444444444";

    private static Fixtures pool(String id, String name) {
        return Fixtures.of(World.builder()
                .pool(World.IdentityPool.builder().id(id).name(name).build())
                .build());
    }

    @Test
    void closeBeforeStartIsFinal() {
        FakeCognitoIdentity fake = FakeCognitoIdentity.builder().build();
        fake.close();

        assertThatThrownBy(fake::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The fake is closed: build a new one");
        assertThatThrownBy(fake::endpoint)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The fake is closed");
        assertThat(fake.isRunning()).isFalse();
    }

    @Test
    void anUnstartedFakeSaysSo() {
        FakeCognitoIdentity fake = FakeCognitoIdentity.builder().build();

        assertThatThrownBy(fake::port)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The fake is not started: call start()");
    }

    @Test
    void startingTwiceStartsOnce() {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            int port = fake.port();

            assertThat(fake.start()).isSameAs(fake);
            assertThat(fake.port()).isEqualTo(port);
        }
    }

    @Test
    void aRefusedFixtureLeavesNoneOfTheOthersAndTheFakeStopped() {
        FakeCognitoIdentity fake = FakeCognitoIdentity.builder()
                .fixtures(pool(POOL_A, "First"))
                .fixtures(pool(POOL_A, "SameIdAgain"))
                .build();

        assertThatThrownBy(fake::start).isInstanceOf(FixtureException.class).hasMessageContaining("already exists");
        assertThat(fake.isRunning()).isFalse();
        assertThat(fake.snapshot().identityPools()).isEmpty();
        assertThatThrownBy(fake::start).isInstanceOf(FixtureException.class);
        assertThat(fake.snapshot().identityPools()).isEmpty();
        fake.close();
    }

    @Test
    void aStartRetriedAfterAPortClashSeedsEachFixtureOnce() throws IOException {
        ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        int port = taken.getLocalPort();
        FakeCognitoIdentity fake = FakeCognitoIdentity.builder()
                .port(port)
                .fixtures(pool(POOL_A, "First"))
                .fixtures(Fixtures.of(World.builder()
                        .fault(Fault.on("GetId").error("TooManyRequestsException"))
                        .build()))
                .build();
        try (fake) {
            assertThatThrownBy(fake::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Cannot listen on 127.0.0.1:" + port);
            assertThat(fake.snapshot().identityPools()).isEmpty();
            assertThat(fake.faults()).isEmpty();

            taken.close();
            fake.start();

            assertThat(fake.snapshot().identityPools())
                    .extracting(World.IdentityPool::name)
                    .containsExactly("First");
            assertThat(fake.faults()).hasSize(1);
        }
    }

    @Test
    void whatWasSeededBeforeAFailedStartStays() {
        FakeCognitoIdentity fake =
                FakeCognitoIdentity.builder().fixtures(pool(POOL_A, "Clashes")).build();
        fake.seed(pool(POOL_A, "SeededByTheTest"));

        assertThatThrownBy(fake::start).isInstanceOf(FixtureException.class);
        assertThat(fake.snapshot().identityPools())
                .extracting(World.IdentityPool::name)
                .containsExactly("SeededByTheTest");
        fake.close();
    }

    @Test
    void aFakeOnEveryInterfaceGivesAnEndpointClientsCanCall() {
        try (FakeCognitoIdentity fake =
                        FakeCognitoIdentity.builder().host("0.0.0.0").start();
                CognitoIdentityClient client = FakeServerTestBase.client(fake)) {
            assertThat(fake.endpoint().toString()).isEqualTo("http://127.0.0.1:" + fake.port());
            assertThat(client.listIdentityPools(b -> b.maxResults(1)).identityPools())
                    .isEmpty();
        }
    }

    @Test
    void aWorldBuiltInCodeNamesOnlyWhatItNeedsAndSeeds() {
        World world = World.builder()
                .pool(World.IdentityPool.builder()
                        .name("Shop")
                        .allowUnauthenticatedIdentities(true)
                        .supportedLoginProvider("graph.facebook.com", "1234567890")
                        .identity(World.Identity.builder()
                                .login("graph.facebook.com", "alice")
                                .build())
                        .build())
                .build();

        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient client = FakeServerTestBase.client(fake)) {
            World seeded = fake.seed(world);
            World.IdentityPool shop = seeded.pool("Shop");
            String aliceId = shop.identities().get(0).id();

            String again = client.getId(b -> b.identityPoolId(shop.id()).logins(Map.of("graph.facebook.com", "alice")))
                    .identityId();

            assertThat(again).isEqualTo(aliceId);
            assertThat(shop.toBuilder().name("Renamed").build())
                    .isEqualTo(World.IdentityPool.builder()
                            .id(shop.id())
                            .region("us-east-1")
                            .accountId("123456789012")
                            .name("Renamed")
                            .allowUnauthenticatedIdentities(true)
                            .supportedLoginProviders(Map.of("graph.facebook.com", "1234567890"))
                            .identities(shop.identities())
                            .build());
            assertThat(seeded.toBuilder().build()).isEqualTo(seeded);
            assertThat(shop.identities().get(0).toBuilder().build())
                    .isEqualTo(shop.identities().get(0));
        }
    }

    @Test
    void credentialsForClientsAreTheFirstConfiguredOrTest() {
        try (FakeCognitoIdentity open = FakeCognitoIdentity.builder().build();
                FakeCognitoIdentity strict = FakeCognitoIdentity.builder()
                        .requireSignatures(true)
                        .credentials("AKIAFIRST", "first")
                        .credentials("AKIASECOND", "second")
                        .build()) {
            assertThat(open.accessKeyId()).isEqualTo("test");
            assertThat(open.secretAccessKey()).isEqualTo("test");
            assertThat(strict.accessKeyId()).isEqualTo("AKIAFIRST");
            assertThat(strict.secretAccessKey()).isEqualTo("first");
        }
    }

    @Test
    void everyBuilderSettingHasItsBuilderMethod() {
        for (Setting<?> setting : FakeSettings.of(Setting.Surface.BUILDER)) {
            SettingValues values = given(setting);
            // a setting without a case in BuilderSettings fails with "no builder method applies the setting"
            assertThatCode(() -> BuilderSettings.apply(
                            FakeCognitoIdentity.builder(), values, location -> pool(null, location)))
                    .as(setting.name())
                    .doesNotThrowAnyException();
        }
    }

    /** A value for a setting other than its default, so that it is applied. */
    @SuppressWarnings("unchecked")
    private static <T> SettingValues given(Setting<T> setting) {
        Object value = switch (setting.kind()) {
            case BOOLEAN -> !((Boolean) setting.defaultValue());
            case INT -> 1;
            case TEXT ->
                setting == FakeSettings.REGION
                        ? "eu-west-1"
                        : setting == FakeSettings.ACCOUNT_ID ? "111122223333" : "value";
            case LIST -> List.of(setting == FakeSettings.CREDENTIALS ? "KEY:SECRET" : "name");
        };
        return SettingValues.none().with(setting, (T) value);
    }
}
