package dev.fakecognito.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The programmatic form in a static field: one fake for the class, configured by the builder. */
class StaticFieldExtensionTest {
    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");

    // snippet:start registered
    @RegisterExtension
    static CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
            .fixtures("cognito/eu-world.yaml")
            .region("eu-west-1")
            .configure(fake -> fake.clock(Clock.fixed(NOW, ZoneOffset.UTC)))
            .build();
    // snippet:end

    private final CognitoIdentityClient client;

    StaticFieldExtensionTest(CognitoIdentityClient client) {
        this.client = client;
    }

    @Test
    void fakeHasTheBuildersRegionAndFixtures(FakeCognitoIdentity fake) {
        assertThat(fake.region()).isEqualTo("eu-west-1");
        assertThat(client.describeIdentityPool(b -> b.identityPoolId("eu-west-1:11111111-2222-3333-4444-555555555555"))
                        .identityPoolName())
                .isEqualTo("EuropeApp");
    }

    @Test
    void newPoolsGetIdsInTheRegion() {
        String poolId = client.createIdentityPool(
                        b -> b.identityPoolName("Created").allowUnauthenticatedIdentities(true))
                .identityPoolId();

        assertThat(poolId).startsWith("eu-west-1:");
    }

    @Test
    void configuredClockDatesTheIdentities() {
        String poolId = client.createIdentityPool(
                        b -> b.identityPoolName("Dated").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String identityId = client.getId(b -> b.identityPoolId(poolId)).identityId();

        assertThat(client.describeIdentity(b -> b.identityId(identityId)).creationDate())
                .isEqualTo(NOW);
    }
}
