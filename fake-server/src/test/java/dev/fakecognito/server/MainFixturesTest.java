package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fixtures FILE} and {@code FAKE_COGNITO_FIXTURES} of the standalone server. */
class MainFixturesTest {
    private static final String SAMPLE = "fixtures/sample-world.yaml";
    private static final String ALICE = "us-east-1:aaaaaaaa-0000-0000-0000-000000000001";

    private static World startAndSnapshot(FakeCognitoIdentity.Builder builder) {
        try (FakeCognitoIdentity fake = builder.start()) {
            return fake.snapshot();
        }
    }

    @Test
    void theFixturesOptionSeedsTheFakeAtStart() {
        World world = startAndSnapshot(Main.configure(new String[] {"--fixtures", SAMPLE, "--port", "0"}, Map.of()));

        assertThat(world.identityPools()).extracting(p -> p.name()).containsExactly("MobileApp", "AdminConsole");
        assertThat(world.pool("MobileApp").identity(ALICE)).isNotNull();
    }

    @Test
    void theFixturesOptionAcceptsTheEqualsForm() {
        World world = startAndSnapshot(Main.configure(new String[] {"--fixtures=" + SAMPLE, "--port=0"}, Map.of()));

        assertThat(world.identityCount()).isEqualTo(3);
    }

    @Test
    void theEnvironmentVariableSeedsTheFake() {
        World world =
                startAndSnapshot(Main.configure(new String[] {"--port", "0"}, Map.of("FAKE_COGNITO_FIXTURES", SAMPLE)));

        assertThat(world.identityPools()).hasSize(2);
        assertThat(world.identityCount()).isEqualTo(3);
    }

    @Test
    void theOptionWinsOverTheEnvironmentVariable(@TempDir Path dir) throws IOException {
        Path other = Files.writeString(dir.resolve("other.yaml"), "identityPools:\n  - name: FromOption\n");

        World world = startAndSnapshot(Main.configure(
                new String[] {"--fixtures", other.toString(), "--port", "0"},
                Map.of("FAKE_COGNITO_FIXTURES", "does/not/exist.yaml")));

        assertThat(world.identityPools()).extracting(p -> p.name()).containsExactly("FromOption");
    }

    @Test
    void aFixtureFileMayInjectFaultsAtStart(@TempDir Path dir) throws IOException {
        Path flaky = Files.writeString(
                dir.resolve("flaky.yaml"),
                "identityPools:\n  - name: Flaky\nfaults:\n  - { operation: GetId, error: InternalErrorException }\n");

        try (FakeCognitoIdentity fake = Main.configure(
                        new String[] {"--fixtures", flaky.toString(), "--port", "0"}, Map.of())
                .start()) {
            assertThat(fake.faults())
                    .extracting(FaultHandle::fault)
                    .containsExactly(Fault.on("GetId").error("InternalErrorException"));
            assertThat(fake.snapshot().pool("Flaky")).isNotNull();
        }
    }

    @Test
    void aBadFixtureFileIsAFixtureExceptionNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "identityPools:\n  - nmae: X\n");

        assertThatThrownBy(() -> Main.configure(new String[] {"--fixtures", bad.toString(), "--port", "0"}, Map.of()))
                .isInstanceOf(FixtureException.class)
                .hasMessage(bad + ":2:5: identityPools[0].nmae: unknown field 'nmae'; did you mean 'name'?");
    }

    @Test
    void aFixtureFileThatFailsSeedingFailsTheStart(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "identityPools:\n  - name: a/b\n");
        FakeCognitoIdentity.Builder builder =
                Main.configure(new String[] {"--fixtures", bad.toString(), "--port", "0"}, Map.of());

        assertThatThrownBy(builder::start)
                .isInstanceOf(FixtureException.class)
                .hasMessageStartingWith(bad + ":2:5: identityPools[0].name: 1 validation error detected: ");
    }

    @Test
    void aMissingFixtureFileIsAFixtureExceptionNamingIt() {
        assertThatThrownBy(() -> Main.configure(new String[] {"--fixtures", "nope.yaml"}, Map.of()))
                .isInstanceOf(FixtureException.class)
                .hasMessageStartingWith("nope.yaml: no such fixture file");
        assertThatThrownBy(() -> Main.configure(new String[0], Map.of("FAKE_COGNITO_FIXTURES", "nope.yaml")))
                .isInstanceOf(FixtureException.class)
                .hasMessageStartingWith("nope.yaml: no such fixture file");
    }
}
