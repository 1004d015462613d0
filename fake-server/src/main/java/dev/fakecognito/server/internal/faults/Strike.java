package dev.fakecognito.server.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /**
     * The request the operation should see: a DeleteIdentities body without the identities this fault
     * keeps; any other body as it is.
     */
    public JsonNode request(JsonNode body) {
        if (unprocessedIdentityIds.isEmpty()
                || !body.path(IDENTITY_IDS_TO_DELETE).isArray()) {
            return body;
        }
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        ArrayNode ids = copy.putArray(IDENTITY_IDS_TO_DELETE);
        body.get(IDENTITY_IDS_TO_DELETE).forEach(id -> {
            if (!unprocessedIdentityIds.contains(id.asText())) {
                ids.add(id);
            }
        });
        return copy;
    }

    /**
     * Adds the identities this fault kept to a DeleteIdentities response, in the order the request named
     * them, as {@code {"IdentityId": …, "ErrorCode": …}} entries of {@code UnprocessedIdentityIds}.
     *
     * @param response the operation's response
     * @param body     the request as received
     */
    public void reportUnprocessed(ObjectNode response, JsonNode body) {
        if (unprocessedIdentityIds.isEmpty()) {
            return;
        }
        ArrayNode unprocessed = response.withArray(UNPROCESSED);
        for (JsonNode id : body.path(IDENTITY_IDS_TO_DELETE)) {
            if (unprocessedIdentityIds.contains(id.asText())) {
                unprocessed.addObject().put("IdentityId", id.asText()).put("ErrorCode", unprocessedErrorCode);
            }
        }
    }

    private static final String UNPROCESSED = "UnprocessedIdentityIds";
}
