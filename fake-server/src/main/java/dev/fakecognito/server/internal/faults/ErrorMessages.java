package dev.fakecognito.server.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The message an injected error carries when its fault gives none: the real service's text where it is
 * known (see {@code docs/reference/behaviour/faults.md#injected-errors}), otherwise a plain sentence of the fake's.
 */
final class ErrorMessages {
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("TooManyRequestsException", "Rate exceeded"),
            Map.entry("InternalErrorException", "Internal server error."),
            Map.entry(
                    "InvalidIdentityPoolConfigurationException",
                    "Invalid identity pool configuration. Check assigned IAM roles for this pool."),
            Map.entry("NotAuthorizedException", "Access to this identity pool is forbidden."),
            Map.entry("InvalidParameterException", "Invalid parameter."),
            Map.entry("ResourceConflictException", "The request conflicts with the resource's current state."),
            Map.entry(
                    "DeveloperUserAlreadyRegisteredException",
                    "The developer user is already registered with another identity."),
            Map.entry("LimitExceededException", "Limit exceeded."),
            Map.entry("ConcurrentModificationException", "The identity pool was changed concurrently; try again."),
            Map.entry("ExternalServiceException", "An external identity provider did not answer."));

    private ErrorMessages() {}

    /**
     * The default message for an error code.
     *
     * @param type the error code
     * @param body the call's JSON body, or {@code null}; a ResourceNotFoundException names the identity
     *             or pool the call names, as the real service's message does
     */
    static String of(String type, JsonNode body) {
        if ("ResourceNotFoundException".equals(type)) {
            if (body != null && body.path("IdentityId").isTextual()) {
                return "Identity '" + body.get("IdentityId").asText() + "' not found.";
            }
            if (body != null && body.path("IdentityPoolId").isTextual()) {
                return "IdentityPool '" + body.get("IdentityPoolId").asText() + "' not found.";
            }
            return "Resource not found.";
        }
        return MESSAGES.getOrDefault(type, "An error occurred.");
    }
}
