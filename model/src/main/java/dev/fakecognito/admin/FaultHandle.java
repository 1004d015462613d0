package dev.fakecognito.admin;

import dev.fakecognito.model.Fault;
import java.util.OptionalInt;

/**
 * A fault injected into a fake, as {@link FakeAdmin#inject} returns it and {@link FakeAdmin#faults()}
 * lists it: its id, the fault, and how often it struck so far. {@link #hits()} and {@link #remaining()}
 * ask the fake each time. Thread-safe.
 *
 * <pre>{@code
 * FaultHandle throttling = fake.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));
 * ...
 * assertThat(throttling.hits()).isEqualTo(2);
 * assertThat(throttling.remaining()).hasValue(0);
 * }</pre>
 */
public interface FaultHandle {

    /** The fault's id in its fake, e.g. {@code fault-3}; ids are never reused by a fake. */
    String id();

    /**
     * The fault as the fake holds it: as injected, plus the {@code seed} the fake picked when the fault
     * has a probability below 1 and no seed.
     */
    Fault fault();

    /**
     * How many calls the fault has affected so far.
     *
     * @throws IllegalStateException when the fault is no longer in the fake (removed, cleared or reset)
     */
    int hits();

    /**
     * How many more calls the fault will affect: empty when unlimited (no {@code times}), 0 when used up.
     *
     * @throws IllegalStateException when the fault is no longer in the fake (removed, cleared or reset)
     */
    OptionalInt remaining();

    /**
     * Removes the fault from the fake: later calls are no longer affected by it.
     *
     * @return whether it was still there
     */
    boolean remove();
}
