package dev.fakecognito.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Freezes the fake's clock at an instant for one test (on a test method) or for each test of a class (on
 * the class; a method's own wins), after the fixtures are seeded and before its faults are injected; the
 * clock runs on real time again when the test ends. Everything time-dependent in the fake follows it
 * (token and credential expiry, identity dates, the signature date check); move it during the test with
 * {@code FakeAdmin.advanceClock(Duration)}. The same for fakes in this JVM and in a container.
 *
 * <pre>{@code
 * @Test
 * @CognitoClock("2026-01-01T00:00:00Z")
 * void credentialsAreRefreshedBeforeTheyExpire(FakeAdmin fake, CognitoIdentityClient client) {
 *     ...                                       // credentials expire at 01:00
 *     fake.advanceClock(Duration.ofMinutes(56)); // within the refresh window
 *     ...
 * }
 * }</pre>
 *
 * <p>A fixture document can freeze the clock too ({@code clock: 2026-01-01T00:00:00Z}), which also works
 * with the Spring support, the container and the standalone server.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface CognitoClock {

    /**
     * The instant, in ISO-8601 ({@code 2026-01-01T00:00:00Z}).
     *
     * @return the instant the fake's clock stands at when the test starts
     */
    String value();
}
