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
 * @param region       the region of the call: the region of its signature's credential scope, else of the
 *                     host it was sent to ({@code cognito-identity.<region>.amazonaws.com}), else of the
 *                     pool or identity id it names, else the fake's default region; {@code null} in
 *                     journals written before regions were recorded
 * @param accountId    the account of the call: the account of its access key, else the fake's default
 *                     account; {@code null} in journals written before accounts were recorded
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
        String faultId,
        String region,
        String accountId) {

    /**
     * A builder of a recorded request, e.g. for tests of code that reads a journal; what is not given is
     * absent ({@code null}, {@code false}, 0).
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this request.
     *
     * @return a builder with every component of this request
     */
    public Builder toBuilder() {
        return new Builder()
                .sequence(sequence)
                .receivedAt(receivedAt)
                .operation(operation)
                .requestBody(requestBody)
                .requestBodyTruncated(requestBodyTruncated)
                .statusCode(statusCode)
                .errorType(errorType)
                .errorMessage(errorMessage)
                .signed(signed)
                .accessKeyId(accessKeyId)
                .faultId(faultId)
                .region(region)
                .accountId(accountId);
    }

    /** Builds a {@link RecordedRequest}; each method sets the component of its name and returns this builder. */
    public static final class Builder {
        private long sequence;
        private Instant receivedAt;
        private String operation;
        private String requestBody = "";
        private boolean requestBodyTruncated;
        private int statusCode;
        private String errorType;
        private String errorMessage;
        private boolean signed;
        private String accessKeyId;
        private String faultId;
        private String region;
        private String accountId;

        private Builder() {}

        /**
         * The request's number.
         *
         * @param sequence 1, 2, …
         * @return this builder
         */
        public Builder sequence(long sequence) {
            this.sequence = sequence;
            return this;
        }

        /**
         * When it arrived.
         *
         * @param receivedAt the instant
         * @return this builder
         */
        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        /**
         * The operation.
         *
         * @param operation e.g. {@code GetId}
         * @return this builder
         */
        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        /**
         * The JSON body (empty by default).
         *
         * @param requestBody the body
         * @return this builder
         */
        public Builder requestBody(String requestBody) {
            this.requestBody = requestBody;
            return this;
        }

        /**
         * Whether the body was cut.
         *
         * @param truncated the value
         * @return this builder
         */
        public Builder requestBodyTruncated(boolean truncated) {
            this.requestBodyTruncated = truncated;
            return this;
        }

        /**
         * The HTTP status answered, 0 for none.
         *
         * @param statusCode the status
         * @return this builder
         */
        public Builder statusCode(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /**
         * The error code answered.
         *
         * @param errorType e.g. {@code NotAuthorizedException}
         * @return this builder
         */
        public Builder errorType(String errorType) {
            this.errorType = errorType;
            return this;
        }

        /**
         * The error message answered.
         *
         * @param errorMessage the message
         * @return this builder
         */
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        /**
         * Whether the request was signed.
         *
         * @param signed the value
         * @return this builder
         */
        public Builder signed(boolean signed) {
            this.signed = signed;
            return this;
        }

        /**
         * The access key id of its signature.
         *
         * @param accessKeyId the access key id
         * @return this builder
         */
        public Builder accessKeyId(String accessKeyId) {
            this.accessKeyId = accessKeyId;
            return this;
        }

        /**
         * The id of the fault that affected it.
         *
         * @param faultId e.g. {@code fault-1}
         * @return this builder
         */
        public Builder faultId(String faultId) {
            this.faultId = faultId;
            return this;
        }

        /**
         * The region of the call.
         *
         * @param region e.g. {@code eu-west-1}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * The account of the call.
         *
         * @param accountId the 12-digit account id
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public RecordedRequest build() {
            return new RecordedRequest(
                    sequence,
                    receivedAt,
                    operation,
                    requestBody,
                    requestBodyTruncated,
                    statusCode,
                    errorType,
                    errorMessage,
                    signed,
                    accessKeyId,
                    faultId,
                    region,
                    accountId);
        }
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
