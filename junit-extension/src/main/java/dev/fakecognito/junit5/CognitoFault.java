package dev.fakecognito.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a fault into the fake for one test (on a test method) or for each test of a class (on the
 * class), after the fixtures are seeded; the fault is removed when the test ends. Repeatable: faults
 * apply in the order declared, the class's before the method's. Each attribute is the member of the
 * same name of {@code dev.fakecognito.model.Fault}; the defaults leave it out.
 *
 * <pre>{@code
 * @Test
 * @CognitoFault(operation = "GetId", error = "TooManyRequestsException", times = 2)
 * void signInRetriesThrottling(CognitoIdentityClient client, FakeAdmin fake) { ... }
 * }</pre>
 *
 * <p>A fault the fake refuses fails the test with the fake's message, naming the field. Works the same
 * for fakes in this JVM and in a container ({@code @CognitoIdentityTest(container = true)}); inspect the
 * faults with {@code FakeAdmin.faults()}.
 */
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(CognitoFaults.class)
public @interface CognitoFault {

    /** The value of {@link #times()} that affects every matching call: the default. */
    int EVERY_CALL = Integer.MAX_VALUE;

    /** The value of {@link #seed()} that lets the fake pick a seed (published as a report entry of the test). */
    long RANDOM_SEED = Long.MIN_VALUE;

    /**
     * The operation, e.g. {@code GetId}, or {@code *} for every operation.
     *
     * @return the operation
     */
    String operation();

    /**
     * The error to answer with, e.g. {@code TooManyRequestsException}; none by default.
     *
     * @return the error code
     */
    String error() default "";

    /**
     * The error message; AWS's text for the error by default.
     *
     * @return the message
     */
    String message() default "";

    /**
     * The HTTP status of the error (400 to 599); AWS's by default (0).
     *
     * @return the status
     */
    int status() default 0;

    /**
     * How long to wait before answering, in milliseconds; no wait by default (0).
     *
     * @return the delay
     */
    long latencyMs() default 0;

    /**
     * Whether to close the connection without an answer.
     *
     * @return true for a connection reset
     */
    boolean connectionReset() default false;

    /**
     * For DeleteIdentities: identities to leave in place and report as unprocessed.
     *
     * @return the identity ids
     */
    String[] unprocessedIdentityIds() default {};

    /**
     * Their error code ({@code InternalServerError}, the default, or {@code AccessDenied}).
     *
     * @return the code
     */
    String unprocessedErrorCode() default "";

    /**
     * How many calls to affect, at least 1; every call by default ({@link #EVERY_CALL}). Mind the SDK's
     * retries: {@code times = 2} on a throttling error lets the third attempt through, so a call with the
     * SDK's default three attempts still succeeds; leave {@code times} out for a call that keeps failing.
     *
     * @return the number of calls
     */
    int times() default EVERY_CALL;

    /**
     * The chance (0 to 1) that a matching call is affected; 1 by default.
     *
     * @return the probability
     */
    double probability() default 1;

    /**
     * The seed of the fault's random draws; by default ({@link #RANDOM_SEED}) the fake picks one.
     *
     * @return the seed
     */
    long seed() default RANDOM_SEED;

    /**
     * Request members the call must have, as {@code "Member=value"}, e.g.
     * {@code "IdentityId=us-east-1:aaaaaaaa-0000-0000-0000-000000000001"} (numbers and booleans match
     * as text); none by default.
     *
     * @return the members to match
     */
    String[] match() default {};
}
