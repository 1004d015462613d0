package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;

/**
 * A container protected with an admin token and a network alias: its own {@code FakeAdmin} methods
 * send the token, other clients without it get 401, health checks need none, and the alias is an
 * allowed admin host.
 */
@ContainerTest
class AdminTokenTest {
    @Container
    static CognitoIdentityContainer cognito = new CognitoIdentityContainer()
            .withAdminToken("s3cret")
            .withNetwork(org.testcontainers.containers.Network.newNetwork())
            .withNetworkAliases("cognito");

    @Test
    void theContainerSendsItsTokenAndOthersAreRefused() throws Exception {
        cognito.seed("identityPools: [ { name: Guarded } ]");
        assertThat(cognito.snapshot().pool("Guarded")).isNotNull();
        assertThat(cognito.getEnvMap().get("FAKE_COGNITO_ALLOWED_HOSTS").split(","))
                .contains("cognito");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> state = http.send(
                HttpRequest.newBuilder(cognito.endpoint().resolve("/_fake/state"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(cognito.endpoint().resolve("/_fake/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(state.statusCode()).isEqualTo(401);
        assertThat(state.body()).contains("UnauthorizedException").doesNotContain("Guarded");
        assertThat(health.statusCode()).isEqualTo(200);
    }
}
