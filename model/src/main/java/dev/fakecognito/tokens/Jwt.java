package dev.fakecognito.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.model.internal.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A decoded compact JWS (a JWT): its header, its claims and whether its signature verifies with a
 * public key. For reading the fake's OpenID tokens in tests; it checks only what a method says.
 *
 * <pre>{@code
 * Jwt token = Jwt.decode(response.token());
 * boolean signed = token.isSignedBy(Jwks.fetch(fake.jwksUri()).key(token.keyId()).orElseThrow());
 * String identityId = token.subject();
 * }</pre>
 */
public final class Jwt {
    private static final Map<String, String> JDK_ALGORITHMS =
            Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    private final String compact;
    private final Map<String, Object> header;
    private final Map<String, Object> claims;

    private Jwt(String compact, Map<String, Object> header, Map<String, Object> claims) {
        this.compact = compact;
        this.header = header;
        this.claims = claims;
    }

    /**
     * Decodes a token without checking its signature.
     *
     * @param compact the token: {@code header.claims.signature}, each part base64url
     * @return the decoded token
     * @throws IllegalArgumentException when it is not a compact JWS with JSON header and claims, with the reason
     */
    public static Jwt decode(String compact) {
        Objects.requireNonNull(compact, "compact");
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a compact JWS has 3 parts separated by '.', this has " + parts.length);
        }
        return new Jwt(compact, object(parts[0], "header"), object(parts[1], "claims"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String part, String what) {
        String json;
        try {
            json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its " + what + " is not base64url: " + e.getMessage(), e);
        }
        JsonNode node;
        try {
            node = Json.tree(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its " + what + " is not JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("its " + what + " is not a JSON object");
        }
        return Collections.unmodifiableMap(Json.read(json, Map.class));
    }

    /** The header: {@code alg}, {@code kid}, {@code typ}, … */
    public Map<String, Object> header() {
        return header;
    }

    /** The claims, as JSON values: strings, numbers, booleans, lists and maps. */
    public Map<String, Object> claims() {
        return claims;
    }

    /** The {@code alg} of the header, or {@code null}. */
    public String algorithm() {
        return text(header.get("alg"));
    }

    /** The {@code kid} of the header, or {@code null}. */
    public String keyId() {
        return text(header.get("kid"));
    }

    /** The {@code sub} claim, or {@code null}. */
    public String subject() {
        return text(claims.get("sub"));
    }

    /** The {@code iss} claim, or {@code null}. */
    public String issuer() {
        return text(claims.get("iss"));
    }

    /** The {@code aud} claim as a list (a single audience is a list of one; none is empty). */
    public List<String> audience() {
        return strings(claims.get("aud"));
    }

    /** The {@code amr} claim as a list, empty when absent. */
    public List<String> amr() {
        return strings(claims.get("amr"));
    }

    /** The {@code exp} claim, or {@code null}. */
    public Instant expiresAt() {
        return instant(claims.get("exp"));
    }

    /** The {@code iat} claim, or {@code null}. */
    public Instant issuedAt() {
        return instant(claims.get("iat"));
    }

    /**
     * Whether the signature verifies with this key, for the RSA algorithms RS256, RS384 and RS512.
     *
     * @param key an RSA public key, e.g. from {@link Jwks#key(String)}
     * @return true when the token's {@code alg} is one of those and its signature verifies
     */
    public boolean isSignedBy(PublicKey key) {
        Objects.requireNonNull(key, "key");
        String algorithm = JDK_ALGORITHMS.get(algorithm());
        if (algorithm == null) {
            return false;
        }
        int lastDot = compact.lastIndexOf('.');
        try {
            byte[] signature = Base64.getUrlDecoder().decode(compact.substring(lastDot + 1));
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(compact.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "Jwt" + header + claims;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    private static Instant instant(Object value) {
        return value instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
    }
}
