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
            list.add(new World.Identity(null, Map.of(PROVIDER, user(i)), null, null, null, null, null, null, null));
        }
        return World.builder()
                .identityPools(List.of(new World.IdentityPool(
                        null,
                        name,
                        true,
                        null,
                        Map.of(PROVIDER, "123456789012345"),
                        null,
                        null,
                        null,
                        null,
                        Map.of(
                                "authenticated",
                                "arn:aws:iam::123456789012:role/BenchAuthenticated",
                                "unauthenticated",
                                "arn:aws:iam::123456789012:role/BenchGuest"),
                        null,
                        null,
                        Map.of("team", "bench"),
                        list,
                        null)))
                .build();
    }
}
