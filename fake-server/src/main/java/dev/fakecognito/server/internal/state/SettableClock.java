package dev.fakecognito.server.internal.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A fake's clock: its base clock (the system clock, or the one the fake was built with) unless a test
 * froze it at an instant. Every part of the fake that reads the time reads this clock, so freezing it
 * moves them all together. Thread-safe: the frozen instant is one volatile field.
 */
public final class SettableClock extends Clock {
    private final Clock base;
    private volatile Instant frozen;

    /**
     * A clock on its base.
     *
     * @param base the clock when not frozen
     */
    public SettableClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** Freezes the time at an instant. */
    public void freeze(Instant instant) {
        frozen = Objects.requireNonNull(instant, "instant");
    }

    /**
     * Moves the time; a clock on its base is frozen at the base's time plus the duration.
     *
     * @return the new time
     */
    public synchronized Instant advance(Duration duration) {
        Instant moved = instant().plus(duration);
        frozen = moved;
        return moved;
    }

    /** Goes back to the base clock. */
    public void release() {
        frozen = null;
    }

    /** Whether the time is frozen. */
    public boolean isFrozen() {
        return frozen != null;
    }

    @Override
    public Instant instant() {
        Instant at = frozen;
        return at != null ? at : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a fake's clock keeps UTC");
    }
}
