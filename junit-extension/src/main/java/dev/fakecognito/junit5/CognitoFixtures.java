package dev.fakecognito.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Seeds more fixture documents for one test, after the class's own fixtures.
 *
 * <pre>{@code
 * @Test
 * @CognitoFixtures("cognito/admins.yaml")
 * void adminsSeeTheConsolePool(CognitoIdentityClient client) { ... }
 * }</pre>
 *
 * <p>The extra state is dropped by the reset before the next test (unless the class keeps state with
 * {@code resetBeforeEach = false}, in which case it stays).
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CognitoFixtures {

    /**
     * Classpath resources with fixture documents (YAML or JSON), seeded in order.
     *
     * @return the fixture resources
     */
    String[] value();
}
