package dev.fakecognito.server.internal.settings;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.internal.Credentials;
import dev.fakecognito.model.internal.Setting;
import dev.fakecognito.model.internal.SettingValues;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Applies setting values to a fake's builder through its public methods, one case per setting: the
 * standalone server, the JUnit extension and the Spring support configure a fake this way. Not API.
 */
public final class BuilderSettings {
    private BuilderSettings() {}

    /**
     * Applies every value given.
     *
     * @param builder  the builder
     * @param values   the values, checked already
     * @param fixtures loads a fixture location (a file, a classpath resource) the way the surface means it
     * @return the builder
     * @throws IllegalArgumentException for a setting the builder does not offer
     */
    public static FakeCognitoIdentity.Builder apply(
            FakeCognitoIdentity.Builder builder, SettingValues values, Function<String, Fixtures> fixtures) {
        values.given().forEach((setting, value) -> apply(builder, setting, value, fixtures));
        return builder;
    }

    /**
     * Applies one value.
     *
     * @throws IllegalStateException for a builder setting without a case here (a test applies each)
     */
    @SuppressWarnings("unchecked")
    public static void apply(
            FakeCognitoIdentity.Builder builder,
            Setting<?> setting,
            Object value,
            Function<String, Fixtures> fixtures) {
        switch (setting.name()) {
            case "port" -> builder.port((Integer) value);
            case "host" -> builder.host((String) value);
            case "region" -> builder.region((String) value);
            case "accountId" -> builder.accountId((String) value);
            case "issuer" -> builder.issuer((String) value);
            case "fixtures" -> ((List<String>) value).forEach(location -> builder.fixtures(fixtures.apply(location)));
            case "requireSignatures" -> builder.requireSignatures((Boolean) value);
            case "credentials" ->
                ((List<String>) value).forEach(credential -> {
                    Credentials.Credential parsed = Credentials.read(credential, "each credential");
                    if (parsed.accountId() == null) {
                        builder.credentials(parsed.accessKeyId(), parsed.secretAccessKey());
                    } else {
                        builder.credentials(parsed.accessKeyId(), parsed.secretAccessKey(), parsed.accountId());
                    }
                });
            case "verifyLoginTokens" -> builder.verifyLoginTokens((Boolean) value);
            case "adminToken" -> builder.adminToken((String) value);
            case "allowedHosts" -> builder.allowedHosts(((List<String>) value).toArray(String[]::new));
            case "adminEndpoints" -> builder.adminEndpoints((Boolean) value);
            case "keepLoginTokens" -> builder.keepLoginTokens((Boolean) value);
            case "uiReadOnly" -> builder.uiReadOnly((Boolean) value);
            case "journalSize" -> builder.journalSize((Integer) value);
            case "dataDir" -> builder.dataDir(Path.of((String) value));
            default -> {
                if (setting.appliesTo(Setting.Surface.BUILDER)) {
                    throw new IllegalStateException("no builder method applies the setting " + setting);
                }
                // not a setting of the fake itself (e.g. logLevel, which the standalone server applies)
            }
        }
    }
}
