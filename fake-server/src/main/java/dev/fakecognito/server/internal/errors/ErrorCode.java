package dev.fakecognito.server.internal.errors;

/**
 * The error codes the fake answers with: the exceptions of the cognito-identity model plus the
 * generic errors of the awsJson protocol. Each knows its HTTP status.
 */
public enum ErrorCode {
    /** A semantic parameter error (modelled). */
    INVALID_PARAMETER("InvalidParameterException", 400),
    /** A model constraint is broken: length, pattern, range, required member (not modelled). */
    VALIDATION("ValidationException", 400),
    /** Malformed JSON or a member of the wrong JSON type (not modelled). */
    SERIALIZATION("SerializationException", 400),
    /** Unknown or missing {@code X-Amz-Target}, or a request that is not an API call. */
    UNKNOWN_OPERATION("UnknownOperationException", 400),
    /** A call the SDKs sign arrived without a signature, while signatures are required (protocol). */
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 400),
    /** A malformed {@code Authorization} header or request date, while signatures are required (protocol). */
    INCOMPLETE_SIGNATURE("IncompleteSignatureException", 400),
    /** A signature with the wrong scope or date, or one that does not verify (protocol). */
    INVALID_SIGNATURE("InvalidSignatureException", 400),
    /** A signature by an access key the fake does not know (protocol). */
    UNRECOGNIZED_CLIENT("UnrecognizedClientException", 400),
    /**
     * A request the HTTP layer cannot read: a body shorter than its {@code Content-Length}, malformed
     * chunked framing, an unsupported {@code Transfer-Encoding} (fake only; the connection is closed).
     */
    BAD_REQUEST("BadRequestException", 400),
    /** A request body over the documented size limit. */
    REQUEST_TOO_LARGE("RequestEntityTooLargeException", 413),
    /** Login or token problems, unauthenticated access switched off, role mapping deny (modelled). */
    NOT_AUTHORIZED("NotAuthorizedException", 400),
    /** Unknown identity pool or identity (modelled). */
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    /** A login already linked elsewhere, a lookup mismatch, a merge conflict (modelled). */
    RESOURCE_CONFLICT("ResourceConflictException", 400),
    /** A developer user id that belongs to another identity (modelled). */
    DEVELOPER_USER_ALREADY_REGISTERED("DeveloperUserAlreadyRegisteredException", 400),
    /** No usable role for GetCredentialsForIdentity (modelled). */
    INVALID_IDENTITY_POOL_CONFIGURATION("InvalidIdentityPoolConfigurationException", 400),
    /** An account or pool quota is reached (modelled). */
    LIMIT_EXCEEDED("LimitExceededException", 400),
    /** Throttling (modelled; the fake does not throttle). */
    TOO_MANY_REQUESTS("TooManyRequestsException", 400),
    /** Parallel updates to one pool (modelled; the fake serialises updates and never sends it). */
    CONCURRENT_MODIFICATION("ConcurrentModificationException", 400),
    /** An external identity provider failed (modelled; the fake never calls one). */
    EXTERNAL_SERVICE("ExternalServiceException", 400),
    /** A fixture document sent to the admin API that cannot be seeded (fake only). */
    INVALID_FIXTURE("InvalidFixtureException", 400),
    /** A fault sent to the admin API that cannot be injected (fake only). */
    INVALID_FAULT("InvalidFaultException", 400),
    /** A clock change sent to the admin API that the fake cannot make (fake only). */
    INVALID_CLOCK("InvalidClockException", 400),
    /** An admin request whose body is not of the media type the endpoint takes (fake only). */
    UNSUPPORTED_MEDIA_TYPE("UnsupportedMediaTypeException", 415),
    /** An admin call from a Host that is not allowed, or a write without the admin header (fake only). */
    FORBIDDEN("ForbiddenException", 403),
    /** An admin call without the fake's admin token (fake only). */
    UNAUTHORIZED("UnauthorizedException", 401),
    /** An admin or discovery path that does not exist, or the admin endpoints disabled (fake only). */
    NOT_FOUND("NotFoundException", 404),
    /** A bug in the fake (modelled as a fault). */
    INTERNAL_ERROR("InternalErrorException", 500);

    private final String type;
    private final int httpStatus;

    ErrorCode(String type, int httpStatus) {
        this.type = type;
        this.httpStatus = httpStatus;
    }

    /** The bare error code as sent in {@code __type} and {@code x-amzn-ErrorType}. */
    public String type() {
        return type;
    }

    /** The HTTP status sent with this error. */
    public int httpStatus() {
        return httpStatus;
    }
}
