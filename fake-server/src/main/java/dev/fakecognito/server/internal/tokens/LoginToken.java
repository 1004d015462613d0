package dev.fakecognito.server.internal.tokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded login token, the value of one {@code Logins} entry (docs/reference/behaviour/login-tokens.md#login-tokens), with the
 * claims the service sees for it. Made by {@link LoginTokenReader}; nothing here says the token is genuine.
 *
 * <ul>
 *   <li>A JWT ({@code jwt == true}) has its own claims.
 *   <li>A SAML response read by {@link LoginTokenReader#readSaml} has its {@code NameID} as {@code subject}
 *       and its attributes as claims (each a list of strings).
 *   <li>The opaque token of a public provider (Facebook, Login with Amazon, Twitter) gets the claims the
 *       service derives once the provider vouched for it ({@link #derived}).
 *   <li>Any other opaque token ({@link #opaque}) has only {@code raw}: {@code subject}, {@code issuer} and
 *       {@code expiresAt} are null, {@code audience} and {@code claims} empty.
 * </ul>
 *
 * @param raw       the token exactly as the client sent it
 * @param jwt       whether it is a well-formed JWT (signed or unsecured) whose claims were decoded
 * @param subject   {@code sub}, or null if absent
 * @param issuer    {@code iss}, or null if absent
 * @param audience  {@code aud} as a list (a single string becomes a one-element list); empty if absent
 * @param expiresAt {@code exp}, or null if absent
 * @param claims    all claims as decoded JSON (String, Long or Double, Boolean, List, Map, null);
 *                  {@code exp}, {@code iat} and {@code nbf} stay numbers of epoch seconds
 */
public record LoginToken(
        String raw,
        boolean jwt,
        String subject,
        String issuer,
        List<String> audience,
        Instant expiresAt,
        Map<String, Object> claims) {

    /** Checks the components and makes {@code audience} and {@code claims} deeply unmodifiable. */
    public LoginToken {
        Objects.requireNonNull(raw, "raw");
        audience = List.copyOf(audience);
        claims = unmodifiableMap(claims);
    }

    /** An opaque (non-JWT) token. */
    static LoginToken opaque(String raw) {
        return new LoginToken(raw, false, null, null, List.of(), null, Map.of());
    }

    /**
     * An opaque token of a public provider with the claims the service derives for it: {@code iss} the
     * provider, {@code aud} the app id, {@code sub} the user, and any more the provider documents.
     *
     * @param raw    the token as sent
     * @param claims the derived claims; {@code sub}, {@code iss} and {@code aud} are read from them
     */
    public static LoginToken derived(String raw, Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return new LoginToken(
                raw,
                false,
                claims.get("sub") instanceof String sub ? sub : null,
                claims.get("iss") instanceof String iss ? iss : null,
                aud instanceof String app ? List.of(app) : List.of(),
                null,
                claims);
    }

    /** Whether this is a well-formed JWT whose claims were decoded (same as {@link #jwt()}). */
    public boolean isJwt() {
        return jwt;
    }

    /** {@code sub}, if present. */
    public Optional<String> subjectClaim() {
        return Optional.ofNullable(subject);
    }

    /** Whether the claim is present (even with a JSON null value). Always false for opaque tokens. */
    public boolean hasClaim(String name) {
        return claims.containsKey(name);
    }

    /**
     * A claim whose value is a JSON string.
     *
     * @param name the claim name, e.g. {@code cognito:username}
     * @return the value; empty if absent or not a string
     */
    public Optional<String> stringClaim(String name) {
        return claims.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * A claim read as a list of strings: a JSON array (its string elements, in order) or a single string
     * (a one-element list). Handy for {@code cognito:roles}, {@code cognito:groups} or {@code aud}.
     *
     * @param name the claim name
     * @return the strings; empty if absent or of another type
     */
    public List<String> stringListClaim(String name) {
        Object value = claims.get(name);
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            List<String> strings = new ArrayList<>(list.size());
            for (Object element : list) {
                if (element instanceof String s) {
                    strings.add(s);
                }
            }
            return List.copyOf(strings);
        }
        return List.of();
    }

    /** Redacts the raw token (it is a credential) so it does not end up in logs. */
    @Override
    public String toString() {
        return "LoginToken[jwt=" + jwt + ", subject=" + subject + ", issuer=" + issuer + ", audience=" + audience
                + ", expiresAt=" + expiresAt + "]";
    }

    private static Map<String, Object> unmodifiableMap(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            copy.put(entry.getKey(), unmodifiable(entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object unmodifiable(Object value) {
        if (value instanceof Map<?, ?> map) {
            return unmodifiableMap((Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(unmodifiable(element));
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
