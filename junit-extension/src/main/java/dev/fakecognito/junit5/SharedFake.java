package dev.fakecognito.junit5;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake for the whole test run, kept in the root store, which closes it when the run ends. Only one
 * test class may use it at a time.
 */
final class SharedFake implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final StartedFake fake;
    private String user;

    SharedFake(StartedFake fake) {
        this.fake = fake;
    }

    StartedFake fake() {
        return fake;
    }

    synchronized void acquire(String testClass) {
        if (user != null) {
            throw new ExtensionConfigurationException(testClass + " and " + user + " use the shared fake at "
                    + fake.admin().endpoint() + " at the same time (shared = true with classes run in parallel): each "
                    + "would reset the other's state. Use shared = false, or run these classes one at a time.");
        }
        user = testClass;
    }

    synchronized void release(String testClass) {
        if (testClass.equals(user)) {
            user = null;
        }
    }

    @Override
    public void close() {
        fake.close();
    }
}
