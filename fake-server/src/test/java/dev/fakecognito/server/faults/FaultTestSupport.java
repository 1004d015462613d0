package dev.fakecognito.server.faults;

import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.server.FakeServerTestBase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** A pool with guests, and the journal and raw HTTP helpers the fault tests share. */
abstract class FaultTestSupport extends FakeServerTestBase {
    static final String FACEBOOK = "graph.facebook.com";
    static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/Authenticated";
    static final String UNAUTH_ROLE = "arn:aws:iam::123456789012:role/Unauthenticated";

    String pool;

    @BeforeEach
    void freshFakeWithAPool() {
        fake.reset();
        pool = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("faults"))
                        .allowUnauthenticatedIdentities(true)
                        .supportedLoginProviders(java.util.Map.of(FACEBOOK, "app")))
                .identityPoolId();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(pool)
                .roles(java.util.Map.of("authenticated", AUTH_ROLE, "unauthenticated", UNAUTH_ROLE)));
    }

    /** A new guest identity of the pool. */
    String guest() {
        return cognito.getId(b -> b.identityPoolId(pool)).identityId();
    }

    /** The journal's calls of one operation, oldest first. */
    List<RecordedRequest> journal(String operation) {
        return fake.requests().forOperation(operation);
    }

    /** An admin request with a JSON body. */
    HttpResponse<String> adminJson(String method, String path, String json) throws Exception {
        // Admin writes carry the admin header, as FakeAdminClient sends it.
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header(FakeAdminClient.ADMIN_HEADER, "test");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
