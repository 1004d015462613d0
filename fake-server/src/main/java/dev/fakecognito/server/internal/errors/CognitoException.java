package dev.fakecognito.server.internal.errors;

/**
 * An error the fake answers with, as the real service would: an {@link ErrorCode} and the message
 * clients see. Thrown anywhere below the protocol layer, which turns it into an awsJson error response.
 */
public final class CognitoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * Creates an error.
     *
     * @param code    what kind of error
     * @param message the message clients see
     */
    public CognitoException(ErrorCode code, String message) {
        super(message, null, false, false);
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
