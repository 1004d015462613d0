package dev.fakecognito.server.internal.state;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * All the in-memory state of one fake: the identity pools of every region and account, with a global
 * index from identity id to pool for the unsigned calls that name only an identity. A pool belongs to
 * one region and one account ({@link Pool#region()}, {@link Pool#accountId()}); signed calls see only
 * the pools of their {@link Caller}. Thread-safe:
 * each pool guards its own identities; pool creation is serialised to keep the pool quota exact.
 */
public final class CognitoState {
    /** Identity pools per account and region (not adjustable at AWS). */
    static final int MAX_POOLS = 1000;

    private final String region;
    private final String accountId;
    private final Clock clock;
    private final Supplier<UUID> uuids;
    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentHashMap<String, Pool> pools = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, Pool> poolsInOrder = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Pool> poolOfIdentity = new ConcurrentHashMap<>();
    private final Object poolCreation = new Object();
    private volatile StateLog log;

    /**
     * Creates an empty state.
     *
     * @param region    the default region: of calls that name none
     * @param accountId the default account: of calls whose access key names none
     * @param clock     the clock for creation dates, token and credential times
     * @param uuids     where new ids come from
     */
    public CognitoState(String region, String accountId, Clock clock, Supplier<UUID> uuids) {
        this.region = region;
        this.accountId = accountId;
        this.clock = clock;
        this.uuids = uuids;
    }

    /** The default region of this fake: of calls that name none. */
    public String region() {
        return region;
    }

    /** The default account id of this fake: of calls whose access key names none. */
    public String accountId() {
        return accountId;
    }

    /** The current time of this fake's clock, to the millisecond (what the wire shows). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The caller of the fake's default region and account. */
    public Caller defaultCaller() {
        return new Caller(region, accountId);
    }

    String newId(String inRegion) {
        return inRegion + ":" + uuids.get();
    }

    /** The number of pools the caller's region and account hold; under {@code poolCreation}. */
    private int poolsOf(Caller caller) {
        int count = 0;
        for (Pool pool : poolsInOrder.values()) {
            if (caller.sees(pool)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Records every change from now on in a log (a fake with a data directory); set once, after the
     * state was restored and before the fake answers anyone.
     */
    public void logTo(StateLog log) {
        this.log = log;
    }

    /** The log changes go to, or {@code null} (no data directory). */
    StateLog log() {
        return log;
    }

    private static void await(StateLog log, CompletableFuture<Void> durable) {
        if (log != null) {
            log.await(durable);
        }
    }

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    /**
     * Creates a pool in the caller's region and account.
     *
     * @throws CognitoException {@code LimitExceededException} when the caller's account already has
     *                          {@link #MAX_POOLS} in the caller's region
     */
    public Pool createPool(Caller caller, PoolSettings settings, Map<String, String> tags) {
        StateLog logged = log;
        CompletableFuture<Void> durable = null;
        Pool pool;
        synchronized (poolCreation) {
            if (poolsOf(caller) >= MAX_POOLS) {
                throw new CognitoException(
                        ErrorCode.LIMIT_EXCEEDED,
                        "You have exceeded the maximum number of identity pools (" + MAX_POOLS + ") for this account.");
            }
            pool = new Pool(
                    this, newId(caller.region()), caller.region(), caller.accountId(), nextSequence(), settings, tags);
            if (logged != null) {
                durable = logged.poolChanged(pool); // before anyone can see it: its changes follow this record
            }
            pools.put(pool.id(), pool);
            poolsInOrder.put(pool.sequence(), pool);
        }
        await(logged, durable);
        return pool;
    }

    /**
     * The pool with this id.
     *
     * @throws CognitoException {@code ResourceNotFoundException: IdentityPool '<id>' not found.}
     */
    public Pool pool(String identityPoolId) {
        Pool pool = pools.get(identityPoolId);
        if (pool == null) {
            throw CognitoException.poolNotFound(identityPoolId);
        }
        return pool;
    }

    /**
     * The pool with this id, as a signed call sees it: a pool of another region or account is not found.
     *
     * @throws CognitoException {@code ResourceNotFoundException: IdentityPool '<id>' not found.}
     */
    public Pool pool(Caller caller, String identityPoolId) {
        Pool pool = pools.get(identityPoolId);
        if (pool == null || !caller.sees(pool)) {
            throw CognitoException.poolNotFound(identityPoolId);
        }
        return pool;
    }

    /**
     * The pool that owns this identity, as a signed call sees it: an identity of a pool of another
     * region or account is not found.
     *
     * @throws CognitoException {@code ResourceNotFoundException: Identity '<id>' not found.}
     */
    public Pool poolOfIdentity(Caller caller, String identityId) {
        Pool pool = poolOfIdentity.get(identityId);
        if (pool == null || !caller.sees(pool)) {
            throw CognitoException.identityNotFound(identityId);
        }
        return pool;
    }

    /**
     * The pool that owns this identity.
     *
     * @throws CognitoException {@code ResourceNotFoundException: Identity '<id>' not found.}
     */
    public Pool poolOfIdentity(String identityId) {
        Pool pool = poolOfIdentity.get(identityId);
        if (pool == null) {
            throw CognitoException.identityNotFound(identityId);
        }
        return pool;
    }

    /** The pool that owns this identity, if the identity exists. */
    public Optional<Pool> findPoolOfIdentity(String identityId) {
        return Optional.ofNullable(poolOfIdentity.get(identityId));
    }

    /** Deletes a pool the caller sees, with its identities, roles, mappings and tags. */
    public void deletePool(Caller caller, String identityPoolId) {
        StateLog logged = log;
        CompletableFuture<Void> durable;
        synchronized (poolCreation) {
            durable = remove(pool(caller, identityPoolId), logged);
        }
        await(logged, durable);
    }

    /** Deletes a pool of any region and account (an admin's undo), with everything in it. */
    public void deletePool(String identityPoolId) {
        StateLog logged = log;
        CompletableFuture<Void> durable;
        synchronized (poolCreation) {
            durable = remove(pool(identityPoolId), logged);
        }
        await(logged, durable);
    }

    /** Removes a pool; under {@code poolCreation}. Returns when its deletion is durable, or null without a log. */
    private CompletableFuture<Void> remove(Pool pool, StateLog logged) {
        pool.markDeleted();
        pools.remove(pool.id());
        poolsInOrder.remove(pool.sequence());
        return logged == null ? null : logged.poolDeleted(pool.id());
    }

    /**
     * The caller's pools (its region and account) in creation order, after the given creation sequence
     * (0 for the first page).
     */
    public Page<Pool> listPools(Caller caller, long afterSequence, int maxResults) {
        List<Pool> page = new ArrayList<>(maxResults);
        boolean more = false;
        long last = afterSequence;
        for (Pool pool : poolsInOrder.tailMap(afterSequence, false).values()) {
            if (!caller.sees(pool)) {
                continue;
            }
            if (page.size() == maxResults) {
                more = true;
                break;
            }
            page.add(pool);
            last = pool.sequence();
        }
        return new Page<>(page, last, more);
    }

    /** All pools of every region and account, in creation order. */
    public List<Pool> pools() {
        return List.copyOf(poolsInOrder.values());
    }

    /**
     * Creates fully formed pools, all or nothing: either every pool is created with all its identities,
     * or nothing changes.
     *
     * @param seeds the pools to create
     * @return the pools created, in seed order
     * @throws SeedException when a seed clashes with the state (an existing id, a quota) or is inconsistent
     */
    public List<Pool> seed(List<PoolSeed> seeds) {
        StateLog logged = log;
        CompletableFuture<Void> durable = null;
        List<Pool> created;
        synchronized (poolCreation) {
            Map<Caller, Integer> perPlace = new LinkedHashMap<>();
            for (PoolSeed seed : seeds) {
                perPlace.merge(new Caller(seed.region(), seed.accountId()), 1, Integer::sum);
            }
            for (Map.Entry<Caller, Integer> place : perPlace.entrySet()) {
                int existing = poolsOf(place.getKey());
                if (existing + place.getValue() > MAX_POOLS) {
                    throw new SeedException(
                            0,
                            -1,
                            null,
                            "seeding " + place.getValue() + " pools in region "
                                    + place.getKey().region()
                                    + " and account " + place.getKey().accountId() + " would exceed the quota of "
                                    + MAX_POOLS + " identity pools (" + existing + " exist there)");
                }
            }
            Set<String> poolIds = new HashSet<>();
            Set<String> identityIds = new HashSet<>();
            created = new ArrayList<>(seeds.size());
            for (int i = 0; i < seeds.size(); i++) {
                PoolSeed seed = seeds.get(i);
                String id = seed.id() == null ? newId(seed.region()) : seed.id();
                if (pools.containsKey(id) || !poolIds.add(id)) {
                    throw new SeedException(i, -1, "id", "identity pool " + id + " already exists");
                }
                Pool pool = new Pool(
                        this, id, seed.region(), seed.accountId(), nextSequence(), seed.settings(), seed.tags());
                pool.seed(i, seed, identityIds, poolOfIdentity.keySet());
                created.add(pool);
            }
            if (logged != null && !created.isEmpty()) {
                durable = logged.poolsSeeded(created); // before anyone can see them: their changes follow
            }
            for (Pool pool : created) {
                pools.put(pool.id(), pool);
                poolsInOrder.put(pool.sequence(), pool);
                for (String identityId : pool.identityIds()) {
                    poolOfIdentity.put(identityId, pool);
                }
            }
        }
        await(logged, durable);
        return created;
    }

    /** Drops every pool and identity. */
    public void reset() {
        StateLog logged = log;
        CompletableFuture<Void> durable = null;
        synchronized (poolCreation) {
            for (Pool pool : poolsInOrder.values()) {
                pool.markDeleted();
            }
            pools.clear();
            poolsInOrder.clear();
            poolOfIdentity.clear();
            if (logged != null) {
                durable = logged.reset();
            }
        }
        await(logged, durable);
    }

    void indexIdentity(String identityId, Pool pool) {
        poolOfIdentity.put(identityId, pool);
    }

    void unindexIdentity(String identityId) {
        poolOfIdentity.remove(identityId);
    }
}
