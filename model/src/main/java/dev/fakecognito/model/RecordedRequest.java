package dev.fakecognito.model;

import dev.fakecognito.model.internal.Json;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * An API call the fake received, from its request journal.
 *
 * @param sequence     the number of the request since the fake started (1, 2, …)
 * @param receivedAt   when it arrived
 * @param operation    the operation named in {@code X-Amz-Target} ({@code GetId}, …), or the raw target
 *                     (possibly {@code null}) when it named none
 * @param requestBody  the JSON body (empty when there was none): by default re-written compactly with the
 *                     values of {@code Logins} masked ({@code [masked JWT sub=…]}, {@code [masked N
 *                     characters]}), as received when the fake keeps login tokens; cut after 16,384
 *                     characters, ending in {@code ...[truncated; N characters received]}
 * @param requestBodyTruncated whether the body was cut (it is then no longer JSON: {@link #members()} is empty)
 * @param statusCode   the HTTP status answered
 * @param errorType    the error code answered ({@code NotAuthorizedException}, …), or {@code null} on success
 * @param errorMessage the error message answered, or {@code null} on success
 */
public record RecordedRequest(
        long sequence,
        Instant receivedAt,
        String operation,
        String requestBody,
        boolean requestBodyTruncated,
        int statusCode,
        String errorType,
        String errorMessage) {

    /** Whether the fake answered with an error. */
    public boolean failed() {
        return errorType != null;
    }

    /**
     * The top-level members of the JSON body, as JSON values (strings, numbers, booleans, lists, maps).
     *
     * @return the members, or an empty map when the body is empty or not a JSON object
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> members() {
        if (requestBody == null || requestBody.isBlank()) {
            return Map.of();
        }
        try {
            Object body = Json.read(requestBody, Object.class);
            return body instanceof Map<?, ?> map ? Collections.unmodifiableMap((Map<String, Object>) map) : Map.of();
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }
}
