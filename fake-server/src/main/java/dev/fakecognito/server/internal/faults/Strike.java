package dev.fakecognito.server.internal.faults;

import java.util.List;

/**
 * What an injected fault does to one API call, decided when the call arrives: wait {@code latencyMs},
 * then reset the connection, answer {@code error}, or run the call but leave
 * {@code unprocessedIdentityIds} in place (DeleteIdentities).
 *
 * @param faultId                the fault's id, for the journal
 * @param latencyMs              how long to wait first (0: not at all)
 * @param resetConnection        whether to close the connection without an answer
 * @param error                  the error to answer with, or {@code null}
 * @param unprocessedIdentityIds identities DeleteIdentities must not delete (empty: none)
 * @param unprocessedErrorCode   their {@code ErrorCode}
 */
public record Strike(
        String faultId,
        long latencyMs,
        boolean resetConnection,
        InjectedError error,
        List<String> unprocessedIdentityIds,
        String unprocessedErrorCode) {
    /** The member of a DeleteIdentities request that names the identities. */
    static final String IDENTITY_IDS_TO_DELETE = "IdentityIdsToDelete";

    /**
     * An error answered instead of running the call, rendered as the fake renders its own errors.
     *
     * @param type    the error code, for {@code __type} and {@code x-amzn-ErrorType}
     * @param status  the HTTP status
     * @param message the message
     */
    public record InjectedError(String type, int status, String message) {}

    /** Whether the call runs at all (it does unless the connection is reset or an error is answered). */
    public boolean runsTheCall() {
        return !resetConnection && error == null;
    }
}
