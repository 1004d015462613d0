package dev.fakecognito.junit5;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A running fake of either kind, in this JVM or in a container: its admin contract and how to stop it.
 *
 * @param admin   the fake (a {@link FakeCognitoIdentity} or a {@code CognitoIdentityContainer})
 * @param stopper stops it
 * @param alive   whether it still runs (a test may have stopped it)
 */
record StartedFake(FakeAdmin admin, AutoCloseable stopper, BooleanSupplier alive) {
    static final String CONTAINER_CLASS = "dev.fakecognito.testcontainers.CognitoIdentityContainer";

    /** Starts the fake the settings ask for; configuration mistakes name the test class. */
    static StartedFake start(Settings settings, String owner) {
        if (settings.container()) {
            if (!containerModulePresent()) {
                throw new ExtensionConfigurationException(owner + " asks for a fake in a container (container = true), "
                        + "which needs dev.fakecognito:fake-cognito-identity-testcontainers on the test classpath");
            }
            return ContainerLauncher.start(settings, owner);
        }
        FakeCognitoIdentity fake;
        try {
            fake = settings.fakeBuilder().start();
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Invalid fake settings for " + owner + ": " + e.getMessage(), e);
        }
        return new StartedFake(fake, fake, fake::isRunning);
    }

    static boolean containerModulePresent() {
        try {
            Class.forName(CONTAINER_CLASS, false, StartedFake.class.getClassLoader());
            Class.forName("org.testcontainers.containers.GenericContainer", false, StartedFake.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Whether the fake is the object of this type the extension may inject (the fake itself, of its own kind). */
    boolean is(Class<?> type) {
        return type.isInstance(admin);
    }

    boolean running() {
        return alive.getAsBoolean();
    }

    void close() {
        try {
            stopper.close();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the fake at " + admin.endpoint() + ": " + e, e);
        }
    }
}
