package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FakeClock;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** reset(), seed(...) and snapshot() of a running container, checked through the AWS SDK. */
@ContainerTest
class AdminApiTest {
    @Container
    static CognitoIdentityContainer cognito = new CognitoIdentityContainer();

    static CognitoIdentityClient client;

    @BeforeAll
    static void client() {
        client = Clients.cognitoIdentity(cognito);
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @BeforeEach
    void emptyFake() {
        cognito.reset();
    }

    @Test
    void oneContainerServesEveryRegionAndAccount() {
        try (CognitoIdentityClient ireland =
                software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient.builder()
                        .endpointOverride(cognito.endpoint())
                        .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
                        .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                                software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                                        "111122223333", "any")))
                        .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                        .build()) {
            String irelandPool = ireland.createIdentityPool(
                            b -> b.identityPoolName("Ireland").allowUnauthenticatedIdentities(true))
                    .identityPoolId();
            client.createIdentityPool(b -> b.identityPoolName("Default").allowUnauthenticatedIdentities(true));

            assertThat(irelandPool).startsWith("eu-west-1:");
            assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .extracting(p -> p.identityPoolName())
                    .containsExactly("Default");
            assertThat(cognito.snapshot("eu-west-1", "111122223333").identityPools())
                    .extracting(World.IdentityPool::id)
                    .containsExactly(irelandPool);
            assertThat(cognito.requests().inRegion("eu-west-1")).hasSize(1);
        }
    }

    @Test
    void theClockIsFrozenMovedAndReleasedInTheContainer() {
        String poolId = client.createIdentityPool(
                        b -> b.identityPoolName("Clocked").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        client.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of("unauthenticated", "arn:aws:iam::123456789012:role/Guest")));
        Instant newYear = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(cognito.freezeClock(newYear)).isEqualTo(new FakeClock(newYear, true));
        cognito.advanceClock(Duration.ofMinutes(10));
        String identityId = client.getId(b -> b.identityPoolId(poolId)).identityId();
        Instant expiration = client.getCredentialsForIdentity(b -> b.identityId(identityId))
                .credentials()
                .expiration();

        assertThat(expiration).isEqualTo(newYear.plus(Duration.ofMinutes(70)));
        assertThat(cognito.clock()).isEqualTo(new FakeClock(newYear.plus(Duration.ofMinutes(10)), true));
        cognito.reset();
        assertThat(cognito.clock().frozen()).isFalse();
    }

    @Test
    void resetDropsPoolsAndIdentitiesMadeThroughTheSdk() {
        String poolId = client.createIdentityPool(
                        b -> b.identityPoolName("ResetMe").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        client.getId(b -> b.identityPoolId(poolId));

        cognito.reset();

        assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                .isEmpty();
        assertThat(cognito.snapshot().identityPools()).isEmpty();
    }

    @Test
    void seededYamlIsVisibleThroughTheSdk() {
        World created = cognito.seed("""
                identityPools:
                  - name: Seeded
                    supportedLoginProviders: { graph.facebook.com: app }
                    identities:
                      - id: us-east-1:bbbbbbbb-0000-0000-0000-000000000001
                        logins: { graph.facebook.com: bob }
                """);

        String poolId = created.pool("Seeded").id();
        assertThat(poolId).startsWith("us-east-1:");
        assertThat(client.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolName())
                .isEqualTo("Seeded");
        assertThat(client.getId(b -> b.identityPoolId(poolId).logins(Map.of("graph.facebook.com", "bob")))
                        .identityId())
                .isEqualTo("us-east-1:bbbbbbbb-0000-0000-0000-000000000001");
    }

    @Test
    void seededWorldBuiltInCodeIsVisibleThroughTheSdk() {
        World.IdentityPool pool = World.IdentityPool.builder()
                .name("BuiltInCode")
                .allowUnauthenticatedIdentities(true)
                .tags(Map.of("team", "identity"))
                .build();

        String poolId = cognito.seed(World.builder().pool(pool).build())
                .pool("BuiltInCode")
                .id();

        assertThat(client.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolTags())
                .containsEntry("team", "identity");
    }

    @Test
    void stateShowsWhatTheSdkDid() {
        String poolId = client.createIdentityPool(
                        b -> b.identityPoolName("Game").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String guestRole = "arn:aws:iam::123456789012:role/Guest";
        client.setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(Map.of("unauthenticated", guestRole)));
        String identityId = client.getId(b -> b.identityPoolId(poolId)).identityId();
        client.getCredentialsForIdentity(b -> b.identityId(identityId));

        World.IdentityPool pool = cognito.snapshot().pool("Game");

        assertThat(pool.id()).isEqualTo(poolId);
        assertThat(pool.identities()).singleElement().satisfies(identity -> {
            assertThat(identity.id()).isEqualTo(identityId);
            assertThat(identity.lastRole()).isEqualTo(guestRole);
        });
    }

    @Test
    void invalidSeedIsRefusedWithTheFakesMessage() {
        assertThatThrownBy(() -> cognito.seed("identityPools: [ { nmae: Typo } ]"))
                .isInstanceOf(FixtureException.class)
                .hasMessageContaining("unknown field 'nmae'");
        assertThat(cognito.snapshot().identityPools()).isEmpty();
    }

    @Test
    void aWorldTheFakeRefusesIsReportedAtTheLineOfTheCallersDocument() {
        String document = "identityPools:\n  - name: Eu\n    region: us-east-1\n"
                + "    id: eu-west-1:11111111-2222-3333-4444-555555555555\n";

        assertThatThrownBy(() -> cognito.seed(Fixtures.fromStream(
                        new java.io.ByteArrayInputStream(document.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "eu.yaml")))
                .isInstanceOfSatisfying(FixtureException.class, e -> {
                    assertThat(e.source()).isEqualTo("eu.yaml");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.path()).isEqualTo("identityPools[0].id");
                    assertThat(e.problem()).contains("not in the pool's region us-east-1");
                });
        assertThat(cognito.snapshot().identityPools()).isEmpty();
    }
}
