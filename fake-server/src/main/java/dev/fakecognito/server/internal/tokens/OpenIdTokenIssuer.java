package dev.fakecognito.server.internal.tokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.fakecognito.model.internal.Regions;
import dev.fakecognito.server.internal.errors.CognitoException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs OpenID tokens the way Cognito Identity does and serves the keys (docs/reference/behaviour/openid-tokens.md#openid-tokens). One per fake instance.
 *
 * <p>Tokens are compact JWS with header {@code {"kid":"<region>-1","typ":"JWS","alg":"RS512"}} and the
 * claims {@code sub}, {@code aud}, {@code amr}, {@code iss}, any extra claims, {@code exp}, {@code iat}
 * in that order, as in real tokens. The region is the pool's (the prefix of its id); {@code iss} is the
 * configured issuer, else AWS's for that region ({@link Regions#issuerOf}). One key signs for every region:
 * the key set lists it under the {@code kid} of each region the fake has pools or tokens in.
 *
 * <p>The RSA-2048 key is either given to the constructor or, with the three-argument constructor,
 * generated <em>lazily</em>: constructing an issuer costs nothing, and the key is made once, thread-safely,
 * on the first call that needs it ({@link #issue}, {@link #verify}, {@link #jwksJson}). This keeps the
 * start-up of the fake fast. Thread-safe.
 */
public final class OpenIdTokenIssuer {

    /** The message of every verification failure except expiry (docs/reference/behaviour/login-tokens.md#tokens-issued-by-the-fake-as-logins; the real text is unverified). */
    static final String COULD_NOT_VERIFY = "Invalid login token. Couldn't verify signed token.";

    /** The claims {@link #issue} writes itself; extra claims must not use these names. */
    static final Set<String> RESERVED_CLAIMS = Set.of("sub", "aud", "amr", "iss", "exp", "iat");

    /** The claim of principal tags: {@code {"principal_tags": {"<tag>": ["<value>"]}}}; real tokens put it before {@code iss}. */
    public static final String TAGS_CLAIM = "https://aws.amazon.com/tags";

    /** The claim of the identity pool's ARN, on authenticated tokens. */
    public static final String POOL_ARN_CLAIM = "https://cognito-identity.amazonaws.com/identity-pool-arn";

    /** The signing algorithm's name; Nimbus's classes load with the key, on first use. */
    private static final String ALGORITHM_NAME = "RS512";

    /** The configured issuer, or null for AWS's issuer of each region. */
    private final String configuredIssuer;

    private final String defaultRegion;
    private final Clock clock;
    /** The regions tokens were issued for; their key ids stay in the key set. */
    private final Set<String> issuedRegions = ConcurrentHashMap.newKeySet();

    private final Object keyLock = new Object();
    /** The signing key; null until first needed when it is generated lazily. */
    private volatile SigningKey signingKey;

    /**
     * The key and what is derived from it, made once. Nimbus is loaded with this class, on the first call
     * that needs the key, not when a fake starts.
     */
    private record SigningKey(RSAKey jwk, JWSSigner signer, JWSVerifier verifier) {
        static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS512; // ALGORITHM_NAME
        static final JOSEObjectType TYPE = new JOSEObjectType("JWS");

        static SigningKey of(RSAKey jwk) {
            try {
                return new SigningKey(jwk, new RSASSASigner(jwk), new RSASSAVerifier(jwk.toRSAPublicKey()));
            } catch (JOSEException e) {
                throw new IllegalArgumentException("unusable RSA key: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Creates an issuer whose RSA-2048 key is generated on first use (not here).
     *
     * @param region the fake's default region, for pool ids without a region prefix
     * @param issuer the {@code iss} claim of every token, or null for AWS's issuer of each pool's region
     * @param clock  the source of the current time
     */
    public OpenIdTokenIssuer(String region, String issuer, Clock clock) {
        this.configuredIssuer = issuer;
        this.defaultRegion = checkRegion(region);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates an issuer that signs with a configured key.
     *
     * @param region  the fake's default region, for pool ids without a region prefix
     * @param issuer  the {@code iss} claim of every token, or null for AWS's issuer of each pool's region
     * @param clock   the source of the current time
     * @param keyPair an RSA key pair of at least 2048 bits
     * @throws IllegalArgumentException if the key pair is not a usable RSA key pair
     */
    public OpenIdTokenIssuer(String region, String issuer, Clock clock, KeyPair keyPair) {
        this(region, issuer, clock);
        Objects.requireNonNull(keyPair, "keyPair");
        if (!(keyPair.getPublic() instanceof RSAPublicKey publicKey)
                || !(keyPair.getPrivate() instanceof RSAPrivateKey privateKey)) {
            throw new IllegalArgumentException("the key pair must be an RSA key pair");
        }
        this.signingKey = SigningKey.of(new RSAKey.Builder(publicKey)
                .privateKey(privateKey)
                .keyID(keyIdFor(defaultRegion))
                .algorithm(SigningKey.ALGORITHM)
                .keyUse(KeyUse.SIGNATURE)
                .build());
    }

    private static String checkRegion(String region) {
        Objects.requireNonNull(region, "region");
        if (region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank");
        }
        return region;
    }

    private static String keyIdFor(String region) {
        return region + "-1";
    }

    /** The {@code iss} claim of the tokens this issuer signs for pools of the default region. */
    public String issuer() {
        return issuerFor(defaultRegion);
    }

    /**
     * The {@code iss} claim of a region's tokens: the configured issuer, else AWS's for that region.
     *
     * @param region a region name
     * @return the issuer URL
     */
    public String issuerFor(String region) {
        return configuredIssuer != null ? configuredIssuer : Regions.issuerOf(region);
    }

    /** The {@code kid} of the default region's tokens: {@code <region>-1}, e.g. {@code us-east-1-1}. */
    public String keyId() {
        return keyIdFor(defaultRegion);
    }

    /**
     * Signs a new OpenID token. Header {@code {"kid":..,"typ":"JWS","alg":"RS512"}}; claims in this order, as
     * in real tokens: {@code sub}, {@code aud} (a single string), {@code amr} (a list), the {@link #TAGS_CLAIM}
     * if among the extra claims, {@code iss}, the other extra claims in the map's iteration order,
     * {@code exp}, {@code iat} (integer epoch seconds; {@code iat} is now).
     *
     * @param identityId     the {@code sub} claim
     * @param identityPoolId the {@code aud} claim
     * @param amr            the {@code amr} claim, e.g. {@code ["unauthenticated"]}
     * @param lifetime       {@code exp - iat}, whole seconds, at least one second (600 for GetOpenIdToken,
     *                       TokenDuration for the developer variant)
     * @param extraClaims    further claims, e.g. {@code https://cognito-identity.amazonaws.com/identity-pool-arn};
     *                       values must be JSON-like (String, Number, Boolean, List, Map); names must not
     *                       be one of the claims above. Pass a {@link LinkedHashMap} to fix their order
     * @return the compact serialised token
     * @throws IllegalArgumentException if the lifetime is below one second or an extra claim name is reserved
     */
    public String issue(
            String identityId,
            String identityPoolId,
            List<String> amr,
            Duration lifetime,
            Map<String, Object> extraClaims) {
        Objects.requireNonNull(identityId, "identityId");
        Objects.requireNonNull(identityPoolId, "identityPoolId");
        Objects.requireNonNull(amr, "amr");
        Objects.requireNonNull(lifetime, "lifetime");
        Map<String, Object> extras = extraClaims == null ? Map.of() : extraClaims;
        if (lifetime.getSeconds() < 1) {
            throw new IllegalArgumentException("lifetime must be at least one second: " + lifetime);
        }
        for (String name : extras.keySet()) {
            if (RESERVED_CLAIMS.contains(name)) {
                throw new IllegalArgumentException("extra claim '" + name + "' would replace a standard claim");
            }
        }
        String region = Regions.regionOf(identityPoolId, defaultRegion);
        issuedRegions.add(region);
        long issuedAt = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", identityId);
        claims.put("aud", identityPoolId);
        claims.put("amr", List.copyOf(amr));
        if (extras.containsKey(TAGS_CLAIM)) {
            claims.put(TAGS_CLAIM, extras.get(TAGS_CLAIM));
        }
        claims.put("iss", issuerFor(region));
        extras.forEach(claims::putIfAbsent);
        claims.put("exp", issuedAt + lifetime.getSeconds());
        claims.put("iat", issuedAt);

        SigningKey key = key();
        JWSHeader header = new JWSHeader.Builder(SigningKey.ALGORITHM)
                .keyID(keyIdFor(region))
                .type(SigningKey.TYPE)
                .build();
        // Jackson writes the claims in LinkedHashMap order; Nimbus's JWTClaimsSet and Payload(Map) reorder them.
        JWSObject jws = new JWSObject(header, new Payload(toJson(claims)));
        try {
            jws.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an OpenID token", e);
        }
        return jws.serialize();
    }

    /**
     * Verifies a token this issuer signed: an RS512 signature by our key, not expired ({@code exp} later
     * than now, no clock skew) and {@code aud} equal to {@code expectedPoolId}. Whether {@code sub} is the
     * right identity is for the caller to decide (it may be a merged identity).
     *
     * @param token          the compact serialised token
     * @param expectedPoolId the identity pool the token must be for
     * @return the token's claims
     * @throws CognitoException NotAuthorized {@code Invalid login token. Token expired: <now> >= <exp>} (epoch
     *                          seconds) if expired, otherwise NotAuthorized
     *                          {@code Invalid login token. Couldn't verify signed token.} on any failure
     */
    public VerifiedOpenIdToken verify(String token, String expectedPoolId) {
        if (token == null || token.isBlank()) {
            throw couldNotVerify();
        }
        JWSObject jws;
        JWTClaimsSet claims;
        try {
            jws = JWSObject.parse(token);
            if (!SigningKey.ALGORITHM.equals(jws.getHeader().getAlgorithm())
                    || !keyIdFor(Regions.regionOf(expectedPoolId, defaultRegion))
                            .equals(jws.getHeader().getKeyID())
                    || !jws.verify(key().verifier())) {
                throw couldNotVerify();
            }
            Map<String, Object> json = jws.getPayload().toJSONObject();
            if (json == null) {
                throw couldNotVerify();
            }
            claims = JWTClaimsSet.parse(json);
        } catch (ParseException | JOSEException e) {
            throw couldNotVerify();
        }
        Date exp = claims.getExpirationTime();
        String subject = claims.getSubject();
        List<String> audience = claims.getAudience();
        List<String> amr;
        try {
            amr = claims.getStringListClaim("amr");
        } catch (ParseException e) {
            throw couldNotVerify();
        }
        if (exp == null || subject == null) {
            throw couldNotVerify();
        }
        long now = clock.instant().getEpochSecond();
        long expSeconds = exp.toInstant().getEpochSecond();
        if (now >= expSeconds) {
            throw LoginTokenReader.expired(now, expSeconds);
        }
        if (audience.size() != 1 || !audience.get(0).equals(expectedPoolId)) {
            throw couldNotVerify();
        }
        return new VerifiedOpenIdToken(
                subject,
                audience.get(0),
                amr == null ? List.of() : amr,
                Instant.ofEpochSecond(expSeconds),
                principalTags(claims.getClaim(TAGS_CLAIM)));
    }

    /** The tags of a verified token's {@link #TAGS_CLAIM} ({@code principal_tags}: tag to a list of strings). */
    private static Map<String, List<String>> principalTags(Object claim) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        if (claim instanceof Map<?, ?> tagsClaim && tagsClaim.get("principal_tags") instanceof Map<?, ?> principal) {
            principal.forEach((tag, values) -> {
                if (values instanceof List<?> list) {
                    tags.put(
                            String.valueOf(tag),
                            list.stream().map(String::valueOf).toList());
                }
            });
        }
        return tags;
    }

    /**
     * The JSON Web Key Set served at {@code /.well-known/jwks_uri}:
     * {@code {"keys":[{"kty":"RSA","alg":"RS512","use":"sig","kid":..,"n":..,"e":"AQAB"}]}}, the public key
     * once per region: the default region first, then the given regions and those tokens were issued for,
     * in name order. {@code n} and {@code e} are base64url without padding (RFC 7518). Member order is
     * Nimbus's.
     *
     * @param regions further regions to list, e.g. those of the fake's pools
     * @return the key set's JSON
     */
    public String jwksJson(Collection<String> regions) {
        RSAKey publicKey = key().jwk().toPublicJWK();
        Set<String> listed = new LinkedHashSet<>();
        listed.add(defaultRegion);
        Set<String> others = new TreeSet<>(regions);
        others.addAll(issuedRegions);
        listed.addAll(others);
        List<JWK> keys = new ArrayList<>();
        for (String region : listed) {
            keys.add(new RSAKey.Builder(publicKey).keyID(keyIdFor(region)).build());
        }
        return new JWKSet(keys).toString();
    }

    /** The key set of the default region and the regions tokens were issued for; see {@link #jwksJson(Collection)}. */
    public String jwksJson() {
        return jwksJson(List.of());
    }

    /**
     * The OpenID discovery document served at {@code /.well-known/openid-configuration}. Does not need the
     * key, so it never triggers key generation.
     *
     * @param region  the region whose issuer the document names
     * @param jwksUri the absolute URL under which {@link #jwksJson()} is served
     * @return {@code issuer}, {@code jwks_uri}, {@code id_token_signing_alg_values_supported},
     *         {@code subject_types_supported}, {@code response_types_supported} and {@code claims_supported}
     */
    public String openIdConfigurationJson(String region, String jwksUri) {
        Objects.requireNonNull(jwksUri, "jwksUri");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuerFor(region == null ? defaultRegion : region));
        doc.put("jwks_uri", jwksUri);
        doc.put("id_token_signing_alg_values_supported", List.of(ALGORITHM_NAME));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("response_types_supported", List.of("id_token"));
        doc.put("claims_supported", List.of("sub", "aud", "amr", "iss", "exp", "iat"));
        return toJson(doc);
    }

    private String toJson(Map<String, Object> object) {
        try {
            return Json.MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a claim value cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Test hook: whether the signing key exists yet (false after the lazy constructor until first use). */
    boolean keyGenerated() {
        return signingKey != null;
    }

    /** The signing key, generated once on first use. */
    private SigningKey key() {
        SigningKey key = signingKey;
        if (key == null) {
            synchronized (keyLock) {
                key = signingKey;
                if (key == null) {
                    key = SigningKey.of(generateKey());
                    signingKey = key;
                }
            }
        }
        return key;
    }

    private RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(RSAKeyGenerator.MIN_KEY_SIZE_BITS)
                    .keyID(keyId())
                    .algorithm(SigningKey.ALGORITHM)
                    .keyUse(KeyUse.SIGNATURE)
                    .secureRandom(new SecureRandom())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate the RSA signing key", e);
        }
    }

    /**
     * Writes claims and the discovery document; keeps {@link LinkedHashMap} order, which Nimbus does not.
     * One per JVM, made on first use: a mapper is thread-safe, and its configuration never changes.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static CognitoException couldNotVerify() {
        return CognitoException.notAuthorized(COULD_NOT_VERIFY);
    }
}
