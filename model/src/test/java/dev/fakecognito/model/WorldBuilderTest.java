package dev.fakecognito.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builders of the world's records: every method sets its component, and toBuilder() gives back an equal record. */
class WorldBuilderTest {
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Map<String, Object> JWKS = Map.of("keys", List.of(Map.of("kty", "RSA", "kid", "k1")));

    static World.Identity identity() {
        return World.Identity.builder()
                .id("us-east-1:aaaaaaaa-0000-0000-0000-000000000001")
                .login("graph.facebook.com", "alice")
                .developerUserIdentifier("alice-dev")
                .disabled(false)
                .creationDate(CREATED)
                .lastModifiedDate(CREATED.plusSeconds(60))
                .lastRole("arn:aws:iam::123456789012:role/Auth")
                .sessionTag("team", "blue")
                .build();
    }

    static World.IdentityPool pool() {
        return World.IdentityPool.builder()
                .id("us-east-1:11111111-2222-3333-4444-555555555555")
                .name("Shop")
                .allowUnauthenticatedIdentities(true)
                .allowClassicFlow(false)
                .supportedLoginProvider("graph.facebook.com", "1234567890")
                .developerProviderName("login.shop")
                .openIdConnectProviderARN("arn:aws:iam::123456789012:oidc-provider/login.example.com")
                .cognitoIdentityProvider("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc", "client1")
                .cognitoIdentityProvider(new World.CognitoIdentityProvider(
                        "cognito-idp.us-east-1.amazonaws.com/us-east-1_Def", "client2", true))
                .samlProviderARN("arn:aws:iam::123456789012:saml-provider/Corp")
                .role("authenticated", "arn:aws:iam::123456789012:role/Auth")
                .roleMapping(
                        "graph.facebook.com",
                        new World.RoleMapping(
                                "Rules",
                                "Deny",
                                List.of(new World.MappingRule(
                                        "sub", "Equals", "alice", "arn:aws:iam::123456789012:role/Alice"))))
                .principalTags("graph.facebook.com", new World.PrincipalTags(false, Map.of("team", "sub")))
                .tag("env", "test")
                .identity(identity())
                .merge(new World.Merge(
                        "us-east-1:aaaaaaaa-0000-0000-0000-000000000002",
                        "us-east-1:aaaaaaaa-0000-0000-0000-000000000001",
                        CREATED,
                        "GetId"))
                .build();
    }

    @Test
    void everyIdentityBuilderMethodSetsItsComponent() {
        World.Identity identity = identity();

        assertThat(identity.logins()).containsExactly(Map.entry("graph.facebook.com", "alice"));
        assertThat(identity.developerUserIdentifiers()).containsExactly("alice-dev");
        assertThat(identity.disabled()).isFalse();
        assertThat(identity.creationDate()).isEqualTo(CREATED);
        assertThat(identity.lastModifiedDate()).isEqualTo(CREATED.plusSeconds(60));
        assertThat(identity.lastRole()).endsWith("role/Auth");
        assertThat(identity.sessionTags()).containsExactly(Map.entry("team", "blue"));
        assertThat(identity.toBuilder().build()).isEqualTo(identity);
        assertThat(identity.toBuilder().mergedInto("x").build().mergedInto()).isEqualTo("x");
    }

    @Test
    void everyPoolBuilderMethodSetsItsComponent() {
        World.IdentityPool pool = pool();

        assertThat(pool.allowClassicFlow()).isFalse();
        assertThat(pool.supportedLoginProviders()).containsEntry("graph.facebook.com", "1234567890");
        assertThat(pool.openIdConnectProviderARNs())
                .containsExactly("arn:aws:iam::123456789012:oidc-provider/login.example.com");
        assertThat(pool.cognitoIdentityProviders())
                .extracting(World.CognitoIdentityProvider::clientId)
                .containsExactly("client1", "client2");
        assertThat(pool.samlProviderARNs()).containsExactly("arn:aws:iam::123456789012:saml-provider/Corp");
        assertThat(pool.roleMappings().get("graph.facebook.com").rules()).hasSize(1);
        assertThat(pool.principalTags().get("graph.facebook.com").principalTags())
                .containsEntry("team", "sub");
        assertThat(pool.merges()).extracting(World.Merge::operation).containsExactly("GetId");
        assertThat(pool.identity("us-east-1:aaaaaaaa-0000-0000-0000-000000000001"))
                .isEqualTo(identity());
        assertThat(pool.toBuilder().build()).isEqualTo(pool);
    }

    @Test
    void poolsNameTheirRegionAndAccountAndAWorldFiltersByThem() {
        World.IdentityPool milan = pool().toBuilder()
                .id("eu-south-1:11111111-2222-3333-4444-555555555555")
                .name("Milan")
                .region("eu-south-1")
                .accountId("111122223333")
                .build();
        World.IdentityPool virginia = pool().toBuilder().region("us-east-1").build();
        World world = World.builder().pool(milan).pool(virginia).build();

        assertThat(milan.region()).isEqualTo("eu-south-1");
        assertThat(milan.accountId()).isEqualTo("111122223333");
        assertThat(virginia.accountId()).isNull();
        assertThat(world.inRegion("eu-south-1").identityPools()).containsExactly(milan);
        assertThat(world.inRegion("us-east-1").identityPools()).containsExactly(virginia);
        assertThat(world.inAccount("111122223333").identityPools()).containsExactly(milan);
        assertThat(world.inAccount("999999999999").identityPools()).isEmpty();
    }

    @Test
    void theWholeListsAndMapsReplaceWhatTheSingularMethodsAdded() {
        World.IdentityPool pool = pool().toBuilder()
                .supportedLoginProviders(Map.of("accounts.google.com", "web"))
                .openIdConnectProviderARNs(List.of())
                .cognitoIdentityProviders(List.of())
                .samlProviderARNs(List.of())
                .roles(Map.of())
                .roleMappings(Map.of())
                .principalTags(Map.of())
                .tags(Map.of())
                .identities(List.of())
                .merges(List.of())
                .build();

        assertThat(pool.supportedLoginProviders()).containsOnlyKeys("accounts.google.com");
        assertThat(pool.openIdConnectProviderARNs()).isEmpty();
        assertThat(pool.cognitoIdentityProviders()).isEmpty();
        assertThat(pool.identities()).isEmpty();
        assertThat(pool.merges()).isEmpty();
        assertThat(pool.tags()).isEmpty();
    }

    @Test
    void aWorldsBuilderCarriesPoolsFaultsKeysAndClock() {
        World world = World.builder()
                .pool(pool())
                .fault(Fault.on("GetId").connectionReset())
                .loginTokenKeys("accounts.google.com", JWKS)
                .clock(CREATED)
                .build();

        assertThat(world.pool("Shop")).isEqualTo(pool());
        assertThat(world.faults())
                .singleElement()
                .satisfies(fault -> assertThat(fault.connection()).isEqualTo(Fault.CONNECTION_RESET));
        assertThat(world.loginTokenKeys()).containsOnlyKeys("accounts.google.com");
        assertThat(world.clock()).isEqualTo(CREATED);
        assertThat(world.identityCount()).isEqualTo(1);
        assertThat(world.toBuilder().build()).isEqualTo(world);
        assertThat(world.toBuilder()
                        .loginTokenKeys(Map.of())
                        .faults(List.of())
                        .build()
                        .faults())
                .isEmpty();
    }
}
