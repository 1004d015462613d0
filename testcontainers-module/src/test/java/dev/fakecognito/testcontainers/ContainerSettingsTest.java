package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.tokens.Jwt;
import dev.fakecognito.tokens.LoginTokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Network;
import org.testcontainers.junit.jupiter.Container;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * Settings and admin calls of a running container that no other container test uses: the issuer, login
 * token verification, network aliases as allowed hosts (what {@code configure()} adds), the journal's
 * size and its login tokens, the page read-only, admin endpoints off, clearing faults and giving the
 * clock back.
 */
@ContainerTest
class ContainerSettingsTest {
    static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Container";
    static final Network NETWORK = Network.newNetwork();

    @Container
    static CognitoIdentityContainer cognito = new CognitoIdentityContainer()
            .withIssuer("https://issuer.container.example")
            .withVerifyLoginTokens(true)
            .withAllowedHosts("named.example")
            .withNetwork(NETWORK)
            .withNetworkAliases("cognito-alias")
            .withKeepLoginTokens(true)
            .withUiReadOnly(true)
            .withJournalSize(3);

    @Container
    static CognitoIdentityContainer withoutAdmin = new CognitoIdentityContainer().withAdminEndpoints(false);

    static CognitoIdentityClient client;

    @BeforeAll
    static void client() {
        client = Clients.cognitoIdentity(cognito);
    }

    @AfterAll
    static void closeClient() {
        client.close();
        NETWORK.close();
    }

    @BeforeEach
    void emptyFake() {
        cognito.reset();
    }

    private static String guestPool() {
        return client.createIdentityPool(b -> b.identityPoolName("Guests").allowUnauthenticatedIdentities(true))
                .identityPoolId();
    }

    @Test
    void theOpenIdTokensCarryTheConfiguredIssuer() {
        String identityId = client.getId(b -> b.identityPoolId(guestPool())).identityId();

        String token = client.getOpenIdToken(b -> b.identityId(identityId)).token();

        assertThat(cognito.issuer()).isEqualTo("https://issuer.container.example");
        assertThat(Jwt.decode(token).issuer()).isEqualTo(cognito.issuer());
    }

    @Test
    void loginTokensAreVerified() {
        String pool = cognito.seed(Fixtures.fromString("{\"identityPools\": [{\"name\": \"Verified\","
                        + " \"cognitoIdentityProviders\": [{\"providerName\": \"" + USER_POOL
                        + "\", \"clientId\": \"client\"}]}],"
                        + " \"loginTokenKeys\": {\"" + USER_POOL + "\": " + strangersKeySet() + "}}"))
                .pool("Verified")
                .id();
        String token = LoginTokens.create()
                .userPoolIdToken(USER_POOL, "client")
                .subject("alice")
                .build();

        assertThatThrownBy(() -> client.getId(b -> b.identityPoolId(pool).logins(Map.of(USER_POOL, token))))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid login token. Couldn't verify signed token.");
        assertThat(cognito.requests().requests())
                .last()
                .satisfies(request ->
                        assertThat(request.requestBody()).as("kept as sent").contains(token));
    }

    @Test
    void theJournalKeepsTheLastThreeCalls() {
        for (int i = 0; i < 4; i++) {
            client.listIdentityPools(b -> b.maxResults(10));
        }

        assertThat(cognito.requests().requests()).hasSize(3);
        assertThat(cognito.requests().dropped()).isEqualTo(1);
    }

    @Test
    void thePageIsReadOnly() throws IOException {
        assertThat(raw(cognito, "/_fake/ui/api/pools", "localhost"))
                .startsWith("HTTP/1.1 200 ")
                .contains("\"readOnly\":true");
    }

    @Test
    void withoutAdminEndpointsOnlyTheHealthCheckAnswers() throws IOException {
        assertThat(raw(withoutAdmin, "/_fake/state", "localhost")).startsWith("HTTP/1.1 404 ");
        assertThat(raw(withoutAdmin, "/_fake/health", "localhost")).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void theNetworkAliasIsAllowedBesidesTheGivenNames() throws IOException {
        assertThat(raw(cognito, "/_fake/state", "cognito-alias:" + CognitoIdentityContainer.PORT))
                .startsWith("HTTP/1.1 200 ");
        assertThat(raw(cognito, "/_fake/state", "named.example")).startsWith("HTTP/1.1 200 ");
        assertThat(raw(cognito, "/_fake/state", "other.example")).startsWith("HTTP/1.1 403 ");
    }

    @Test
    void clearedFaultsNoLongerApply() {
        String pool = guestPool();
        cognito.inject(Fault.on("GetId").error("NotAuthorizedException")); // not retried: no back-off wait
        assertThatThrownBy(() -> client.getId(b -> b.identityPoolId(pool))).isInstanceOf(NotAuthorizedException.class);

        cognito.clearFaults();

        assertThat(cognito.faults()).isEmpty();
        assertThat(client.getId(b -> b.identityPoolId(pool)).identityId()).startsWith("us-east-1:");
    }

    @Test
    void theSystemClockIsGivenBack() {
        cognito.freezeClock(Instant.parse("2020-01-01T00:00:00Z"));

        assertThat(cognito.useSystemClock().frozen()).isFalse();
        assertThat(cognito.clock().frozen()).isFalse();
        assertThat(cognito.clock().now()).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
    }

    /** A raw admin request to the container, to set the {@code Host} header. */
    private static String raw(CognitoIdentityContainer container, String path, String host) throws IOException {
        URI endpoint = container.endpoint();
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(10_000); // only reached when the fake neither answers nor closes
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                                    + "\r\nConnection: close\r\nX-Fake-Cognito-Admin: 1\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** The key set of a key the tokens of {@link LoginTokens} are not signed with. */
    private static String strangersKeySet() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
            return "{\"keys\": [{\"kty\": \"RSA\", \"kid\": \"stranger\", \"alg\": \"RS256\", \"use\": \"sig\","
                    + " \"n\": \"" + base64(key.getModulus()) + "\", \"e\": \"" + base64(key.getPublicExponent())
                    + "\"}]}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
