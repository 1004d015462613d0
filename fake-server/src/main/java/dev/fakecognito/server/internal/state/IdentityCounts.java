package dev.fakecognito.server.internal.state;

/**
 * How many identities a pool holds, at one moment.
 *
 * @param identities all of them
 * @param disabled   those disabled (merged into another, or left without logins)
 * @param merges     the merges recorded in the pool
 */
public record IdentityCounts(int identities, int disabled, int merges) {}
