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

    /**
     * Creates an error.
     *
     * @param code    what kind of error
     * @param message the message clients see; cut at {@link #MAX_MESSAGE_LENGTH} characters
     */
    public CognitoException(ErrorCode code, String message) {
        super(message == null ? null : Echo.cut(message, MAX_MESSAGE_LENGTH, false), null, false, false);
        this.code = code;
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

    /** A {@code ResourceConflictException}. */
    public static CognitoException conflict(String message) {
        return new CognitoException(ErrorCode.RESOURCE_CONFLICT, message);
    }
}
