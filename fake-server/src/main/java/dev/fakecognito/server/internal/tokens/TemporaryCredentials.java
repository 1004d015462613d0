package dev.fakecognito.server.internal.tokens;

import java.time.Instant;
import java.util.Objects;

/**
 * Temporary AWS credentials as GetCredentialsForIdentity returns them (docs/reference/behaviour/roles-and-credentials.md#credential-format). Sent on the wire as
 * {@code AccessKeyId}, {@code SecretKey}, {@code SessionToken} and {@code Expiration} (epoch seconds).
 *
 * @param accessKeyId  20 characters, {@code ASIA} followed by 16 of {@code [A-Z2-7]}
 * @param secretKey    40 characters of {@code [A-Za-z0-9+/]}
 * @param sessionToken a long opaque base64 string
 * @param expiration   when the credentials expire, whole seconds
 */
public record TemporaryCredentials(String accessKeyId, String secretKey, String sessionToken, Instant expiration) {

    /** Checks that no component is null. */
    public TemporaryCredentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(sessionToken, "sessionToken");
        Objects.requireNonNull(expiration, "expiration");
    }

    /** Hides the secret parts, so credentials never end up in logs by accident. */
    @Override
    public String toString() {
        return "TemporaryCredentials[accessKeyId=" + accessKeyId + ", expiration=" + expiration + "]";
    }
}
