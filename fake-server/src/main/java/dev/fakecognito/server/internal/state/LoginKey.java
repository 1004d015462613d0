package dev.fakecognito.server.internal.state;

import java.util.Objects;

/**
 * A login as the fake keys it: the provider and the user at that provider (not the token, which
 * changes from sign-in to sign-in).
 *
 * <p>Its {@code equals} and {@code hashCode} are written out: a record's generated ones are bootstrapped
 * through method handles on first use, ~10–60 ms of a fresh JVM's first seed or call, and this is the
 * key of every login lookup.
 *
 * @param provider the provider name as it appears in {@code Logins}, e.g. {@code graph.facebook.com}
 * @param user     the user key: a JWT's {@code sub}, or an opaque token itself
 */
public record LoginKey(String provider, String user) {
    @Override
    public boolean equals(Object other) {
        return other instanceof LoginKey that
                && Objects.equals(provider, that.provider)
                && Objects.equals(user, that.user);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(provider) + Objects.hashCode(user);
    }
}
