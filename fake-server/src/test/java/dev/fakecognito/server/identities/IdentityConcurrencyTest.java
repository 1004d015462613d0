package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * The identity graph under concurrent calls from 16 threads: no duplicate identities for one login,
 * and after a random mix of linking, merging and unlinking every login is held by exactly one enabled
 * identity and none is lost or duplicated.
 */
class IdentityConcurrencyTest extends IdentityTestSupport {
    private static final int THREADS = 16;

    /** A public login of the random test: provider and user; its token is made afresh for every call. */
    private record Login(String provider, String user, boolean volatileLogin) {
        String token() {
            return switch (provider) {
                case USER_POOL -> userPoolToken(user);
                case GOOGLE -> googleToken(user);
                default -> user;
            };
        }
    }

    private static Map<String, String> loginsMap(List<Login> logins) {
        Map<String, String> map = new LinkedHashMap<>();
        logins.forEach(login -> map.put(login.provider(), login.token()));
        return map;
    }

    private static <T> List<T> runConcurrently(List<java.util.concurrent.Callable<T>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (var task : tasks) {
                futures.add(executor.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            executor.shutdownNow();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void concurrentGetIdForOneNewLoginCreatesExactlyOneIdentity() throws Exception {
        String pool = newPool();
        String fb = facebookUser();
        List<java.util.concurrent.Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tasks.add(() -> getId(pool, Map.of(FACEBOOK, fb)));
        }

        List<String> ids = runConcurrently(tasks);

        assertThat(new HashSet<>(ids)).hasSize(1);
        assertThat(listIds(pool, false)).containsExactly(ids.get(0));
        assertThat(loginsOf(ids.get(0))).containsExactly(FACEBOOK);
    }

    @Test
    void concurrentDeveloperTokensForOneNewUserCreateExactlyOneIdentity() throws Exception {
        String pool = newPool();
        List<java.util.concurrent.Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            tasks.add(() -> developerIdentity(pool, "same-dev-user"));
        }

        List<String> ids = runConcurrently(tasks);

        assertThat(new HashSet<>(ids)).hasSize(1);
        assertThat(listIds(pool, false)).containsExactly(ids.get(0));
    }

    @Test
    void randomMixOfLinkingMergingAndUnlinkingKeepsEveryLoginOnExactlyOneEnabledIdentity() throws Exception {
        String pool = newPool();
        Random random = new Random(20240607L);

        // 5 providers x 4 users = 20 public logins; Amazon and Twitter users may be unlinked, the rest never are
        List<Login> logins = new ArrayList<>();
        for (String provider : List.of(FACEBOOK, AMAZON, TWITTER, USER_POOL, GOOGLE)) {
            boolean volatileProvider = provider.equals(AMAZON) || provider.equals(TWITTER);
            for (int u = 0; u < 4; u++) {
                logins.add(new Login(provider, provider.replaceAll("\\W", "") + "-user" + u, volatileProvider));
            }
        }
        // developer users: d0..d3 are never unlinked, d4..d7 may be
        List<String> developerUsers = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            developerUsers.add("d" + d);
        }
        Set<String> volatileDeveloperUsers = Set.of("d4", "d5", "d6", "d7");

        Set<Object> everLinked = ConcurrentHashMap.newKeySet();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();

        List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int kind = random.nextInt(100);
            List<Login> subset = randomSubset(random, logins, 1 + random.nextInt(3));
            String dev = developerUsers.get(random.nextInt(developerUsers.size()));
            String otherDev = developerUsers.get(random.nextInt(developerUsers.size()));
            Login proof = logins.get(random.nextInt(logins.size()));
            String removable = random.nextBoolean() ? AMAZON : TWITTER;
            java.util.concurrent.Callable<String> call;
            String name;
            if (kind < 40) {
                name = "GetId";
                call = () -> {
                    getId(pool, loginsMap(subset));
                    everLinked.addAll(subset);
                    return null;
                };
            } else if (kind < 60) {
                name = "GetOpenIdTokenForDeveloperIdentity";
                List<Login> extra = subset.subList(0, random.nextInt(subset.size() + 1));
                call = () -> {
                    Map<String, String> map = loginsMap(extra);
                    map.put(DEVELOPER, dev);
                    cognito.getOpenIdTokenForDeveloperIdentity(
                            b -> b.identityPoolId(pool).logins(map));
                    everLinked.addAll(extra);
                    everLinked.add(dev);
                    return null;
                };
            } else if (kind < 75) {
                name = "MergeDeveloperIdentities";
                call = () -> {
                    cognito.mergeDeveloperIdentities(b -> b.identityPoolId(pool)
                            .developerProviderName(DEVELOPER)
                            .sourceUserIdentifier(dev)
                            .destinationUserIdentifier(otherDev));
                    return null;
                };
            } else if (kind < 90) {
                name = "UnlinkIdentity";
                call = () -> {
                    String owner = getId(pool, loginsMap(List.of(proof)));
                    everLinked.add(proof);
                    cognito.unlinkIdentity(b -> b.identityId(owner)
                            .logins(loginsMap(List.of(proof)))
                            .loginsToRemove(removable));
                    return null;
                };
            } else {
                name = "UnlinkDeveloperIdentity";
                String victim = List.copyOf(volatileDeveloperUsers).get(random.nextInt(volatileDeveloperUsers.size()));
                call = () -> {
                    String owner = cognito.lookupDeveloperIdentity(
                                    b -> b.identityPoolId(pool).developerUserIdentifier(victim))
                            .identityId();
                    cognito.unlinkDeveloperIdentity(b -> b.identityPoolId(pool)
                            .identityId(owner)
                            .developerProviderName(DEVELOPER)
                            .developerUserIdentifier(victim));
                    return null;
                };
            }
            tasks.add(() -> {
                try {
                    call.call();
                    outcomes.merge(name + " ok", 1, Integer::sum);
                } catch (ResourceConflictException | ResourceNotFoundException e) {
                    // two users of one provider, over 20 logins, unknown or moved developer user
                    outcomes.merge(name + " " + e.awsErrorDetails().errorCode(), 1, Integer::sum);
                } catch (NotAuthorizedException e) {
                    // a proof login moved to another identity between the two calls of an unlink
                    boolean allowed = name.equals("UnlinkIdentity")
                            && (e.awsErrorDetails().errorMessage().equals(LOGINS_DONT_MATCH));
                    if (!allowed) {
                        unexpected.add(e);
                    }
                    outcomes.merge(name + " NotAuthorized", 1, Integer::sum);
                } catch (Throwable e) {
                    unexpected.add(new AssertionError(name + " failed unexpectedly", e));
                }
                return null;
            });
        }

        runConcurrently(tasks);

        assertThat(unexpected).isEmpty();
        assertThat(outcomes)
                .as("every kind of operation succeeded at least once: %s", outcomes)
                .containsKeys(
                        "GetId ok",
                        "GetOpenIdTokenForDeveloperIdentity ok",
                        "MergeDeveloperIdentities ok",
                        "UnlinkIdentity ok",
                        "UnlinkDeveloperIdentity ok");
        checkInvariants(pool, logins, developerUsers, volatileDeveloperUsers, everLinked);
    }

    /** {@code size} random logins of distinct providers (a Logins map has one entry per provider). */
    private static List<Login> randomSubset(Random random, List<Login> all, int size) {
        List<Login> copy = new ArrayList<>(all);
        Collections.shuffle(copy, random);
        Map<String, Login> byProvider = new LinkedHashMap<>();
        for (Login login : copy) {
            if (byProvider.size() == size) {
                break;
            }
            byProvider.putIfAbsent(login.provider(), login);
        }
        return List.copyOf(byProvider.values());
    }

    private void checkInvariants(
            String pool,
            List<Login> logins,
            List<String> developerUsers,
            Set<String> volatileDeveloperUsers,
            Set<Object> everLinked) {
        List<IdentityDescription> all = listAll(pool, false);
        List<String> allIds = all.stream().map(IdentityDescription::identityId).toList();
        List<String> enabledIds = listIds(pool, true);
        assertThat(allIds).doesNotHaveDuplicates();
        assertThat(enabledIds).doesNotHaveDuplicates();
        assertThat(allIds).containsAll(enabledIds);
        Map<String, IdentityDescription> byId = new HashMap<>();
        all.forEach(identity -> byId.put(identity.identityId(), identity));
        for (IdentityDescription identity : all) {
            assertThat(identity.logins())
                    .as("logins of %s", identity.identityId())
                    .doesNotHaveDuplicates();
            assertThat(identity).isEqualTo(describe(identity.identityId()));
            if (enabledIds.contains(identity.identityId())) {
                assertThat(identity.logins())
                        .as("an enabled identity of this test always has a login")
                        .isNotEmpty();
            } else {
                assertThat(identity.logins())
                        .as("a disabled identity holds no login")
                        .isEmpty();
            }
        }

        // every public login maps to exactly one enabled identity (or to none, and then gets a new one)
        Map<String, Set<String>> linkedOwnersByProvider = new HashMap<>();
        Map<String, Integer> linkedCountByProvider = new HashMap<>();
        for (Login login : logins) {
            String owner = getId(pool, loginsMap(List.of(login)));
            if (allIds.contains(owner)) {
                assertThat(enabledIds).as("owner of %s", login).contains(owner);
                assertThat(byId.get(owner).logins()).contains(login.provider());
                assertThat(linkedOwnersByProvider
                                .computeIfAbsent(login.provider(), p -> new HashSet<>())
                                .add(owner))
                        .as("%s shares its identity with another user of the same provider", login)
                        .isTrue();
                linkedCountByProvider.merge(login.provider(), 1, Integer::sum);
            } else {
                assertThat(login.volatileLogin() || !everLinked.contains(login))
                        .as("%s was linked, never unlinked, and is lost", login)
                        .isTrue();
            }
        }
        // no identity lists a provider whose user is not accounted for
        Map<String, Integer> listedCountByProvider = new HashMap<>();
        for (IdentityDescription identity : all) {
            identity.logins().stream()
                    .filter(provider -> !provider.equals(DEVELOPER))
                    .forEach(provider -> listedCountByProvider.merge(provider, 1, Integer::sum));
        }
        assertThat(listedCountByProvider).isEqualTo(linkedCountByProvider);

        // developer users: each found one is on exactly one enabled identity, which lists the developer provider
        Map<String, List<String>> developerUsersByIdentity = new HashMap<>();
        int found = 0;
        for (String user : developerUsers) {
            String owner;
            try {
                owner = cognito.lookupDeveloperIdentity(
                                b -> b.identityPoolId(pool).developerUserIdentifier(user))
                        .identityId();
            } catch (ResourceNotFoundException e) {
                assertThat(volatileDeveloperUsers.contains(user) || !everLinked.contains(user))
                        .as("developer user %s was linked, never unlinked, and is lost", user)
                        .isTrue();
                continue;
            }
            found++;
            assertThat(enabledIds).as("owner of developer user %s", user).contains(owner);
            assertThat(byId.get(owner).logins()).contains(DEVELOPER);
            List<String> held = developerUsersByIdentity.computeIfAbsent(
                    owner,
                    id -> cognito.lookupDeveloperIdentity(
                                    b -> b.identityPoolId(pool).identityId(id).maxResults(60))
                            .developerUserIdentifierList());
            assertThat(held).contains(user);
        }
        int heldInTotal = 0;
        for (IdentityDescription identity : all) {
            List<String> held = cognito.lookupDeveloperIdentity(b -> b.identityPoolId(pool)
                            .identityId(identity.identityId())
                            .maxResults(60))
                    .developerUserIdentifierList();
            assertThat(identity.logins().contains(DEVELOPER)).isEqualTo(!held.isEmpty());
            heldInTotal += held.size();
        }
        assertThat(heldInTotal).as("developer users held across identities").isEqualTo(found);
    }
}
