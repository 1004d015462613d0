package dev.fakecognito.server.internal.state;

/**
 * A login as the fake keys it: the provider and the user at that provider (not the token, which
 * changes from sign-in to sign-in).
 *
 * @param provider the provider name as it appears in {@code Logins}, e.g. {@code graph.facebook.com}
 * @param user     the user key: a JWT's {@code sub}, or an opaque token itself
 */
public record LoginKey(String provider, String user) {}
