package dev.fakecognito.server.internal.state;

import java.util.Objects;

/**
 * Who makes an API call and where: the region the call is in (its signature's scope, else its host,
 * else the id it names, else the fake's default region) and the account it is made from (its access
 * key's account, else the fake's default account). Signed operations see only the pools of this region
 * and account; the unsigned ones find pools by id.
 *
 * <p>Its {@code equals} and {@code hashCode} are written out, as {@link LoginKey}'s are: a record's
 * generated ones are bootstrapped through method handles on first use, ~20 ms of a fresh JVM's first
 * seed, which keys a map by caller.
 *
 * @param region    the region, e.g. {@code eu-west-1}
 * @param accountId the 12-digit account id
 */
public record Caller(String region, String accountId) {
    /** Both are required. */
    public Caller {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Caller that && region.equals(that.region) && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return 31 * region.hashCode() + accountId.hashCode();
    }

    /** Whether this caller sees the pool: the pool is in the caller's region and account. */
    public boolean sees(Pool pool) {
        return region.equals(pool.region()) && accountId.equals(pool.accountId());
    }
}
