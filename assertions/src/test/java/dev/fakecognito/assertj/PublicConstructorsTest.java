package dev.fakecognito.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The public constructors of the assertion classes, for users who write their own entry points (the
 * documented way is {@code CognitoIdentityAssertions}): each gives the same assertions, failing alike.
 */
class PublicConstructorsTest {
    private FakeCognitoIdentity fake;
    private CognitoIdentityClient cognito;
    private String pool;

    @BeforeEach
    void start() {
        fake = FakeCognitoIdentity.builder().start();
        cognito = Scenario.client(fake);
        pool = cognito.createIdentityPool(b -> b.identityPoolName("Built").allowUnauthenticatedIdentities(true))
                .identityPoolId();
    }

    @AfterEach
    void stop() {
        cognito.close();
        fake.close();
    }

    @Test
    void fakeAssert() {
        new FakeAssert(fake).identityPool("Built").allowsUnauthenticatedIdentities();

        assertThatThrownBy(() -> new FakeAssert(fake).identityPool("Missing"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Missing");
    }

    @Test
    void identityPoolAssert() {
        World.IdentityPool built = fake.snapshot().pool("Built");

        new IdentityPoolAssert(built).allowsUnauthenticatedIdentities();

        assertThatThrownBy(() -> new IdentityPoolAssert(built).doesNotAllowUnauthenticatedIdentities())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void faultAssert() {
        FaultHandle fault = fake.inject(Fault.on("GetId").error("NotAuthorizedException"));

        new FaultAssert(fault).wasNotHit();

        assertThatThrownBy(() -> new FaultAssert(fault).wasHit()).isInstanceOf(AssertionError.class);
    }

    @Test
    void mergeAssert() {
        World.Merge merge = new World.Merge(
                "us-east-1:aaaaaaaa-0000-0000-0000-000000000002",
                "us-east-1:aaaaaaaa-0000-0000-0000-000000000001",
                Instant.parse("2026-01-01T00:00:00Z"),
                "GetId");

        new MergeAssert(merge)
                .into("us-east-1:aaaaaaaa-0000-0000-0000-000000000001")
                .viaOperation("GetId");

        assertThatThrownBy(() -> new MergeAssert(merge).viaOperation("MergeDeveloperIdentities"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GetId");
    }

    @Test
    void openIdTokenAssertAndRequestsAssert() {
        String identity = cognito.getId(b -> b.identityPoolId(pool)).identityId();
        String token = cognito.getOpenIdToken(b -> b.identityId(identity)).token();

        new OpenIdTokenAssert(token).hasSubject(identity).isUnauthenticated();
        new RequestsAssert(fake.requests()).hasRequestCount("GetId", 1);

        assertThatThrownBy(() -> new OpenIdTokenAssert(token).hasSubject(pool)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> new RequestsAssert(fake.requests()).hasRequestCount("GetId", 2))
                .isInstanceOf(AssertionError.class);
    }
}
