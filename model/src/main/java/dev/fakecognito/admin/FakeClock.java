package dev.fakecognito.admin;

import java.time.Instant;
import java.util.Objects;

/**
 * A fake's clock as a test sees it: the time the fake reads now, and whether that time is frozen (set by
 * the test) or the real one. Everything time-dependent in the fake follows it: OpenID token
 * {@code iat}/{@code exp}, credential {@code Expiration}, identity dates, login-token expiry checks,
 * the signature date check and the journal's times; only the delays of injected faults stay in real time.
 *
 * @param now    the fake's time when it answered
 * @param frozen whether the time stands still at {@code now} (set with {@link FakeAdmin#freezeClock},
 *               {@link FakeAdmin#advanceClock} or a fixture's {@code clock:}); false when it is the real time
 */
public record FakeClock(Instant now, boolean frozen) {

    /** Checks that the time is given. */
    public FakeClock {
        Objects.requireNonNull(now, "now");
    }
}
