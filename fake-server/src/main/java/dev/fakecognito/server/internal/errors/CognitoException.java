package dev.fakecognito.server.internal.errors;

/**
 * An error the fake answers with, as the real service would: an {@link ErrorCode} and the message
 * clients see. Thrown anywhere below the protocol layer, which turns it into an awsJson error response.
 */
public final class CognitoException extends RuntimeException {
    /**
     * The longest message: a longer one (only echoed client input can make one) is cut and ends in
     * {@code ...}, so that no answer or journal entry grows with the input.
     */
    public static final int MAX_MESSAGE_LENGTH = 8192;

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String detail;

    /**
     * Creates an error.
     *
     * @param code    what kind of error
     * @param message the message clients see; cut at {@link #MAX_MESSAGE_LENGTH} characters
     */
    public CognitoException(ErrorCode code, String message) {
        this(code, message, null);
    }

    private CognitoException(ErrorCode code, String message, String detail) {
        super(message == null ? null : Echo.cut(message, MAX_MESSAGE_LENGTH, false), null, false, false);
        this.code = code;
        this.detail = detail == null ? null : Echo.cut(detail, MAX_MESSAGE_LENGTH, false);
    }

    /**
     * Why the fake refused, when the service's message does not say and the fake knows more (which key of
     * which provider, from which URL): for the request journal and the log, never for the client.
     *
     * @return the reason, or {@code null}
     */
    public String detail() {
        return detail;
    }

    /** The message for the request journal: the client's message, then the {@link #detail()} in parentheses. */
    public String journalMessage() {
        return detail == null ? getMessage() : getMessage() + " (fake: " + detail + ")";
    }

    /** The error code. */
    public ErrorCode code() {
        return code;
    }

    /** {@code ResourceNotFoundException: IdentityPool '<id>' not found.} */
    public static CognitoException poolNotFound(String identityPoolId) {
        return new CognitoException(ErrorCode.RESOURCE_NOT_FOUND, "IdentityPool '" + identityPoolId + "' not found.");
    }

    /** {@code ResourceNotFoundException: Identity '<id>' not found.} */
    public static CognitoException identityNotFound(String identityId) {
        return new CognitoException(ErrorCode.RESOURCE_NOT_FOUND, "Identity '" + identityId + "' not found.");
    }

    /** An {@code InvalidParameterException}. */
    public static CognitoException invalidParameter(String message) {
        return new CognitoException(ErrorCode.INVALID_PARAMETER, message);
    }

    /** A {@code NotAuthorizedException}. */
    public static CognitoException notAuthorized(String message) {
        return new CognitoException(ErrorCode.NOT_AUTHORIZED, message);
    }

    /**
     * A {@code NotAuthorizedException} whose {@link #detail()} tells the journal why.
     *
     * @param message the message clients see
     * @param detail  the reason, for the journal and the log
     */
    public static CognitoException notAuthorized(String message, String detail) {
        return new CognitoException(ErrorCode.NOT_AUTHORIZED, message, detail);
    }

    /** A {@code ResourceConflictException}. */
    public static CognitoException conflict(String message) {
        return new CognitoException(ErrorCode.RESOURCE_CONFLICT, message);
    }
}
