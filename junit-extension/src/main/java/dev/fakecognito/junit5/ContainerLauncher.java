package dev.fakecognito.junit5;

import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Starts the fake as a {@link CognitoIdentityContainer}. Loaded only when the Testcontainers module is
 * on the classpath (an optional dependency of this module).
 */
final class ContainerLauncher {
    private ContainerLauncher() {}

    static StartedFake start(Settings settings, String owner) {
        CognitoIdentityContainer container;
        try {
            container = settings.image().isEmpty()
                    ? new CognitoIdentityContainer()
                    : new CognitoIdentityContainer(settings.image());
            container.withRegion(settings.region()).withAccountId(settings.accountId());
            if (settings.requireSignatures()) {
                container.withRequireSignatures();
            }
            settings.credentials()
                    .forEach(credential -> container.withCredentials(credential.getKey(), credential.getValue()));
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
        return new StartedFake(container, container.getAccessKeyId(), container.getSecretAccessKey(), container);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
