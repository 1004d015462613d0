package dev.fakecognito.server;

import dev.fakecognito.server.internal.http.HttpTimeouts;
import java.time.Duration;

/** Reaches the fake's internal settings that tests need and users never set. */
public final class TestHooks {
    private TestHooks() {}

    /** Every HTTP time-out of the fake (request head, read, idle, between requests) set to this one. */
    public static FakeCognitoIdentity.Builder httpTimeouts(FakeCognitoIdentity.Builder builder, Duration timeout) {
        return builder.httpTimeouts(HttpTimeouts.all(timeout));
    }
}
