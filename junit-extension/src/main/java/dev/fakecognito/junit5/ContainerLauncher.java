package dev.fakecognito.junit5;

import dev.fakecognito.model.internal.Credentials;
import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.model.internal.Setting;
import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.testcontainers.DockerClientFactory;

/**
 * Starts the fake as a {@link CognitoIdentityContainer}. Loaded only when the Testcontainers module is
 * on the classpath (an optional dependency of this module).
 */
final class ContainerLauncher {
    private ContainerLauncher() {}

    /** Whether a Docker engine answers (Testcontainers' own check, cached by it for the JVM). */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static StartedFake start(Settings settings, String owner) {
        CognitoIdentityContainer container;
        try {
            container = settings.image().isEmpty()
                    ? new CognitoIdentityContainer()
                    : new CognitoIdentityContainer(settings.image());
            settings.fake().given().forEach((setting, value) -> {
                if (setting != FakeSettings.FIXTURES) { // seeded by the session, before each test
                    apply(container, setting, value);
                }
            });
            settings.containerCustomizer().accept(container);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ExtensionConfigurationException(
                    "Invalid container settings for " + owner + ": " + e.getMessage(), e);
        }
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new ExtensionConfigurationException(
                    "Cannot start the fake's container " + container.getDockerImageName() + " for " + owner + ": "
                            + rootMessage(e),
                    e);
        }
        return new StartedFake(container, container, container::isRunning);
    }

    /**
     * Gives a container one setting through its {@code withX} method.
     *
     * @throws IllegalStateException for a container setting without a case here (a test applies each)
     */
    @SuppressWarnings("unchecked")
    static void apply(CognitoIdentityContainer container, Setting<?> setting, Object value) {
        switch (setting.name()) {
            case "region" -> container.withRegion((String) value);
            case "accountId" -> container.withAccountId((String) value);
            case "issuer" -> container.withIssuer((String) value);
            case "requireSignatures" -> container.withRequireSignatures((Boolean) value);
            case "credentials" ->
                ((List<String>) value).forEach(credential -> {
                    Credentials.Credential parsed = Credentials.read(credential, "each credential");
                    if (parsed.accountId() == null) {
                        container.withCredentials(parsed.accessKeyId(), parsed.secretAccessKey());
                    } else {
                        container.withCredentials(parsed.accessKeyId(), parsed.secretAccessKey(), parsed.accountId());
                    }
                });
            case "verifyLoginTokens" -> container.withVerifyLoginTokens((Boolean) value);
            case "adminToken" -> container.withAdminToken((String) value);
            case "allowedHosts" -> container.withAllowedHosts(((List<String>) value).toArray(String[]::new));
            case "adminEndpoints" -> container.withAdminEndpoints((Boolean) value);
            case "keepLoginTokens" -> container.withKeepLoginTokens((Boolean) value);
            case "uiReadOnly" -> container.withUiReadOnly((Boolean) value);
            case "journalSize" -> container.withJournalSize((Integer) value);
            case "dataDir" -> container.withDataDir(java.nio.file.Path.of((String) value));
            case "logLevel" -> container.withLogLevel((String) value);
            default -> throw new IllegalStateException("a container has no setting " + setting);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
