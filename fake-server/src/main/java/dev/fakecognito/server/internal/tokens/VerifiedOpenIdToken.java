package dev.fakecognito.server.internal.tokens;

import dev.fakecognito.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claims of an OpenID token that {@link OpenIdTokenIssuer#verify} accepted.
 *
 * @param subject   {@code sub}: the identity ID the token was issued to
 * @param audience  {@code aud}: the identity pool ID
 * @param amr       {@code amr}: authentication methods, first element {@code authenticated} or
 *                  {@code unauthenticated} (empty if the token had none)
 * @param expiresAt     {@code exp}
 * @param principalTags the principal tags the token carries (tag to values), empty if none
 */
public record VerifiedOpenIdToken(
        String subject, String audience, List<String> amr, Instant expiresAt, Map<String, List<String>> principalTags) {

    /** Checks the components and copies {@code amr} and the tags. */
    public VerifiedOpenIdToken {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(expiresAt, "expiresAt");
        amr = List.copyOf(amr);
        principalTags = Copies.map(principalTags);
    }

    /** Whether the first {@code amr} element is {@code authenticated}. */
    public boolean authenticated() {
        return !amr.isEmpty() && "authenticated".equals(amr.get(0));
    }
}
