package dev.fakecognito.model;

import dev.fakecognito.model.internal.Json;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * An API call the fake received, from its request journal.
 *
 * @param sequence     the number of the request since the fake started (1, 2, …)
 * @param receivedAt   when it arrived (for a call an injected fault delayed, when the delay ended)
 * @param operation    the operation named in {@code X-Amz-Target} ({@code GetId}, …), or the raw target
 *                     (possibly {@code null}) when it named none
 * @param requestBody  the JSON body (empty when there was none): by default re-written compactly with the
 *                     values of {@code Logins} masked ({@code [masked JWT sub=…]}, {@code [masked N
 *                     characters]}), as received when the fake keeps login tokens; cut after 16,384
 *                     characters, ending in {@code ...[truncated; N characters received]}
 * @param requestBodyTruncated whether the body was cut (it is then no longer JSON: {@link #members()} is empty)
 * @param statusCode   the HTTP status answered, or 0 when the call got no answer (an injected
 *                     connection reset)
 * @param errorType    the error code answered ({@code NotAuthorizedException}, …), or {@code null} on success
 * @param errorMessage the error message answered, or {@code null} on success and without an answer; when
 *                     the fake knows more than the message says (a login token refused by
 *                     {@code verifyLoginTokens}), followed by its reason: {@code (fake: …)}
 * @param signed       whether the request carried an AWS Signature Version 4 {@code Authorization} header
 *                     (checked only when the fake requires signatures)
 * @param accessKeyId  the access key id named in that header's credential, or {@code null} when the request
 *                     was unsigned or the header names none
 * @param faultId      the id of the injected fault that affected the call ({@code fault-1}, …), or
 *                     {@code null} when no fault did
 */
public record RecordedRequest(
        long sequence,
        Instant receivedAt,
        String operation,
        String requestBody,
        boolean requestBodyTruncated,
        int statusCode,
        String errorType,
        String errorMessage,
        boolean signed,
        String accessKeyId,
        String faultId) {

    /**
     * An unsigned request that no fault affected.
     *
     * @param sequence     the number of the request since the fake started
     * @param receivedAt   when it arrived
     * @param operation    the operation named in {@code X-Amz-Target}
     * @param requestBody  the JSON body as received
     * @param statusCode   the HTTP status answered
     * @param errorType    the error code answered, or {@code null} on success
     * @param errorMessage the error message answered, or {@code null} on success
     */
    public RecordedRequest(
            long sequence,
            Instant receivedAt,
            String operation,
            String requestBody,
            int statusCode,
            String errorType,
            String errorMessage) {
        this(
                sequence,
                receivedAt,
                operation,
                requestBody,
                false,
                statusCode,
                errorType,
                errorMessage,
                false,
                null,
                null);
    }

    /** Whether the call failed: the fake answered with an error, or did not answer (a connection reset). */
    public boolean failed() {
        return errorType != null || !answered();
    }

    /** Whether the fake answered the call: false when an injected fault reset its connection. */
    public boolean answered() {
        return statusCode != 0;
    }

    /** Whether an injected fault affected the call (its error, delay, reset or unprocessed identities). */
    public boolean injected() {
        return faultId != null;
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
