package dev.fakecognito.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.model.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON Web Key Set of RSA public keys, such as a fake serves at its {@code jwksUri()}: the keys to
 * check its OpenID tokens with ({@link Jwt#isSignedBy}).
 */
public final class Jwks {
    private final Map<String, PublicKey> keys;

    private Jwks(Map<String, PublicKey> keys) {
        this.keys = keys;
    }

    /**
     * Reads a JWKS document. Keys that are not RSA keys with a {@code kid} are left out.
     *
     * @param json the document: {@code {"keys": [{"kty": "RSA", "kid": …, "n": …, "e": …}, …]}}
     * @return the key set
     * @throws IllegalArgumentException when it is not a JWKS document, with the reason
     */
    public static Jwks parse(String json) {
        JsonNode document = Json.tree(Objects.requireNonNull(json, "json"));
        if (document == null || !document.path("keys").isArray()) {
            throw new IllegalArgumentException("a JWKS document is an object with a \"keys\" array");
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (JsonNode key : document.path("keys")) {
            if ("RSA".equals(key.path("kty").asText()) && key.hasNonNull("kid")) {
                keys.put(key.get("kid").asText(), rsaKey(key));
            }
        }
        return new Jwks(Collections.unmodifiableMap(keys));
    }

    /**
     * Loads a JWKS document over HTTP.
     *
     * @param uri where it is served, e.g. a fake's {@code jwksUri()}
     * @return the key set
     * @throws UncheckedIOException when it cannot be loaded
     * @throws IllegalArgumentException when the answer is not a JWKS document
     */
    public static Jwks fetch(URI uri) {
        Objects.requireNonNull(uri, "uri");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new UncheckedIOException(new IOException("GET " + uri + " answered " + response.statusCode()));
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the JWKS at " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while loading the JWKS at " + uri, e));
        }
    }

    /** The key ids ({@code kid}) of the set, in document order. */
    public List<String> keyIds() {
        return new ArrayList<>(keys.keySet());
    }

    /**
     * The key with this id.
     *
     * @param keyId a {@code kid}, e.g. a token's {@link Jwt#keyId()}; {@code null} finds nothing
     * @return the key, or empty
     */
    public Optional<PublicKey> key(String keyId) {
        return Optional.ofNullable(keyId == null ? null : keys.get(keyId));
    }

    private static PublicKey rsaKey(JsonNode key) {
        try {
            BigInteger modulus = new BigInteger(
                    1, Base64.getUrlDecoder().decode(key.path("n").asText()));
            BigInteger exponent = new BigInteger(
                    1, Base64.getUrlDecoder().decode(key.path("e").asText()));
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "the RSA key " + key.path("kid").asText() + " is malformed: " + e.getMessage(), e);
        }
    }
}
