package dev.fakecognito.server.internal.state;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
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
 * All the in-memory state of one fake: the identity pools of its account and region, with a global
 * index from identity id to pool for the unsigned calls that name only an identity. Thread-safe:
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
     * @param region    the region ids start with
     * @param accountId the account that owns every pool
     * @param clock     the clock for creation dates, token and credential times
     * @param uuids     where new ids come from
     */
    public CognitoState(String region, String accountId, Clock clock, Supplier<UUID> uuids) {
        this.region = region;
        this.accountId = accountId;
        this.clock = clock;
        this.uuids = uuids;
    }

    /** The region of this fake. */
    public String region() {
        return region;
    }

    /** The account id of this fake. */
    public String accountId() {
        return accountId;
    }

    /** The current time of this fake's clock, to the millisecond (what the wire shows). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
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

    String newId() {
        return region + ":" + uuids.get();
    }

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    /**
     * Creates a pool.
     *
     * @throws CognitoException {@code LimitExceededException} when the account already has {@link #MAX_POOLS}
     */
    public Pool createPool(PoolSettings settings, Map<String, String> tags) {
        StateLog logged = log;
        CompletableFuture<Void> durable = null;
        Pool pool;
        synchronized (poolCreation) {
            if (pools.size() >= MAX_POOLS) {
                throw new CognitoException(
                        ErrorCode.LIMIT_EXCEEDED,
                        "You have exceeded the maximum number of identity pools (" + MAX_POOLS + ") for this account.");
            }
            pool = new Pool(this, newId(), nextSequence(), settings, tags);
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

    /** Deletes a pool with its identities, roles, mappings and tags. */
    public void deletePool(String identityPoolId) {
        StateLog logged = log;
        CompletableFuture<Void> durable = null;
        synchronized (poolCreation) {
            Pool pool = pool(identityPoolId);
            pool.markDeleted();
            pools.remove(identityPoolId);
            poolsInOrder.remove(pool.sequence());
            if (logged != null) {
                durable = logged.poolDeleted(identityPoolId);
            }
        }
        await(logged, durable);
    }

    /** Pools in creation order, after the given creation sequence (0 for the first page). */
    public Page<Pool> listPools(long afterSequence, int maxResults) {
        List<Pool> page = new ArrayList<>(maxResults);
        boolean more = false;
        long last = afterSequence;
        for (Pool pool : poolsInOrder.tailMap(afterSequence, false).values()) {
            if (page.size() == maxResults) {
                more = true;
                break;
            }
            page.add(pool);
            last = pool.sequence();
        }
        return new Page<>(page, last, more);
    }

    /** All pools, in creation order. */
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
            if (pools.size() + seeds.size() > MAX_POOLS) {
                throw new SeedException(
                        0,
                        -1,
                        null,
                        "seeding " + seeds.size() + " pools would exceed the quota of " + MAX_POOLS
                                + " identity pools (" + pools.size() + " exist)");
            }
            Set<String> poolIds = new HashSet<>();
            Set<String> identityIds = new HashSet<>();
            created = new ArrayList<>(seeds.size());
            for (int i = 0; i < seeds.size(); i++) {
                PoolSeed seed = seeds.get(i);
                String id = seed.id() == null ? newId() : seed.id();
                if (pools.containsKey(id) || !poolIds.add(id)) {
                    throw new SeedException(i, -1, "id", "identity pool " + id + " already exists");
                }
                Pool pool = new Pool(this, id, nextSequence(), seed.settings(), seed.tags());
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
