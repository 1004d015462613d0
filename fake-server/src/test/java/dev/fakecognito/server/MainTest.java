package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.model.internal.Setting;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
    private static final Map<String, String> NO_ENV = Map.of();

    /** Reads a builder setting that has no getter (the builder only exposes setters). */
    private static Object setting(FakeCognitoIdentity.Builder builder, String name) {
        try {
            Field field = FakeCognitoIdentity.Builder.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static FakeCognitoIdentity.Builder configure(Map<String, String> env, String... args) {
        return Main.configure(args, env);
    }

    @Test
    void withoutOptionsOrEnvironmentTheDefaultsApply() {
        FakeCognitoIdentity.Builder builder = configure(NO_ENV);

        assertThat(setting(builder, "port")).isEqualTo(FakeCognitoIdentity.DEFAULT_PORT);
        assertThat(setting(builder, "host")).isEqualTo("127.0.0.1");
        FakeCognitoIdentity fake = builder.build();
        assertThat(fake.region()).isEqualTo("us-east-1");
        assertThat(fake.accountId()).isEqualTo("123456789012");
        assertThat(fake.issuer()).isEqualTo("https://cognito-identity.amazonaws.com");
    }

    @Test
    void optionsWithSeparateValues() {
        FakeCognitoIdentity.Builder builder = configure(
                NO_ENV,
                "--port",
                "9999",
                "--host",
                "0.0.0.0",
                "--region",
                "eu-west-1",
                "--account-id",
                "111122223333",
                "--issuer",
                "http://localhost:1/issuer");

        assertThat(setting(builder, "port")).isEqualTo(9999);
        assertThat(setting(builder, "host")).isEqualTo("0.0.0.0");
        FakeCognitoIdentity fake = builder.build();
        assertThat(fake.region()).isEqualTo("eu-west-1");
        assertThat(fake.accountId()).isEqualTo("111122223333");
        assertThat(fake.issuer()).isEqualTo("http://localhost:1/issuer");
    }

    @Test
    void optionsWithEqualsSigns() {
        FakeCognitoIdentity.Builder builder = configure(
                NO_ENV,
                "--port=0",
                "--host=localhost",
                "--region=ap-northeast-1",
                "--account-id=444455556666",
                "--issuer=https://issuer.example/a=b");

        assertThat(setting(builder, "port")).isEqualTo(0);
        assertThat(setting(builder, "host")).isEqualTo("localhost");
        FakeCognitoIdentity fake = builder.build();
        assertThat(fake.region()).isEqualTo("ap-northeast-1");
        assertThat(fake.accountId()).isEqualTo("444455556666");
        assertThat(fake.issuer()).isEqualTo("https://issuer.example/a=b");
    }

    @Test
    void environmentVariablesConfigureTheFake() {
        FakeCognitoIdentity.Builder builder = configure(Map.of(
                "FAKE_COGNITO_PORT", "4567",
                "FAKE_COGNITO_HOST", "0.0.0.0",
                "FAKE_COGNITO_REGION", "sa-east-1",
                "FAKE_COGNITO_ACCOUNT_ID", "777788889999",
                "FAKE_COGNITO_ISSUER", "http://issuer.local"));

        assertThat(setting(builder, "port")).isEqualTo(4567);
        assertThat(setting(builder, "host")).isEqualTo("0.0.0.0");
        FakeCognitoIdentity fake = builder.build();
        assertThat(fake.region()).isEqualTo("sa-east-1");
        assertThat(fake.accountId()).isEqualTo("777788889999");
        assertThat(fake.issuer()).isEqualTo("http://issuer.local");
    }

    @Test
    void optionsBeatEnvironmentVariables() {
        FakeCognitoIdentity.Builder builder = configure(
                Map.of(
                        "FAKE_COGNITO_PORT", "4567",
                        "FAKE_COGNITO_REGION", "sa-east-1",
                        "FAKE_COGNITO_ACCOUNT_ID", "777788889999"),
                "--port",
                "5678",
                "--region=eu-north-1");

        assertThat(setting(builder, "port")).isEqualTo(5678);
        FakeCognitoIdentity fake = builder.build();
        assertThat(fake.region()).isEqualTo("eu-north-1");
        assertThat(fake.accountId()).isEqualTo("777788889999");
    }

    @Test
    void adminProtectionsFromOptionsAndEnvironment() {
        FakeCognitoIdentity.Builder options = configure(
                NO_ENV, "--admin-endpoints=false", "--admin-token", "t0k", "--allowed-hosts", "cognito, Fake.Example,");
        FakeCognitoIdentity.Builder env = configure(Map.of(
                "FAKE_COGNITO_ADMIN_ENDPOINTS", "false",
                "FAKE_COGNITO_ADMIN_TOKEN", "t1k",
                "FAKE_COGNITO_ALLOWED_HOSTS", "svc"));
        FakeCognitoIdentity.Builder enabled = configure(Map.of("FAKE_COGNITO_ADMIN_ENDPOINTS", "true"));

        assertThat(setting(options, "adminEndpoints")).isEqualTo(false);
        assertThat(setting(options, "adminToken")).isEqualTo("t0k");
        assertThat(setting(options, "allowedHosts").toString()).isEqualTo("[cognito, fake.example]");
        assertThat(setting(env, "adminEndpoints")).isEqualTo(false);
        assertThat(setting(env, "adminToken")).isEqualTo("t1k");
        assertThat(setting(env, "allowedHosts").toString()).isEqualTo("[svc]");
        assertThat(setting(enabled, "adminEndpoints")).isEqualTo(true);
        assertThatThrownBy(() -> configure(Map.of("FAKE_COGNITO_ADMIN_ENDPOINTS", "yes")))
                .hasMessage("FAKE_COGNITO_ADMIN_ENDPOINTS is true or false, got 'yes'");
    }

    @Test
    void blankEnvironmentVariablesAreIgnored() {
        FakeCognitoIdentity.Builder builder = configure(Map.of("FAKE_COGNITO_PORT", " ", "FAKE_COGNITO_REGION", ""));

        assertThat(setting(builder, "port")).isEqualTo(FakeCognitoIdentity.DEFAULT_PORT);
        assertThat(builder.build().region()).isEqualTo("us-east-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpGivesNull(String help) {
        assertThat(configure(NO_ENV, help)).isNull();
        assertThat(configure(NO_ENV, "--region", "eu-west-1", help)).isNull();
    }

    @Test
    void unknownOptionIsRefused() {
        assertThatThrownBy(() -> configure(NO_ENV, "--nope", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--nope");
        assertThatThrownBy(() -> configure(NO_ENV, "--nope=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--nope");
    }

    @Test
    void badValuesAreRefused() {
        assertThatThrownBy(() -> configure(NO_ENV, "--port", "abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("abc");
        assertThatThrownBy(() -> configure(NO_ENV, "--port=70000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> configure(NO_ENV, "--region", "Mars")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> configure(NO_ENV, "--account-id", "42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> configure(NO_ENV, "--port"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--port");
    }

    @Test
    void badEnvironmentValuesNameTheVariable() {
        assertThatThrownBy(() -> configure(Map.of("FAKE_COGNITO_REGION", "nowhere")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FAKE_COGNITO_REGION");
        assertThatThrownBy(() -> configure(Map.of("FAKE_COGNITO_PORT", "eighty")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FAKE_COGNITO_PORT");
    }

    @Test
    void requireSignaturesIsAFlagOrAnEnvironmentVariable() {
        assertThat(configure(NO_ENV).build().requiresSignatures()).isFalse();
        assertThat(configure(NO_ENV, "--require-signatures", "--region", "eu-west-1")
                        .build()
                        .requiresSignatures())
                .isTrue();
        assertThat(configure(NO_ENV, "--require-signatures=true").build().requiresSignatures())
                .isTrue();
        assertThat(configure(Map.of("FAKE_COGNITO_REQUIRE_SIGNATURES", "TRUE"))
                        .build()
                        .requiresSignatures())
                .isTrue();
        assertThat(configure(Map.of("FAKE_COGNITO_REQUIRE_SIGNATURES", "false"))
                        .build()
                        .requiresSignatures())
                .isFalse();
        assertThatThrownBy(() -> configure(Map.of("FAKE_COGNITO_REQUIRE_SIGNATURES", "yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FAKE_COGNITO_REQUIRE_SIGNATURES")
                .hasMessageContaining("'yes'");
    }

    @Test
    void credentialsAreRepeatableOptionsOrACommaSeparatedVariable() {
        FakeCognitoIdentity fromOptions = configure(
                        NO_ENV,
                        "--require-signatures",
                        "--credentials",
                        "AKIAFIRST:first/secret+1",
                        "--credentials=AKIASECOND:second:secret")
                .build();
        FakeCognitoIdentity fromEnvironment = configure(Map.of(
                        "FAKE_COGNITO_REQUIRE_SIGNATURES", "true",
                        "FAKE_COGNITO_CREDENTIALS", "AKIAENV1:one, AKIAENV2:two"))
                .build();
        FakeCognitoIdentity optionWins = configure(
                        Map.of("FAKE_COGNITO_CREDENTIALS", "AKIAENV1:one"),
                        "--require-signatures",
                        "--credentials",
                        "AKIAOPTION:option")
                .build();

        assertThat(fromOptions.knownAccessKeyIds()).containsExactly("AKIAFIRST", "AKIASECOND");
        assertThat(fromOptions.secretAccessKey()).isEqualTo("first/secret+1");
        assertThat(fromEnvironment.knownAccessKeyIds()).containsExactly("AKIAENV1", "AKIAENV2");
        assertThat(optionWins.knownAccessKeyIds()).containsExactly("AKIAOPTION");
        assertThat(Main.signatures(fromOptions))
                .isEqualTo("; signatures required and verified for access keys AKIAFIRST, AKIASECOND");
        assertThat(Main.signatures(configure(NO_ENV, "--require-signatures").build()))
                .isEqualTo("; signatures required (any access key)");
        assertThat(Main.signatures(configure(NO_ENV).build())).isEmpty();
    }

    @Test
    void malformedCredentialsNameTheOptionButNotTheSecret() {
        assertThatThrownBy(() -> configure(NO_ENV, "--require-signatures", "--credentials", "AKIAONLY-secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--credentials: a credential must be ACCESS_KEY_ID:SECRET_ACCESS_KEY")
                .hasMessageNotContaining("AKIAONLY-secret");
        assertThatThrownBy(() -> configure(Map.of("FAKE_COGNITO_CREDENTIALS", "AKIA1:one,AKIA2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("FAKE_COGNITO_CREDENTIALS: ");
        assertThatThrownBy(
                        () -> configure(NO_ENV, "--credentials", "AKIA:secret").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--require-signatures");
    }

    @Test
    void everyFlagTakesFalseToo() {
        FakeCognitoIdentity.Builder on = configure(NO_ENV, "--keep-login-tokens", "--ui-read-only=TRUE");
        FakeCognitoIdentity.Builder off = configure(
                Map.of("FAKE_COGNITO_KEEP_LOGIN_TOKENS", "true"), "--keep-login-tokens=false", "--ui-read-only=false");

        assertThat(setting(on, "keepLoginTokens")).isEqualTo(true);
        assertThat(setting(on, "uiReadOnly")).isEqualTo(true);
        assertThat(setting(off, "keepLoginTokens")).isEqualTo(false);
        assertThat(setting(off, "uiReadOnly")).isEqualTo(false);
        assertThatThrownBy(() -> configure(NO_ENV, "--ui-read-only=maybe"))
                .hasMessage("--ui-read-only is true or false, got 'maybe'");
    }

    @Test
    void journalSizeAndLogLevelAreOptionsAndVariables() {
        assertThat(setting(configure(NO_ENV, "--journal-size", "7"), "journalSize"))
                .isEqualTo(7);
        assertThat(setting(configure(Map.of("FAKE_COGNITO_JOURNAL_SIZE", "8")), "journalSize"))
                .isEqualTo(8);
        assertThat(Main.read(new String[] {"--log-level=WARN"}, NO_ENV).given()).containsValue("warn");
        assertThatThrownBy(() -> configure(NO_ENV, "--journal-size=-1"))
                .hasMessage("--journal-size: the journal size must be >= 0, got -1");
        assertThatThrownBy(() -> configure(Map.of("FAKE_COGNITO_LOG_LEVEL", "loud")))
                .hasMessage("FAKE_COGNITO_LOG_LEVEL: 'loud' is none of trace, debug, info, warn, error, off");
    }

    @Test
    void aRepeatedListOptionAddsUpAndReplacesItsVariable() {
        FakeCognitoIdentity.Builder builder = configure(
                Map.of("FAKE_COGNITO_ALLOWED_HOSTS", "from-env"),
                "--allowed-hosts",
                "one",
                "--allowed-hosts=two,three");

        assertThat(setting(builder, "allowedHosts").toString()).isEqualTo("[one, two, three]");
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        assertThatThrownBy(() -> configure(NO_ENV, "--keep-login-token"))
                .hasMessage("unknown option --keep-login-token; did you mean '--keep-login-tokens'?");
    }

    @Test
    void theHelpListsEveryOptionWithItsVariableAndDefault() {
        String usage = Main.usage();

        for (Setting<?> setting : FakeSettings.of(Setting.Surface.CLI)) {
            assertThat(usage).contains(setting.cliOption(), "env " + setting.environmentVariable() + "; default ");
        }
        assertThat(usage)
                .contains("--port PORT")
                .contains("env FAKE_COGNITO_PORT; default 9230")
                .contains("--credentials KEY:SECRET[,...]")
                .contains("--require-signatures\n".translateEscapes())
                .contains("--help");
    }

    @Test
    void theConfiguredFakeServes() throws Exception {
        try (FakeCognitoIdentity fake = configure(Map.of("FAKE_COGNITO_REGION", "eu-central-1"), "--port", "0")
                .start()) {
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(fake.endpoint() + "/_fake/health"))
                                    .timeout(Duration.ofSeconds(20))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"region\":\"eu-central-1\"");
        }
    }
}
