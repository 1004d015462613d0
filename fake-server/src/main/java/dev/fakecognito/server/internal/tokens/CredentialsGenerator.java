package dev.fakecognito.server.internal.tokens;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;

/**
 * Makes up temporary AWS credentials in the format of the real service (docs/reference/behaviour/roles-and-credentials.md#credential-format). The values are random
 * and mean nothing; nothing checks them. Thread-safe.
 */
public final class CredentialsGenerator {

    /** The characters after {@code ASIA} in a temporary access key ID (base32). */
    private static final String KEY_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** Random bytes in a secret key: 30 bytes are exactly 40 base64 characters. */
    private static final int SECRET_BYTES = 30;
    /**
     * The start of real STS-style session tokens ({@code IQoJb3JpZ2luX2Vj} once encoded). 12 bytes, so
     * the random part that follows starts on a base64 boundary.
     */
    private static final String SESSION_PREFIX = "!\n\torigin_ec";
    /** Random bytes after the prefix; prefix plus these is a multiple of 3, so there is no padding. */
    private static final int SESSION_RANDOM_BYTES = 288;

    private final Clock clock;
    /**
     * Made on first use: setting up a {@link SecureRandom} is ~10 ms of a fresh JVM's start-up, and most
     * fakes never hand out credentials.
     */
    private volatile SecureRandom random;

    /**
     * Creates a generator with its own {@link SecureRandom}, made when first needed.
     *
     * @param clock the source of the current time
     */
    public CredentialsGenerator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    CredentialsGenerator(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Generates fresh credentials.
     *
     * @param lifetime how long they stay valid; must be positive
     * @return credentials that expire {@code lifetime} from now (truncated to whole seconds, as on the wire)
     */
    public TemporaryCredentials generate(Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
        }
        Instant expiration =
                clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        return new TemporaryCredentials(accessKeyId(), secretKey(), sessionToken(), expiration);
    }

    private String accessKeyId() {
        StringBuilder sb = new StringBuilder(20).append("ASIA");
        for (int i = 0; i < 16; i++) {
            sb.append(KEY_ID_ALPHABET.charAt(random().nextInt(KEY_ID_ALPHABET.length())));
        }
        return sb.toString();
    }

    private String secretKey() {
        byte[] bytes = new byte[SECRET_BYTES];
        random().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private String sessionToken() {
        byte[] prefix = SESSION_PREFIX.getBytes(StandardCharsets.US_ASCII);
        byte[] tail = new byte[SESSION_RANDOM_BYTES];
        random().nextBytes(tail);
        byte[] bytes = new byte[prefix.length + tail.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(tail, 0, bytes, prefix.length, tail.length);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private SecureRandom random() {
        SecureRandom made = random;
        if (made == null) {
            synchronized (this) {
                made = random;
                if (made == null) {
                    made = new SecureRandom();
                    random = made;
                }
            }
        }
        return made;
    }
}
