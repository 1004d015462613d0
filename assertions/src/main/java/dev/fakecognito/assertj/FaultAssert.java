package dev.fakecognito.assertj;

import dev.fakecognito.admin.FaultHandle;
import java.util.OptionalInt;

/**
 * Assertions on a fault injected into a fake: how many calls it affected and how many it still will.
 * Each check reads the fault's current state from its fake.
 *
 * <pre>{@code
 * FaultHandle throttling = fake.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));
 * ...
 * assertThat(throttling).hasHits(2).isUsedUp();
 * }</pre>
 *
 * <p>Obtain one from {@link CognitoIdentityAssertions#assertThat(FaultHandle)} or
 * {@link CognitoIdentitySoftAssertions#assertThat(FaultHandle)}.
 */
public class FaultAssert extends AbstractCognitoAssert<FaultAssert, FaultHandle> {

    /**
     * Assertions on a fault; prefer {@link CognitoIdentityAssertions#assertThat(FaultHandle)}.
     *
     * @param actual the fault's handle
     */
    public FaultAssert(FaultHandle actual) {
        super(actual, FaultAssert.class);
    }

    /**
     * Checks how many calls the fault affected.
     *
     * @param expected the expected number of hits
     * @return this
     */
    public FaultAssert hasHits(int expected) {
        return check(
                () -> actual.hits() == expected,
                () -> "Expecting fault " + describe() + " to have affected " + expected + " call(s) but it affected "
                        + actual.hits());
    }

    /**
     * Checks that the fault affected at least one call.
     *
     * @return this
     */
    public FaultAssert wasHit() {
        return check(
                () -> actual.hits() > 0,
                () -> "Expecting fault " + describe() + " to have affected a call but it affected none");
    }

    /**
     * Checks that the fault affected no call.
     *
     * @return this
     */
    public FaultAssert wasNotHit() {
        return check(
                () -> actual.hits() == 0,
                () -> "Expecting fault " + describe() + " to have affected no call but it affected " + actual.hits());
    }

    /**
     * Checks how many more calls the fault will affect (a fault with {@code times}).
     *
     * @param expected the expected number
     * @return this
     */
    public FaultAssert hasRemaining(int expected) {
        return check(
                () -> actual.remaining().equals(OptionalInt.of(expected)),
                () -> "Expecting fault " + describe() + " to have " + expected + " call(s) remaining but it has "
                        + remaining());
    }

    /**
     * Checks that the fault is used up: it had {@code times} and affected that many calls.
     *
     * @return this
     */
    public FaultAssert isUsedUp() {
        return check(
                () -> actual.remaining().equals(OptionalInt.of(0)),
                () -> "Expecting fault " + describe() + " to be used up but it has " + remaining() + " remaining"
                        + " after " + actual.hits() + " hit(s)");
    }

    private String remaining() {
        OptionalInt remaining = actual.remaining();
        return remaining.isPresent() ? Integer.toString(remaining.getAsInt()) : "no limit (no times)";
    }

    private String describe() {
        return actual.id() + " " + actual.fault();
    }
}
