package dev.fakecognito.benchmarks;

import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of the first-call row: {@code main} → a server started → (the fake) seeded with a pool
 * and one identity, as a test's set-up does → one GetId with that identity's login over a new
 * connection, answered; then it prints {@code ANSWERED} and the parent stops its clock. The reference
 * does the same with {@link SameUndertow} instead of the fake (nothing to seed). Nothing here formats a
 * string: {@code String.format} would load the JDK's locale data into both.
 */
final class FirstCall {
    static final String CHILD = "--child-first-call";
    private static final String USER = "fb-00000000000000001";

    private FirstCall() {}

    static void child(String kind) throws Exception {
        int port;
        String body;
        FakeCognitoIdentity fake = null;
        if (kind.equals("fake")) {
            fake = FakeCognitoIdentity.builder().start();
            World seeded = fake.seed(World.builder()
                    .identityPools(List.of(World.IdentityPool.builder()
                            .name("FirstCall")
                            .allowUnauthenticatedIdentities(true)
                            .supportedLoginProviders(Map.of(Worlds.PROVIDER, "123456789012345"))
                            .identities(List.of(World.Identity.builder()
                                    .logins(Map.of(Worlds.PROVIDER, USER))
                                    .build()))
                            .build()))
                    .build());
            port = fake.port();
            body = "{\"IdentityPoolId\":\"" + seeded.identityPools().get(0).id() + "\",\"Logins\":{\"" + Worlds.PROVIDER
                    + "\":\"" + USER + "\"}}";
        } else {
            port = SameUndertow.start(0);
            body = "{\"IdentityPoolId\":\"us-east-1:11111111-2222-3333-4444-555555555555\",\"Logins\":{\""
                    + Worlds.PROVIDER + "\":\"" + USER + "\"}}";
        }
        int status = Http.exchange(port, Http.apiRequest(port, "GetId", body));
        System.out.println("ANSWERED " + status);
        System.out.flush();
        if (fake != null) {
            fake.close();
        }
        System.exit(status == 200 ? 0 : 1);
    }
}
