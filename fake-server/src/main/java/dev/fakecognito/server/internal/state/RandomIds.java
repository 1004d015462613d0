package dev.fakecognito.server.internal.state;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Random version 4 UUIDs for pool and identity ids: unique, as the real service's, but not secret (an id
 * is no credential), so they come from {@link ThreadLocalRandom} rather than the {@code SecureRandom}
 * behind {@link UUID#randomUUID()}, whose first use seeds it from the operating system (a few ms and
 * ~40 classes of the first fake's start-up).
 */
public final class RandomIds implements Supplier<UUID> {
    @Override
    public UUID get() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
