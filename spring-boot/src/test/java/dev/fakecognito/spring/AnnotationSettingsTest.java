package dev.fakecognito.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.tokens.LoginTokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/** Every setting of {@code @AutoConfigureFakeCognitoIdentity} that no other test sets reaches the fake. */
class AnnotationSettingsTest {
    static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Spring";
    static final String TOKEN = "s3cret";
    // Below the ephemeral range (32768 and up on Linux), so no client socket of another test holds it.
    static final int PORT = 29233;
    static final String DATA_DIR = "target/annotation-settings/data";

    @Nested
    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(
            host = "localhost",
            port = PORT,
            issuer = "https://issuer.spring.example",
            adminToken = TOKEN,
            allowedHosts = "cognito.spring.example",
            journalSize = 2,
            keepLoginTokens = true,
            uiReadOnly = true,
            verifyLoginTokens = true)
    class EverySetting {
        @Autowired
        FakeCognitoIdentity fake;

        @Autowired
        CognitoIdentityClient client;

        @Test
        void hostPortAndIssuer() {
            assertThat(fake.endpoint().getHost()).isEqualTo("localhost");
            assertThat(fake.port()).isEqualTo(PORT);
            assertThat(fake.issuer()).isEqualTo("https://issuer.spring.example");
        }

        @Test
        void adminCallsNeedTheTokenAndAnAllowedHost() throws IOException {
            String allowed = "cognito.spring.example:" + PORT;
            String token = "X-Fake-Cognito-Admin: " + TOKEN + "\r\n";

            assertThat(raw(fake, "/_fake/state", allowed, token)).startsWith("HTTP/1.1 200 ");
            assertThat(raw(fake, "/_fake/state", allowed, "X-Fake-Cognito-Admin: other\r\n"))
                    .startsWith("HTTP/1.1 401 ");
            assertThat(raw(fake, "/_fake/state", "other.example:" + PORT, token))
                    .startsWith("HTTP/1.1 403 ");
        }

        @Test
        void thePageIsReadOnly() throws IOException {
            assertThat(raw(fake, "/_fake/ui/api/pools", "localhost", "X-Fake-Cognito-Admin: " + TOKEN + "\r\n"))
                    .startsWith("HTTP/1.1 200 ")
                    .contains("\"readOnly\":true");
        }

        @Test
        void theJournalKeepsTheLastTwoCalls() {
            fake.reset();
            for (int i = 0; i < 3; i++) {
                client.listIdentityPools(b -> b.maxResults(10));
            }

            assertThat(fake.requests().requests()).hasSize(2);
            assertThat(fake.requests().dropped()).isEqualTo(1);
        }

        @Test
        void loginTokensAreVerifiedAndKeptInTheJournal() {
            fake.reset();
            String pool = fake.seed(Fixtures.fromString("{\"identityPools\": [{\"name\": \"Verified\","
                            + " \"cognitoIdentityProviders\": [{\"providerName\": \"" + USER_POOL
                            + "\", \"clientId\": \"client\"}]}]}"))
                    .pool("Verified")
                    .id();
            String signed = LoginTokens.create()
                    .userPoolIdToken(USER_POOL, "client")
                    .subject("alice")
                    .build();
            // The fake knows the key of the tokens LoginTokens mints in this JVM: a forged signature fails.
            String[] parts = signed.split("\\.");
            String token = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

            assertThatThrownBy(() -> client.getId(b -> b.identityPoolId(pool).logins(Map.of(USER_POOL, token))))
                    .isInstanceOf(NotAuthorizedException.class)
                    .hasMessageContaining("Invalid login token. Couldn't verify signed token.");
            assertThat(fake.requests().requests())
                    .last()
                    .satisfies(request -> assertThat(request.requestBody()).contains(token));
        }
    }

    @Nested
    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(adminEndpoints = false)
    class AdminEndpointsOff {
        @Autowired
        FakeCognitoIdentity fake;

        @Test
        void onlyTheHealthCheckAnswers() throws IOException {
            assertThat(raw(fake, "/_fake/state", "localhost", "X-Fake-Cognito-Admin: 1\r\n"))
                    .startsWith("HTTP/1.1 404 ");
            assertThat(raw(fake, "/_fake/health", "localhost", "")).startsWith("HTTP/1.1 200 ");
        }
    }

    @Nested
    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(dataDir = DATA_DIR)
    class DataDirectory {
        @Autowired
        FakeCognitoIdentity fake;

        @Autowired
        CognitoIdentityClient client;

        @Test
        void theFakeKeepsItsStateInTheDirectoryAndHoldsIt() {
            client.createIdentityPool(b -> b.identityPoolName("Durable").allowUnauthenticatedIdentities(true));

            assertThat(Path.of(DATA_DIR)).isNotEmptyDirectory();
            FakeCognitoIdentity second =
                    FakeCognitoIdentity.builder().dataDir(Path.of(DATA_DIR)).build();
            assertThatThrownBy(second::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another fake");
            second.close();
        }
    }

    /** A raw request, to set the {@code Host} header. */
    static String raw(FakeCognitoIdentity fake, String path, String host, String headers) throws IOException {
        try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(10_000); // only reached when the fake neither answers nor closes
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n" + headers
                                    + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
