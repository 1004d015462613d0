package dev.fakecognito.server.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/** A mutable identity; only touched while its pool's lock is held. */
final class Identity {
    final String id;
    final long sequence;
    final Instant creationDate;
    Instant lastModifiedDate;
    final LinkedHashMap<String, String> logins = new LinkedHashMap<>(2);
    final LinkedHashSet<String> developerUserIds = new LinkedHashSet<>(2);
    boolean disabled;
    String mergedInto;
    String lastRoleArn;
    Map<String, String> lastSessionTags = Map.of();

    Identity(String id, long sequence, Instant now) {
        this.id = id;
        this.sequence = sequence;
        this.creationDate = now;
        this.lastModifiedDate = now;
    }

    boolean authenticated() {
        return !logins.isEmpty() || !developerUserIds.isEmpty();
    }

    IdentitySnapshot snapshot() {
        return new IdentitySnapshot(
                id,
                logins,
                new ArrayList<>(developerUserIds),
                creationDate,
                lastModifiedDate,
                disabled,
                mergedInto,
                lastRoleArn,
                lastSessionTags);
    }
}
