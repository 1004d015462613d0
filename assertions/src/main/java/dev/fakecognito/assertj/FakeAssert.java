package dev.fakecognito.assertj;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Assertions on a running fake, and the way to its pools, identities, merges and received requests.
 * Every navigation reads the fake's state at that moment ({@link FakeAdmin#snapshot()} or
 * {@link FakeAdmin#requests()}), so the assertions that follow see the state as it was then.
 *
 * <pre>{@code
 * assertThat(fake).identityPool("MobileApp").hasIdentityCount(2);
 * assertThat(fake).identityWithLogin("graph.facebook.com", "alice").hasLastRole(authRole);
 * assertThat(fake).receivedRequests().hasNoFailures();
 * }</pre>
 *
 * <p>Obtain one from {@link CognitoIdentityAssertions#assertThat(FakeAdmin)} or
 * {@link CognitoIdentitySoftAssertions#assertThat(FakeAdmin)}.
 */
public class FakeAssert extends AbstractAssert<FakeAssert, FakeAdmin> {
    private final SoftAssertionsProvider softly;
    /** The region and account the assertions look at, or {@code null} for all. */
    private String region;

    private String accountId;

    /**
     * Assertions on this fake; prefer {@link CognitoIdentityAssertions#assertThat(FakeAdmin)}.
     *
     * @param actual the fake (in-process or in a container)
     */
    public FakeAssert(FakeAdmin actual) {
        super(SoftlyInspected.unwrap(actual), FakeAssert.class);
        this.softly = SoftlyInspected.softly(actual);
    }

    /**
     * Narrows the assertions that follow to the pools of one region and the calls made in it: a pool of
     * another region is not found, and is not counted.
     *
     * <pre>{@code
     * assertThat(fake).inRegion("eu-west-1").hasIdentityPoolCount(1);
     * }</pre>
     *
     * @param region the region, e.g. {@code eu-west-1}
     * @return this, narrowed
     */
    public FakeAssert inRegion(String region) {
        this.region = Objects.requireNonNull(region, "region");
        return myself;
    }

    /**
     * Narrows the assertions that follow to the pools of one account and the calls made from it.
     *
     * @param accountId the 12-digit account id
     * @return this, narrowed
     */
    public FakeAssert inAccount(String accountId) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        return myself;
    }

    /**
     * Checks the number of identity pools.
     *
     * @param expected the expected number of pools
     * @return this
     */
    public FakeAssert hasIdentityPoolCount(int expected) {
        World world = world();
        if (world.identityPools().size() != expected) {
            throw failure(
                    "%s",
                    "Expecting the fake to have " + expected + " identity pool(s)" + place() + " but it has "
                            + world.identityPools().size() + ":\n" + Describe.pools(world));
        }
        return myself;
    }

    /**
     * The identity pool with this id, or else with this name; fails when there is none, or when
     * several pools have the name (then use the id).
     *
     * @param nameOrId a pool id ({@code us-east-1:…}) or name
     * @return assertions on the pool
     */
    public IdentityPoolAssert identityPool(String nameOrId) {
        World world = world();
        World.IdentityPool pool = world.identityPools().stream()
                .filter(candidate -> candidate.id().equals(nameOrId))
                .findFirst()
                .orElse(null);
        String problem = null;
        if (pool == null) {
            List<World.IdentityPool> named = world.identityPools().stream()
                    .filter(candidate -> nameOrId.equals(candidate.name()))
                    .toList();
            if (named.size() == 1) {
                pool = named.get(0);
            } else if (named.isEmpty()) {
                problem = "Expecting an identity pool with id or name \"" + nameOrId + "\" but there is none. Pools:\n"
                        + Describe.pools(world);
            } else {
                problem = "Expecting one identity pool named \"" + nameOrId + "\" but there are " + named.size()
                        + " (name the pool by its id):\n"
                        + Describe.lines(named.stream().map(Describe::pool).toList(), "  ");
            }
        }
        return navigate(IdentityPoolAssert.class, World.IdentityPool.class, pool, problem, IdentityPoolAssert::new);
    }

    /**
     * The identity with this id, in whichever pool; fails when there is none.
     *
     * @param identityId the identity id
     * @return assertions on the identity
     */
    public IdentityAssert identity(String identityId) {
        World world = world();
        for (World.IdentityPool pool : world.identityPools()) {
            World.Identity identity = pool.identity(identityId);
            if (identity != null) {
                return navigate(IdentityAssert.class, World.Identity.class, identity, null, IdentityAssert::new)
                        .in(pool);
            }
        }
        return navigate(
                IdentityAssert.class,
                World.Identity.class,
                null,
                "Expecting an identity with id \"" + identityId + "\" but there is none. Identities:\n"
                        + Describe.world(world),
                IdentityAssert::new);
    }

    /**
     * The identity logged in with this provider and user, in whichever pool. For a pool's developer
     * provider name the user is a developer user identifier. Fails when no identity has the login, or
     * when identities of several pools have it.
     *
     * @param provider the login provider ({@code graph.facebook.com}, a user pool provider, …)
     * @param user     the user: a JWT login's {@code sub}, or the opaque token (e.g. a Facebook user)
     * @return assertions on the identity
     */
    public IdentityAssert identityWithLogin(String provider, String user) {
        return findIdentity(
                provider + ": " + user,
                (pool) -> identity -> user.equals(identity.logins().get(provider))
                        || provider.equals(pool.developerProviderName())
                                && identity.developerUserIdentifiers().contains(user));
    }

    /**
     * The identity linked to this developer user (under its pool's developer provider), in whichever
     * pool; fails when none is, or identities of several pools are.
     *
     * @param developerUserIdentifier the developer user identifier
     * @return assertions on the identity
     */
    public IdentityAssert identityOfDeveloperUser(String developerUserIdentifier) {
        return findIdentity(
                "developer user " + developerUserIdentifier,
                (pool) -> identity -> identity.developerUserIdentifiers().contains(developerUserIdentifier));
    }

    private IdentityAssert findIdentity(
            String login, Function<World.IdentityPool, java.util.function.Predicate<World.Identity>> test) {
        World world = world();
        List<World.IdentityPool> pools = new ArrayList<>();
        List<World.Identity> found = new ArrayList<>();
        for (World.IdentityPool pool : world.identityPools()) {
            pool.identities().stream().filter(test.apply(pool)).forEach(identity -> {
                pools.add(pool);
                found.add(identity);
            });
        }
        if (found.size() == 1) {
            return navigate(IdentityAssert.class, World.Identity.class, found.get(0), null, IdentityAssert::new)
                    .in(pools.get(0));
        }
        String problem;
        if (found.isEmpty()) {
            problem = "Expecting an identity with login " + login + " but there is none. Identities by pool:\n"
                    + Describe.world(world);
        } else {
            List<String> where = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                where.add(Describe.identity(found.get(i), pools.get(i)));
            }
            problem = "Expecting one identity with login " + login + " but " + found.size()
                    + " have it (go through assertThat(fake).identity(id)):\n" + Describe.lines(where, "  ");
        }
        return navigate(IdentityAssert.class, World.Identity.class, null, problem, IdentityAssert::new);
    }

    /**
     * The merge of this identity into another (by GetId or MergeDeveloperIdentities); fails when it
     * was never merged. Continue with {@link MergeAssert#into(String)}.
     *
     * @param sourceIdentityId the identity that was merged away (and disabled)
     * @return assertions on the merge
     */
    public MergeAssert hasMergeFrom(String sourceIdentityId) {
        World world = world();
        for (World.IdentityPool pool : world.identityPools()) {
            for (World.Merge merge : pool.merges()) {
                if (sourceIdentityId.equals(merge.source())) {
                    return navigate(MergeAssert.class, World.Merge.class, merge, null, MergeAssert::new)
                            .in(pool);
                }
            }
        }
        return navigate(
                MergeAssert.class,
                World.Merge.class,
                null,
                "Expecting identity " + sourceIdentityId
                        + " to have been merged into another but it never was. Merges:\n" + Describe.merges(world),
                MergeAssert::new);
    }

    /**
     * The requests the fake received (its request journal) at this moment.
     *
     * @return assertions on the requests
     */
    public RequestsAssert receivedRequests() {
        isNotNull();
        RequestLog log = actual.requests();
        if (region != null) {
            log = new RequestLog(log.inRegion(region), log.dropped());
        }
        if (accountId != null) {
            log = new RequestLog(log.inAccount(accountId), log.dropped());
        }
        return navigate(RequestsAssert.class, RequestLog.class, log, null, RequestsAssert::new);
    }

    /** {@code " in eu-west-1, account …"} when narrowed, else empty. */
    private String place() {
        return (region == null ? "" : " in " + region) + (accountId == null ? "" : " of account " + accountId);
    }

    private World world() {
        isNotNull();
        return region == null && accountId == null ? actual.snapshot() : actual.snapshot(region, accountId);
    }

    /**
     * Gives assertions on what navigation found: soft ones under soft assertions. When nothing was
     * found ({@code problem} is set), fails; under soft assertions the failure is collected and the
     * returned assertions, on nothing, pass so that the one failure is reported once.
     */
    private <A extends AbstractCognitoAssert<A, T>, T> A navigate(
            Class<A> type, Class<T> actualType, T found, String problem, Function<T, A> create) {
        if (problem != null) {
            AssertionError error = failure("%s", problem);
            if (softly == null) {
                throw error;
            }
            softly.collectAssertionError(error);
        }
        A navigated = softly == null ? create.apply(found) : softly.proxy(type, actualType, found);
        return problem == null ? navigated : navigated.afterFailedNavigation();
    }
}
