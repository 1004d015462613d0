package dev.fakecognito.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/**
 * The admin contract behaves the same on the in-process fake and through {@link FakeAdminClient} over
 * its {@code /_fake/} endpoints: each test runs on both, against one fake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FakeAdminContractTest {
    private static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";
    private static final String WORLD = """
            identityPools:
              - name: MobileApp
                id: us-east-1:11111111-2222-3333-4444-555555555555
                allowUnauthenticatedIdentities: true
                supportedLoginProviders: { graph.facebook.com: "1234567890" }
                identities:
                  - id: us-east-1:aaaaaaaa-0000-0000-0000-000000000001
                    logins: { graph.facebook.com: alice }
            """;

    private FakeCognitoIdentity fake;
    private CognitoIdentityClient cognito;

    @BeforeAll
    void start() {
        fake = FakeCognitoIdentity.builder()
                .region("us-east-1")
                .accountId("111122223333")
                .start();
        cognito = FakeServerTestBase.client(fake);
    }

    @AfterAll
    void stop() {
        cognito.close();
        fake.close();
    }

    @BeforeEach
    void empty() {
        fake.reset();
    }

    Stream<FakeAdmin> admins() {
        return Stream.of(fake, FakeAdminClient.connect(fake.endpoint()));
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void describesTheFake(FakeAdmin admin) {
        assertThat(admin.endpoint()).isEqualTo(fake.endpoint());
        assertThat(admin.region()).isEqualTo("us-east-1");
        assertThat(admin.accountId()).isEqualTo("111122223333");
        assertThat(admin.issuer()).isEqualTo("https://cognito-identity.amazonaws.com");
        assertThat(admin.jwksUri()).isEqualTo(fake.endpoint().resolve("/.well-known/jwks_uri"));
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void snapshotsThePoolsOfOneRegionAndAccount(FakeAdmin admin) {
        admin.seed("""
                identityPools:
                  - name: Virginia
                  - name: Ireland
                    region: eu-west-1
                  - name: Partner
                    region: eu-west-1
                    accountId: "210987654321"
                """);

        assertThat(admin.snapshot().identityPools()).hasSize(3);
        assertThat(admin.snapshot("eu-west-1", null).identityPools())
                .extracting(World.IdentityPool::name)
                .containsExactly("Ireland", "Partner");
        assertThat(admin.snapshot(null, "111122223333").identityPools())
                .extracting(World.IdentityPool::name)
                .containsExactly("Virginia", "Ireland");
        assertThat(admin.snapshot("eu-west-1", "210987654321").identityPools())
                .extracting(World.IdentityPool::name, World.IdentityPool::region, World.IdentityPool::accountId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Partner", "eu-west-1", "210987654321"));
        assertThat(admin.snapshot("ap-south-1", null).identityPools()).isEmpty();
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void seedsWhatTheSdkThenSees(FakeAdmin admin) {
        World created = admin.seed(WORLD);

        assertThat(created.pool("MobileApp").id()).isEqualTo(POOL);
        assertThat(cognito.getId(b -> b.identityPoolId(POOL).logins(Map.of("graph.facebook.com", "alice")))
                        .identityId())
                .isEqualTo("us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
        assertThat(admin.snapshot()).isEqualTo(fake.snapshot());
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void seedsAWorldBuiltInCode(FakeAdmin admin) {
        World created = admin.seed(World.builder()
                .identityPools(List.of(World.IdentityPool.builder()
                        .name("Built")
                        .allowUnauthenticatedIdentities(true)
                        .tags(Map.of("env", "test"))
                        .build()))
                .build());

        assertThat(created.pool("Built").id()).startsWith("us-east-1:");
        assertThat(fake.snapshot().pool("Built").tags()).containsEntry("env", "test");
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void journalsApiCallsAndResetForgetsThem(FakeAdmin admin) {
        admin.seed(WORLD);
        cognito.describeIdentityPool(b -> b.identityPoolId(POOL));

        List<RecordedRequest> calls = admin.requests().forOperation("DescribeIdentityPool");
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.statusCode()).isEqualTo(200);
            assertThat(call.members()).containsEntry("IdentityPoolId", POOL);
        });

        admin.reset();

        assertThat(admin.requests().requests()).isEmpty();
        assertThat(admin.snapshot().identityPools()).isEmpty();
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void aRefusedDocumentNamesItsOwnSourceLineAndFieldAndChangesNothing(FakeAdmin admin) {
        String document = "identityPools:\n  - name: Fine\n  - name: Elsewhere\n"
                + "    region: us-east-1\n    id: eu-west-1:11111111-2222-3333-4444-555555555555\n";
        Fixtures fixtures = Fixtures.fromStream(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "cognito/elsewhere.yaml");

        assertThatThrownBy(() -> admin.seed(fixtures)).isInstanceOfSatisfying(FixtureException.class, e -> {
            assertThat(e.getMessage())
                    .isEqualTo("cognito/elsewhere.yaml:5:5: identityPools[1].id: id "
                            + "eu-west-1:11111111-2222-3333-4444-555555555555 is not in the pool's region us-east-1 "
                            + "(ids start with the region)");
            assertThat(e.line()).isEqualTo(5);
        });
        assertThat(fake.snapshot().identityPools()).isEmpty();
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void injectsFaultsAndTheirHandlesCountHits(FakeAdmin admin) {
        admin.seed(WORLD);
        FaultHandle throttling =
                admin.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));
        FaultHandle slow = admin.inject(Fault.on("DescribeIdentityPool").latency(Duration.ofMillis(1)));

        assertThatThrownBy(() -> cognito.getId(b -> b.identityPoolId(POOL)))
                .isInstanceOf(TooManyRequestsException.class);
        cognito.describeIdentityPool(b -> b.identityPoolId(POOL));

        assertThat(throttling.id()).matches("fault-\\d+");
        assertThat(throttling.fault())
                .isEqualTo(Fault.on("GetId").error("TooManyRequestsException").times(2));
        assertThat(throttling.hits()).isEqualTo(1);
        assertThat(throttling.remaining()).hasValue(1);
        assertThat(slow.hits()).isEqualTo(1);
        assertThat(slow.remaining()).isEmpty();
        assertThat(admin.faults()).extracting(FaultHandle::id).containsExactly(throttling.id(), slow.id());
        assertThat(admin.requests().forOperation("GetId"))
                .singleElement()
                .satisfies(call -> assertThat(call.faultId()).isEqualTo(throttling.id()));

        assertThat(throttling.remove()).isTrue();
        assertThat(throttling.remove()).isFalse();
        assertThatThrownBy(throttling::hits)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Fault " + throttling.id() + " is no longer in the fake");
        admin.clearFaults();
        assertThat(admin.faults()).isEmpty();
        assertThat(cognito.getId(b -> b.identityPoolId(POOL)).identityId()).startsWith("us-east-1:");
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void seedsTheFaultsOfADocumentAndResetDropsThem(FakeAdmin admin) {
        World created = admin.seed(WORLD + "faults:\n  - { operation: GetId, error: InternalErrorException }\n");

        assertThat(created.faults()).containsExactly(Fault.on("GetId").error("InternalErrorException"));
        assertThat(admin.faults()).hasSize(1);
        admin.reset();
        assertThat(admin.faults()).isEmpty();
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void freezesMovesAndReleasesTheClockAndResetReleasesItToo(FakeAdmin admin) {
        Instant newYear = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(admin.clock().frozen()).isFalse();
        assertThat(admin.freezeClock(newYear)).isEqualTo(new FakeClock(newYear, true));
        assertThat(admin.clock()).isEqualTo(new FakeClock(newYear, true));
        assertThat(admin.advanceClock(Duration.ofHours(2)))
                .isEqualTo(new FakeClock(newYear.plus(Duration.ofHours(2)), true));
        assertThat(admin.advanceClock(Duration.ofMinutes(-30)).now()).isEqualTo("2026-01-01T01:30:00Z");
        assertThat(admin.useSystemClock().frozen()).isFalse();
        assertThat(admin.clock().now()).isAfter(newYear);

        admin.freezeClock(newYear);
        admin.reset();
        assertThat(admin.clock().frozen()).isFalse();
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void advancingARunningClockFreezesItFromNow(FakeAdmin admin) {
        Instant before = Instant.now();

        FakeClock moved = admin.advanceClock(Duration.ofDays(1));

        assertThat(moved.frozen()).isTrue();
        assertThat(moved.now()).isAfterOrEqualTo(before.plus(Duration.ofDays(1)));
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void aDocumentsClockFreezesTheClockBeforeItsIdentitiesAreDated(FakeAdmin admin) {
        World created = admin.seed(Fixtures.fromString("""
                clock: 2025-06-01T12:00:00Z
                identityPools:
                  - name: MobileApp
                    identities:
                      - id: us-east-1:aaaaaaaa-0000-0000-0000-000000000002
                """));

        assertThat(created.clock()).isEqualTo("2025-06-01T12:00:00Z");
        assertThat(admin.clock()).isEqualTo(new FakeClock(Instant.parse("2025-06-01T12:00:00Z"), true));
        assertThat(admin.snapshot()
                        .pool("MobileApp")
                        .identity("us-east-1:aaaaaaaa-0000-0000-0000-000000000002")
                        .creationDate())
                .isEqualTo("2025-06-01T12:00:00Z");
        assertThat(admin.snapshot().clock()).isNull();
    }

    @ParameterizedTest(autoCloseArguments = false) // the in-process fake is AutoCloseable: the class closes it
    @MethodSource("admins")
    void aRefusedDocumentLeavesTheClockAsItWas(FakeAdmin admin) {
        admin.freezeClock(Instant.parse("2024-01-01T00:00:00Z"));

        assertThatThrownBy(() -> admin.seed(Fixtures.fromString(
                        "clock: 2030-01-01T00:00:00Z\nidentityPools: [{name: Bad, id: 'not-an-id'}]\n")))
                .isInstanceOf(FixtureException.class);
        assertThat(admin.clock()).isEqualTo(new FakeClock(Instant.parse("2024-01-01T00:00:00Z"), true));
    }

    @Test
    void aClientForNothingFailsNamingTheEndpoint() {
        FakeAdmin nowhere = FakeAdminClient.connect(URI.create("http://127.0.0.1:1"));

        assertThatThrownBy(nowhere::reset)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("POST /_fake/reset on the fake at http://127.0.0.1:1 failed");
    }

    @Test
    void aClientNeedsAnHttpEndpoint() {
        assertThatThrownBy(() -> FakeAdminClient.connect(URI.create("file:///tmp")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http(s) URL");
    }
}
