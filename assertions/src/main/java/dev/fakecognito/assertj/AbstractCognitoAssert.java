package dev.fakecognito.assertj;

import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;

/**
 * The base of the assertions reached from {@link FakeAssert}: pools, identities, merges and requests.
 * Under soft assertions, when navigation found nothing (and that failure was collected), the
 * assertions that follow pass without checking, so the one mistake is reported once.
 *
 * @param <SELF>   the assertion type
 * @param <ACTUAL> the type of what is checked
 */
public abstract class AbstractCognitoAssert<SELF extends AbstractCognitoAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {
    private boolean navigationFailed;

    AbstractCognitoAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Marks these assertions as following a navigation that found nothing. */
    SELF afterFailedNavigation() {
        navigationFailed = true;
        return myself;
    }

    /** Fails with the message unless the check passed; nothing is checked after a failed navigation. */
    SELF check(Supplier<Boolean> passed, Supplier<String> message) {
        if (navigationFailed) {
            return myself;
        }
        isNotNull();
        if (!passed.get()) {
            throw failure("%s", message.get());
        }
        return myself;
    }
}
