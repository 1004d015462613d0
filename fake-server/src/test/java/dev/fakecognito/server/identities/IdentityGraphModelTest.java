package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * A sequential random walk (fixed seed) over GetId, developer tokens, merges and unlinks, checked step by
 * step against a small model of the rules in docs/reference/behaviour/identities.md: which identity owns each login, the oldest owner survives a
 * merge, and a merge or link that would give an identity two users of one provider (or more than 20
 * logins) is a ResourceConflictException that changes nothing.
 */
class IdentityGraphModelTest extends IdentityTestSupport {
    private static final List<String> PROVIDERS = List.of(FACEBOOK, AMAZON, TWITTER, USER_POOL);

    /** A login in the model: a public provider and user, or a developer user (provider = DEVELOPER). */
    private record Login(String provider, String user) {
        String token() {
            return provider.equals(USER_POOL) ? userPoolToken(user) : user;
        }
    }

    /** The first {@code size} logins of distinct providers (a Logins map has one entry per provider). */
    private static List<Login> distinctProviders(List<Login> shuffled, int size) {
        Map<String, Login> byProvider = new LinkedHashMap<>();
        for (Login login : shuffled) {
            if (byProvider.size() == size) {
                break;
            }
            byProvider.putIfAbsent(login.provider(), login);
        }
        return List.copyOf(byProvider.values());
    }

    private final Map<Login, String> owner = new HashMap<>();
    private final List<String> creationOrder = new ArrayList<>();

    private static Map<String, String> map(List<Login> logins) {
        Map<String, String> map = new LinkedHashMap<>();
        logins.forEach(login -> map.put(login.provider(), login.token()));
        return map;
    }

    private List<Login> loginsOf(Set<String> identities) {
        return owner.entrySet().stream()
                .filter(e -> identities.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Whether these logins together break the one-user-per-provider or 20-login rule. */
    private static boolean conflicts(List<Login> union) {
        Map<String, String> byProvider = new HashMap<>();
        Set<Login> distinct = new HashSet<>(union);
        for (Login login : distinct) {
            if (login.provider().equals(DEVELOPER)) {
                continue;
            }
            String previous = byProvider.putIfAbsent(login.provider(), login.user());
            if (previous != null && !previous.equals(login.user())) {
                return true;
            }
        }
        return distinct.size() > 20;
    }

    private String oldest(Set<String> identities) {
        return creationOrder.stream().filter(identities::contains).findFirst().orElseThrow();
    }

    /** Applies a link-or-merge call (GetId or a developer token without IdentityId) to the model and checks the answer. */
    private void linkOrMerge(String what, List<Login> logins, java.util.function.Supplier<String> call) {
        Set<String> owners = new HashSet<>();
        logins.stream().map(owner::get).filter(java.util.Objects::nonNull).forEach(owners::add);
        List<Login> union = new ArrayList<>(loginsOf(owners));
        union.addAll(logins);
        if (conflicts(union)) {
            Throwable thrown = catchThrowable(call::get);
            assertThat(thrown).as("%s %s", what, logins).isInstanceOf(ResourceConflictException.class);
            return;
        }
        String result = call.get();
        if (owners.isEmpty()) {
            assertThat(creationOrder)
                    .as("%s %s gives a new identity", what, logins)
                    .doesNotContain(result);
            creationOrder.add(result);
        } else {
            assertThat(result).as("%s %s gives the oldest owner", what, logins).isEqualTo(oldest(owners));
        }
        for (Login login : loginsOf(owners)) {
            owner.put(login, result);
        }
        logins.forEach(login -> owner.put(login, result));
    }

    @Test
    void randomWalkFollowsTheModel() {
        String pool = newPool();
        Random random = new Random(42L);
        List<Login> publicLogins = new ArrayList<>();
        for (String provider : PROVIDERS) {
            for (int u = 0; u < 4; u++) {
                publicLogins.add(new Login(provider, provider.replaceAll("\\W", "") + "-m" + u));
            }
        }
        List<Login> developerLogins = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            developerLogins.add(new Login(DEVELOPER, "m-dev" + d));
        }

        for (int step = 0; step < 300; step++) {
            int kind = random.nextInt(100);
            List<Login> shuffled = new ArrayList<>(publicLogins);
            Collections.shuffle(shuffled, random);
            List<Login> subset = distinctProviders(shuffled, 1 + random.nextInt(3));
            Login dev = developerLogins.get(random.nextInt(developerLogins.size()));
            Login otherDev = developerLogins.get(random.nextInt(developerLogins.size()));
            if (kind < 40) {
                linkOrMerge("GetId", subset, () -> getId(pool, map(subset)));
            } else if (kind < 60) {
                List<Login> extra = subset.subList(0, random.nextInt(subset.size() + 1));
                List<Login> all = new ArrayList<>(extra);
                all.add(dev);
                Map<String, String> logins = map(extra);
                logins.put(DEVELOPER, dev.user());
                linkOrMerge(
                        "developer token",
                        all,
                        () -> cognito.getOpenIdTokenForDeveloperIdentity(
                                        b -> b.identityPoolId(pool).logins(logins))
                                .identityId());
            } else if (kind < 75) {
                merge(pool, dev, otherDev);
            } else if (kind < 90) {
                Login proof = subset.get(0);
                String removed = PROVIDERS.get(random.nextInt(PROVIDERS.size()));
                linkOrMerge("GetId", List.of(proof), () -> getId(pool, map(List.of(proof))));
                String identity = owner.get(proof);
                cognito.unlinkIdentity(
                        b -> b.identityId(identity).logins(map(List.of(proof))).loginsToRemove(removed));
                owner.entrySet()
                        .removeIf(e -> e.getValue().equals(identity)
                                && e.getKey().provider().equals(removed));
            } else {
                String identity = owner.get(dev);
                if (identity == null) {
                    Throwable thrown = catchThrowable(() -> cognito.lookupDeveloperIdentity(
                            b -> b.identityPoolId(pool).developerUserIdentifier(dev.user())));
                    assertThat(thrown).isInstanceOf(ResourceNotFoundException.class);
                } else {
                    cognito.unlinkDeveloperIdentity(b -> b.identityPoolId(pool)
                            .identityId(identity)
                            .developerProviderName(DEVELOPER)
                            .developerUserIdentifier(dev.user()));
                    owner.remove(dev);
                }
            }
            if (step % 50 == 49) {
                compare(pool);
            }
        }
        compare(pool);
    }

    private void merge(String pool, Login source, Login destination) {
        String sourceIdentity = owner.get(source);
        String destinationIdentity = owner.get(destination);
        java.util.concurrent.Callable<String> call = () -> cognito.mergeDeveloperIdentities(b -> b.identityPoolId(pool)
                        .developerProviderName(DEVELOPER)
                        .sourceUserIdentifier(source.user())
                        .destinationUserIdentifier(destination.user()))
                .identityId();
        if (sourceIdentity == null || destinationIdentity == null) {
            assertThat(catchThrowable(call::call)).isInstanceOf(ResourceNotFoundException.class);
            return;
        }
        List<Login> union = loginsOf(new HashSet<>(List.of(sourceIdentity, destinationIdentity)));
        if (!sourceIdentity.equals(destinationIdentity) && conflicts(union)) {
            assertThat(catchThrowable(call::call)).isInstanceOf(ResourceConflictException.class);
            return;
        }
        String result;
        try {
            result = call.call();
        } catch (Exception e) {
            throw new AssertionError("merge " + source + " into " + destination, e);
        }
        assertThat(result).isEqualTo(destinationIdentity);
        owner.replaceAll((login, identity) -> identity.equals(sourceIdentity) ? destinationIdentity : identity);
    }

    private void compare(String pool) {
        Map<String, Set<String>> expectedProviders = new HashMap<>();
        Map<String, Set<String>> expectedDevelopers = new HashMap<>();
        owner.forEach((login, identity) -> {
            expectedProviders.computeIfAbsent(identity, id -> new TreeSet<>()).add(login.provider());
            if (login.provider().equals(DEVELOPER)) {
                expectedDevelopers
                        .computeIfAbsent(identity, id -> new TreeSet<>())
                        .add(login.user());
            }
        });
        Map<String, Set<String>> actualProviders = new HashMap<>();
        for (IdentityDescription identity : listAll(pool, true)) {
            actualProviders.put(identity.identityId(), new TreeSet<>(identity.logins()));
        }
        assertThat(actualProviders).isEqualTo(expectedProviders);
        for (IdentityDescription identity : listAll(pool, false)) {
            if (!expectedProviders.containsKey(identity.identityId())) {
                assertThat(identity.logins())
                        .as("disabled %s", identity.identityId())
                        .isEmpty();
            }
        }
        expectedDevelopers.forEach((identity, users) -> assertThat(new TreeSet<>(cognito.lookupDeveloperIdentity(
                                b -> b.identityPoolId(pool).identityId(identity).maxResults(60))
                        .developerUserIdentifierList()))
                .isEqualTo(users));
    }
}
