package dev.fakecognito.server.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialsGeneratorTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00.750Z");

    private final CredentialsGenerator generator = new CredentialsGenerator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void formatsMatchTheRealService() {
        TemporaryCredentials credentials = generator.generate(Duration.ofHours(1));

        assertThat(credentials.accessKeyId()).hasSize(20).matches("ASIA[A-Z2-7]{16}");
        assertThat(credentials.secretKey()).hasSize(40).matches("[A-Za-z0-9+/]{40}");
        assertThat(credentials.sessionToken())
                .hasSizeGreaterThanOrEqualTo(300)
                .matches("[A-Za-z0-9+/]+")
                .startsWith("IQoJb3JpZ2luX2Vj");
        assertThat(credentials.sessionToken().length() % 4).isZero();
        assertThat(Base64.getDecoder().decode(credentials.sessionToken())).isNotEmpty();
    }

    @Test
    void expirationIsNowPlusLifetimeInWholeSeconds() {
        TemporaryCredentials credentials = generator.generate(Duration.ofHours(1));

        assertThat(credentials.expiration()).isEqualTo(Instant.parse("2025-03-01T13:00:00Z"));
        assertThat(credentials.expiration().getNano()).isZero();
    }

    @Test
    void everyCallGivesFreshValues() {
        Set<String> keyIds = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        Set<String> sessions = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            TemporaryCredentials credentials = generator.generate(Duration.ofMinutes(15));
            keyIds.add(credentials.accessKeyId());
            secrets.add(credentials.secretKey());
            sessions.add(credentials.sessionToken());
        }
        assertThat(keyIds).hasSize(50);
        assertThat(secrets).hasSize(50);
        assertThat(sessions).hasSize(50);
    }

    @Test
    void rejectsANonPositiveLifetime() {
        assertThatThrownBy(() -> generator.generate(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.generate(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesTheSecrets() {
        TemporaryCredentials credentials = generator.generate(Duration.ofHours(1));

        assertThat(credentials.toString())
                .contains(credentials.accessKeyId())
                .doesNotContain(credentials.secretKey())
                .doesNotContain(credentials.sessionToken());
    }
}
