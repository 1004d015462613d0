package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

class FakeCognitoIdentityApiTest extends ProtocolTestBase {

    private static String createPool(CognitoIdentityClient client) {
        return client.createIdentityPool(
                        b -> b.identityPoolName(uniqueName("api")).allowUnauthenticatedIdentities(true))
                .identityPoolId();
    }

    @Test
    void twoInstancesSideBySideAreIsolated() {
        try (FakeCognitoIdentity other = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient otherClient = FakeServerTestBase.client(other)) {
            String here = createPool(cognito);
            String there = createPool(otherClient);

            assertThat(other.port()).isNotEqualTo(fake.port());
            assertThatThrownBy(() -> otherClient.describeIdentityPool(b -> b.identityPoolId(here)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> cognito.describeIdentityPool(b -> b.identityPoolId(there)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThat(otherClient.listIdentityPools(b -> b.maxResults(60)).identityPools())
                    .extracting(p -> p.identityPoolId())
                    .containsExactly(there);
        }
    }

    @Test
    void portZeroPicksDistinctFreePorts() {
        try (FakeCognitoIdentity a = FakeCognitoIdentity.builder().port(0).start();
                FakeCognitoIdentity b = FakeCognitoIdentity.builder().port(0).start()) {
            assertThat(a.port()).isPositive().isNotEqualTo(b.port());
            assertThat(a.endpoint().toString()).isEqualTo("http://127.0.0.1:" + a.port());
            assertThat(a.isRunning()).isTrue();
        }
    }

    @Test
    void closeFreesThePort() throws IOException {
        FakeCognitoIdentity first = FakeCognitoIdentity.builder().start();
        int port = first.port();
        first.close();

        assertThat(first.isRunning()).isFalse();
        assertThatThrownBy(first::endpoint).isInstanceOf(IllegalStateException.class);
        first.close(); // closing twice is harmless
        try (FakeCognitoIdentity second =
                FakeCognitoIdentity.builder().port(port).start()) {
            assertThat(second.port()).isEqualTo(port);
            try (CognitoIdentityClient client = FakeServerTestBase.client(second)) {
                assertThat(client.listIdentityPools(b -> b.maxResults(1)).identityPools())
                        .isEmpty();
            }
        }
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void resetDropsAllPools() {
        try (FakeCognitoIdentity other = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient client = FakeServerTestBase.client(other)) {
            String poolId = createPool(client);
            String identityId = client.getId(b -> b.identityPoolId(poolId)).identityId();

            other.reset();

            assertThat(client.listIdentityPools(b -> b.maxResults(60)).identityPools())
                    .isEmpty();
            assertThatThrownBy(() -> client.describeIdentityPool(b -> b.identityPoolId(poolId)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> client.describeIdentity(b -> b.identityId(identityId)))
                    .isInstanceOf(ResourceNotFoundException.class);
            // still usable afterwards
            assertThat(createPool(client)).isNotEqualTo(poolId);
        }
    }

    @Test
    void regionAndAccountShapeIdsAndArns() {
        try (FakeCognitoIdentity sydney = FakeCognitoIdentity.builder()
                        .region("ap-southeast-2")
                        .accountId("444455556666")
                        .start();
                CognitoIdentityClient client = FakeServerTestBase.client(sydney)) {
            String poolId = createPool(client);
            String identityId = client.getId(b -> b.identityPoolId(poolId)).identityId();

            assertThat(sydney.region()).isEqualTo("ap-southeast-2");
            assertThat(poolId).startsWith("ap-southeast-2:");
            assertThat(identityId).startsWith("ap-southeast-2:");
            assertThat(client.describeIdentityPool(b -> b.identityPoolId(poolId))
                            .identityPoolId())
                    .isEqualTo(poolId);
            String arn = "arn:aws:cognito-identity:ap-southeast-2:444455556666:identitypool/" + poolId;
            client.tagResource(b -> b.resourceArn(arn).tags(java.util.Map.of("k", "v")));
            assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags())
                    .containsEntry("k", "v");
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"US-EAST-1", "useast1", "us-east", "us-east-1 ", "eu_west_1", "us-east-1a"})
    void builderRejectsABadRegion(String region) {
        assertThatThrownBy(() -> FakeCognitoIdentity.builder().region(region))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "1234567890123", "abcdefghijkl", "12345678901a", " 123456789012"})
    void builderRejectsABadAccountId(String accountId) {
        assertThatThrownBy(() -> FakeCognitoIdentity.builder().accountId(accountId))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builderRejectsAPortOutOfRange() {
        assertThatThrownBy(() -> FakeCognitoIdentity.builder().port(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeCognitoIdentity.builder().port(65536))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startingOnAPortInUseFailsWithAClearMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            FakeCognitoIdentity.Builder builder = FakeCognitoIdentity.builder().port(port);

            assertThatThrownBy(builder::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(port))
                    .hasMessageContaining("127.0.0.1");
        }
        FakeCognitoIdentity.Builder onTheFakesPort =
                FakeCognitoIdentity.builder().port(fake.port());
        assertThatThrownBy(onTheFakesPort::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(String.valueOf(fake.port()));
        // the running fake is unaffected
        assertThat(ok(get("/_fake/health")).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void unstartedFakeHasNoEndpoint() {
        FakeCognitoIdentity built = FakeCognitoIdentity.builder().build();

        assertThat(built.isRunning()).isFalse();
        assertThatThrownBy(built::endpoint).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(built::port).isInstanceOf(IllegalStateException.class);
        built.close();
    }
}
