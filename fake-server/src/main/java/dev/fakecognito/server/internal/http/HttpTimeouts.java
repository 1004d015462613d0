package dev.fakecognito.server.internal.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the fake's HTTP listener waits for clients before it closes their connections: so that a
 * stalled or malicious client (a slowloris) never holds a connection for long. Internal: not a setting
 * users see; tests make them short.
 *
 * @param requestHead how long a request's line and headers may take to arrive
 * @param read        how long a connection may stay silent while a request (its body) is being read
 * @param idle        how long a connection may stay without any traffic at all
 * @param betweenRequests how long a kept-alive connection may wait for its next request
 */
public record HttpTimeouts(Duration requestHead, Duration read, Duration idle, Duration betweenRequests) {
    /** What every fake uses unless a test says otherwise. */
    public static final HttpTimeouts DEFAULTS = new HttpTimeouts(
            Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(120), Duration.ofSeconds(60));

    /** Checks that every time-out is positive. */
    public HttpTimeouts {
        for (Duration timeout : new Duration[] {requestHead, read, idle, betweenRequests}) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a time-out must be positive and below 24 days, got " + timeout);
            }
        }
    }

    /** The same time-out for everything: what a test that waits for one of them wants. */
    public static HttpTimeouts all(Duration timeout) {
        return new HttpTimeouts(timeout, timeout, timeout, timeout);
    }
}
