package dev.fakecognito.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings catalog: how each surface's name is derived, and how text and values are read and checked. */
class FakeSettingsTest {

    @Test
    void everySurfacesNameComesFromTheSettingsName() {
        Setting<Boolean> setting = FakeSettings.KEEP_LOGIN_TOKENS;

        assertThat(setting.name()).isEqualTo("keepLoginTokens");
        assertThat(setting.cliOption()).isEqualTo("--keep-login-tokens");
        assertThat(setting.environmentVariable()).isEqualTo("FAKE_COGNITO_KEEP_LOGIN_TOKENS");
        assertThat(setting.springProperty()).isEqualTo("fake.cognito-identity.keep-login-tokens");
        assertThat(setting.containerMethod()).isEqualTo("withKeepLoginTokens");
    }

    @Test
    void namesAreUniqueOnEverySurface() {
        List<Setting<?>> all = FakeSettings.all();

        assertThat(all).extracting(Setting::name).doesNotHaveDuplicates();
        assertThat(all).extracting(Setting::environmentVariable).doesNotHaveDuplicates();
        assertThat(FakeSettings.named("journalSize")).isSameAs(FakeSettings.JOURNAL_SIZE);
        assertThat(FakeSettings.named("requestJournalSize")).isNull();
        assertThat(FakeSettings.of(Setting.Surface.CONTAINER))
                .doesNotContain(FakeSettings.PORT, FakeSettings.HOST)
                .contains(FakeSettings.LOG_LEVEL);
    }

    @Test
    void textIsReadByKindAndCheckedNamingWhereItCameFrom() {
        assertThat(FakeSettings.REQUIRE_SIGNATURES.parse(" TRUE ", "--require-signatures"))
                .isTrue();
        assertThat(FakeSettings.PORT.parse("9230", "--port")).isEqualTo(9230);
        assertThat(FakeSettings.ALLOWED_HOSTS.parse("a, B,,c ,", "FAKE_COGNITO_ALLOWED_HOSTS"))
                .containsExactly("a", "b", "c");
        assertThat(FakeSettings.LOG_LEVEL.parse("WARN", "--log-level")).isEqualTo("warn");

        assertThatThrownBy(() -> FakeSettings.PORT.parse("80a", "FAKE_COGNITO_PORT"))
                .hasMessage("FAKE_COGNITO_PORT takes a whole number, got '80a'");
        assertThatThrownBy(() -> FakeSettings.PORT.parse("70000", "--port"))
                .hasMessage("--port: a port is 0..65535, got 70000");
        assertThatThrownBy(() -> FakeSettings.ADMIN_ENDPOINTS.parse("yes", "fake.cognito-identity.admin-endpoints"))
                .hasMessage("fake.cognito-identity.admin-endpoints is true or false, got 'yes'");
        assertThatThrownBy(() -> FakeSettings.REGION.parse(null, "--region")).hasMessage("--region needs a value");
    }

    @Test
    void valuesGivenInCodeAreCheckedAndNormalized() {
        assertThat(FakeSettings.LOG_LEVEL.check("DEBUG")).isEqualTo("debug");
        assertThat(FakeSettings.ALLOWED_HOSTS.check(List.of("Compose"))).containsExactly("compose");

        assertThatThrownBy(() -> FakeSettings.ACCOUNT_ID.check("12", "withAccountId"))
                .hasMessage("withAccountId: an account id has 12 digits, got '12'");
        assertThatThrownBy(() -> FakeSettings.CREDENTIALS.check(List.of("KEY-without-secret")))
                .hasMessageStartingWith("credentials: a credential must be ACCESS_KEY_ID:SECRET_ACCESS_KEY")
                .hasMessageNotContaining("KEY-without-secret");
        assertThatThrownBy(() -> FakeSettings.ADMIN_TOKEN.check(null)).hasMessage("adminToken must not be null");
        assertThatThrownBy(() -> FakeSettings.FIXTURES.check(Arrays.asList("a.yaml", null)))
                .hasMessage("fixtures must not hold null");
    }

    @Test
    void aListIsWrittenAsItIsRead() {
        Setting<List<String>> credentials = FakeSettings.CREDENTIALS;
        List<String> value = List.of("K1:s1", "K2:s2");

        assertThat(credentials.parse(credentials.format(value), "env")).isEqualTo(value);
        assertThat(FakeSettings.JOURNAL_SIZE.format(10)).isEqualTo("10");
    }

    @Test
    void valuesGivenKeepTheirOrderAndHideSecretsWhenPrinted() {
        SettingValues values = SettingValues.none()
                .with(FakeSettings.REGION, "eu-west-1")
                .with(FakeSettings.ADMIN_TOKEN, "s3cret")
                .with(FakeSettings.CREDENTIALS, List.of("KEY:secret"));

        assertThat(values.get(FakeSettings.REGION)).isEqualTo("eu-west-1");
        assertThat(values.get(FakeSettings.ACCOUNT_ID)).isEqualTo("123456789012");
        assertThat(values.get(FakeSettings.ISSUER)).isNull(); // AWS's issuer for each pool's region
        assertThat(values.isGiven(FakeSettings.ISSUER)).isFalse();
        assertThat(values.without(FakeSettings.REGION).get(FakeSettings.REGION)).isEqualTo("us-east-1");
        assertThat(values.given().keySet())
                .containsExactly(FakeSettings.REGION, FakeSettings.ADMIN_TOKEN, FakeSettings.CREDENTIALS);
        assertThat(values)
                .isEqualTo(SettingValues.none()
                        .with(FakeSettings.REGION, "eu-west-1")
                        .with(FakeSettings.ADMIN_TOKEN, "s3cret")
                        .with(FakeSettings.CREDENTIALS, List.of("KEY:secret")));
        assertThat(values.toString()).isEqualTo("{region=eu-west-1, adminToken=[hidden], credentials=[hidden]}");
    }
}
