package dev.fakecognito.server.internal.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.tokens.LoginTokens;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the signatures of JWT logins, when the fake is asked to ({@code verifyLoginTokens}; off by
 * default): docs/reference/behaviour/login-tokens.md#verified-login-tokens. The keys of a provider come from, in this order:
 *
 * <ol>
 *   <li>the key set given offline for the provider ({@link #trust}, from {@code loginTokenKeys} in a
 *       fixture document), when it has the token's {@code kid};
 *   <li>the keys of {@link LoginTokens} in this JVM, for a token that names their {@code kid} (tests that
 *       mint tokens in the fake's own JVM need no setup);
 *   <li>no other key for a provider given offline;
 *   <li>the provider's published key set, fetched from a URL made from the provider's name as the
 *       identity pool configures it, never from anything in the token ({@code iss}, {@code jku},
 *       {@code x5u}): a user pool's {@code https://<name>/.well-known/jwks.json}, a user-pool emulator's
 *       {@code http://<name>/.well-known/jwks.json} ({@link LocalUserPools}), and for every other provider
 *       (OIDC, Google, Apple) the {@code jwks_uri} of {@code https://<name>/.well-known/openid-configuration}.
 *       Fetched once and kept; fetched again for an unknown {@code kid}, or after a failure, at most once
 *       per {@link #REFETCH_INTERVAL} per provider ({@link KeySetFetcher} bounds time, redirects and size).
 * </ol>
 *
 * <p>Every refusal is the service's {@code NotAuthorizedException: Invalid login token. Couldn't verify
 * signed token.}, with a {@link CognitoException#detail() detail} for the journal naming the provider, the
 * key and where the keys came from. Only asymmetric signatures (RSA, ECDSA, EdDSA) are taken: an unsigned
 * ({@code alg: none}) or HMAC-signed token never verifies. Thread-safe.
 */
public final class LoginTokenVerifier {
    /** The service's message for a login token whose signature cannot be verified. */
    public static final String COULD_NOT_VERIFY = "Invalid login token. Couldn't verify signed token.";
    /** The default time-out of a key fetch (connecting, then the whole answer). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** How often a provider's key set may be fetched again (unknown {@code kid}, or after a failure). */
    public static final Duration REFETCH_INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger("dev.fakecognito");
    /** Nimbus's verifiers (and its tables of curves), loaded with the first token to verify. */
    private static final class Verifiers {
        static final DefaultJWSVerifierFactory FACTORY = new DefaultJWSVerifierFactory();
    }

    private static final String GIVEN = "the keys given for the provider (loginTokenKeys)";
    private static final String IN_PROCESS = "the keys of LoginTokens in this JVM (a token minted in another JVM "
            + "needs that JVM's LoginTokens.jwks() under loginTokenKeys)";

    private final boolean enabled;
    private final Clock clock;
    private final KeySetFetcher fetcher;
    private final Map<String, JWKSet> offline = new ConcurrentHashMap<>();
    private final Map<String, Fetched> fetched = new ConcurrentHashMap<>();
    private volatile JWKSet inProcess;

    /**
     * A verifier.
     *
     * @param enabled whether to verify at all; when false {@link #verify} returns at once
     * @param clock   the clock that spaces refetches
     * @param timeout the time-out of each key fetch
     */
    public LoginTokenVerifier(boolean enabled, Clock clock, Duration timeout) {
        this.enabled = enabled;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fetcher = new KeySetFetcher(timeout); // holds no HTTP client until it first fetches
    }

    /** A verifier that verifies nothing (the default of a fake). */
    public static LoginTokenVerifier off() {
        return new LoginTokenVerifier(false, Clock.systemUTC(), DEFAULT_TIMEOUT);
    }

    /** Whether signatures are verified. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Checks a JSON Web Key Set given offline for a provider, without keeping it.
     *
     * @param jwks the document
     * @return the key set
     * @throws IllegalArgumentException with the reason when it is not a JWKS document with a public key
     */
    public static JWKSet parse(String jwks) {
        JWKSet set;
        try {
            set = JWKSet.parse(Objects.requireNonNull(jwks, "jwks"));
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JSON Web Key Set: " + e.getMessage(), e);
        }
        if (set.getKeys().stream().noneMatch(key -> key instanceof AsymmetricJWK)) {
            throw new IllegalArgumentException("a JSON Web Key Set of login token keys needs at least one public "
                    + "key (RSA, EC or OKP); it has " + set.getKeys().size() + " keys, none of them public");
        }
        return set.toPublicJWKSet();
    }

    /**
     * Takes a provider's keys offline: its tokens are verified with these and no others are fetched.
     *
     * @param provider the provider name, as in {@code Logins}
     * @param jwks     its key set, {@code {"keys":[…]}}
     * @throws IllegalArgumentException when it is not a key set ({@link #parse})
     */
    public void trust(String provider, String jwks) {
        offline.put(Objects.requireNonNull(provider, "provider"), parse(jwks));
    }

    /** Forgets the keys given offline and every fetched key set (a reset of the fake). */
    public void reset() {
        offline.clear();
        fetched.clear();
    }

    /**
     * Verifies a JWT login's signature with its provider's keys; does nothing when not {@link #enabled()}.
     * Call it only for a provider the identity pool is configured with.
     *
     * @param token    the decoded token (a JWT)
     * @param provider the {@code Logins} key, which the token's issuer was checked to match
     * @throws CognitoException NotAuthorized {@value #COULD_NOT_VERIFY} with the reason as its detail
     */
    public void verify(LoginToken token, String provider) {
        if (!enabled) {
            return;
        }
        JWSObject signed;
        try {
            signed = JWSObject.parse(token.raw());
        } catch (ParseException e) {
            throw refuse(provider, "the token is not signed (alg none) or its header is not a JWS header");
        }
        JWSHeader header = signed.getHeader();
        JWSAlgorithm alg = header.getAlgorithm();
        if (!JWSAlgorithm.Family.RSA.contains(alg)
                && !JWSAlgorithm.Family.EC.contains(alg)
                && !JWSAlgorithm.Family.ED.contains(alg)) {
            throw refuse(provider, "alg " + alg + " is not a public-key signature");
        }
        String kid = header.getKeyID();
        JWKSet given = offline.get(provider);
        if (given != null && (kid == null || given.getKeyByKeyId(kid) != null)) {
            check(signed, provider, given, GIVEN);
            return;
        }
        JWKSet own = inProcessKeys();
        if (kid != null && own.getKeyByKeyId(kid) != null) {
            check(signed, provider, own, IN_PROCESS);
            return;
        }
        if (given != null) {
            check(signed, provider, given, GIVEN);
            return;
        }
        KeyLocation location;
        try {
            location = KeyLocation.of(provider);
        } catch (IllegalArgumentException e) {
            throw refuse(provider, "no key set URL can be made from the provider name " + provider);
        }
        JWKSet keys = fetchedKeys(provider, location, kid);
        check(signed, provider, keys, location.uri().toString());
    }

    /** Verifies with the keys of the set that fit the header; refuses when none does. */
    private void check(JWSObject signed, String provider, JWKSet keys, String source) {
        String kid = signed.getHeader().getKeyID();
        List<JWK> candidates = candidates(keys, signed.getHeader());
        if (candidates.isEmpty()) {
            throw refuse(
                    provider,
                    (kid == null ? "no key for alg " + signed.getHeader().getAlgorithm() : "no key with kid " + kid)
                            + " in " + source);
        }
        for (JWK key : candidates) {
            try {
                JWSVerifier verifier =
                        Verifiers.FACTORY.createJWSVerifier(signed.getHeader(), ((AsymmetricJWK) key).toPublicKey());
                if (signed.verify(verifier)) {
                    return;
                }
            } catch (JOSEException | IllegalStateException e) {
                LOG.debug(
                        "Key {} of {} cannot check alg {}",
                        key.getKeyID(),
                        provider,
                        signed.getHeader().getAlgorithm(),
                        e);
            }
        }
        throw refuse(
                provider,
                "the signature does not verify with " + (kid == null ? "any key" : "the key " + kid) + " of " + source);
    }

    /** Keys with the token's {@code kid} (all asymmetric signing keys when it names none) whose alg fits. */
    private static List<JWK> candidates(JWKSet keys, JWSHeader header) {
        List<JWK> found = new ArrayList<>();
        for (JWK key : keys.getKeys()) {
            boolean kidFits = header.getKeyID() == null || header.getKeyID().equals(key.getKeyID());
            boolean useFits = key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse());
            boolean algFits = key.getAlgorithm() == null || key.getAlgorithm().equals(header.getAlgorithm());
            if (kidFits && useFits && algFits && key instanceof AsymmetricJWK) {
                found.add(key);
            }
        }
        return found;
    }

    /** The provider's fetched keys, fetched first or again when the rules allow. */
    private JWKSet fetchedKeys(String provider, KeyLocation location, String kid) {
        Fetched state = fetched.computeIfAbsent(provider, name -> new Fetched());
        synchronized (state) {
            Instant now = clock.instant();
            boolean mayFetch = state.lastAttempt == null || !now.isBefore(state.lastAttempt.plus(REFETCH_INTERVAL));
            boolean needed = state.keys == null || kid != null && state.keys.getKeyByKeyId(kid) == null;
            if (needed && mayFetch) {
                state.lastAttempt = now;
                try {
                    state.keys = location.discovery()
                            ? fetcher.keySetOfDiscovery(location.uri())
                            : fetcher.keySet(location.uri());
                    state.lastError = null;
                    LOG.debug(
                            "Fetched the login token keys of {} from {}: kids {}",
                            provider,
                            location.uri(),
                            state.keys.getKeys().stream().map(JWK::getKeyID).toList());
                } catch (IOException e) {
                    state.lastError = e.getMessage();
                    LOG.warn("Cannot fetch the login token keys of {}: {}", provider, e.getMessage());
                }
            }
            if (state.keys == null) {
                throw refuse(
                        provider,
                        "cannot fetch the keys of " + provider + " from " + location.uri() + ": " + state.lastError
                                + (mayFetch
                                        ? ""
                                        : " (tried at " + state.lastAttempt + "; next try from "
                                                + state.lastAttempt.plus(REFETCH_INTERVAL) + ")"));
            }
            return state.keys;
        }
    }

    private JWKSet inProcessKeys() {
        JWKSet keys = inProcess;
        if (keys == null) {
            keys = parse(LoginTokens.jwks());
            inProcess = keys;
        }
        return keys;
    }

    private static CognitoException refuse(String provider, String reason) {
        LOG.info("Refused a login token of {}: {}", provider, reason);
        return CognitoException.notAuthorized(COULD_NOT_VERIFY, reason);
    }

    /** What was fetched for one provider; guarded by itself. */
    private static final class Fetched {
        JWKSet keys;
        Instant lastAttempt;
        String lastError;
    }

    /**
     * Where a provider's keys are published, made from its name only.
     *
     * @param uri       the key set, or the discovery document naming it
     * @param discovery whether {@code uri} is an OpenID Connect discovery document
     */
    record KeyLocation(URI uri, boolean discovery) {
        static KeyLocation of(String provider) {
            if (provider.isEmpty()
                    || provider.contains("://")
                    || provider.contains("?")
                    || provider.contains("#")
                    || provider.contains("@")) {
                throw new IllegalArgumentException(provider);
            }
            if (provider.startsWith("cognito-idp.")) {
                return new KeyLocation(URI.create("https://" + provider + "/.well-known/jwks.json"), false);
            }
            if (LocalUserPools.isLocalUserPool(provider)) {
                return new KeyLocation(URI.create(LocalUserPools.baseUrl(provider) + "/.well-known/jwks.json"), false);
            }
            return new KeyLocation(URI.create("https://" + provider + "/.well-known/openid-configuration"), true);
        }
    }
}
