package dev.fakecognito.benchmarks;

import dev.fakecognito.model.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fixture worlds the benchmarks seed: one pool whose identities each have one Facebook login. */
final class Worlds {
    static final String PROVIDER = "graph.facebook.com";

    private Worlds() {}

    /** The Facebook user of identity {@code i}: a 20-character opaque id, like an app-scoped user id. */
    static String user(int i) {
        return String.format("fb-%017d", i);
    }

    static World pool(String name, int identities) {
        List<World.Identity> list = new ArrayList<>(identities);
        for (int i = 0; i < identities; i++) {
            list.add(World.Identity.builder().logins(Map.of(PROVIDER, user(i))).build());
        }
        return World.builder()
                .identityPools(List.of(World.IdentityPool.builder()
                        .name(name)
                        .allowUnauthenticatedIdentities(true)
                        .supportedLoginProviders(Map.of(PROVIDER, "123456789012345"))
                        .roles(Map.of(
                                "authenticated",
                                "arn:aws:iam::123456789012:role/BenchAuthenticated",
                                "unauthenticated",
                                "arn:aws:iam::123456789012:role/BenchGuest"))
                        .tags(Map.of("team", "bench"))
                        .identities(list)
                        .build()))
                .build();
    }
}
