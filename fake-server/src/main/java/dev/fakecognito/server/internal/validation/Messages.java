package dev.fakecognito.server.internal.validation;

import dev.fakecognito.server.internal.errors.Echo;

/**
 * What the Coral-style error messages share (the constraint phrases themselves are compiled into
 * {@link CognitoIdentityModel}), and how they are kept safe to send in an HTTP header.
 */
final class Messages {

    /** At most this many characters of a rendered value or path segment are kept. */
    static final int MAX_RENDERED = Echo.MAX_LENGTH;

    static final String NOT_NULL = "Member must not be null";

    private Messages() {}

    /**
     * Makes text safe for a message that also goes into an HTTP header: control characters become
     * spaces, and text longer than {@link #MAX_RENDERED} characters is cut and ends in {@code ...}.
     */
    static String headerSafe(CharSequence text) {
        return Echo.of(text);
    }
}
