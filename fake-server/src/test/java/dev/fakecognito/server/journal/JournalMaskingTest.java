package dev.fakecognito.server.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Through the API: the journal (in process and over {@code GET /_fake/requests}, which is streamed)
 * never holds login tokens unless asked to; the state keeps what identifies a login: the provider and
 * the user, which for an opaque token is the token itself, so fixtures such as
 * {@code graph.facebook.com: alice} keep round-tripping.
 */
class JournalMaskingTest extends FakeServerTestBase {
    private static final String TOKEN = "EAABwzLixnjYBAOZBZCrealLookingFacebookToken";

    @Test
    void theJournalMasksTokensTheStateKeepsTheUser() throws Exception {
        World seeded = fake.seed("""
                identityPools:
                  - name: Masked
                    supportedLoginProviders: { graph.facebook.com: "123" }
                    identities:
                      - logins: { graph.facebook.com: alice }
                """);
        String poolId = seeded.pool("Masked").id();

        cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of("graph.facebook.com", TOKEN)));
        cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of("graph.facebook.com", "alice")));

        RecordedRequest call = fake.requests().forOperation("GetId").get(0);
        assertThat(call.requestBody())
                .contains("\"Logins\":{\"graph.facebook.com\":\"[masked " + TOKEN.length() + " characters]\"}")
                .doesNotContain(TOKEN);
        HttpResponse<String> journal =
                http.send(HttpRequest.newBuilder(url("/_fake/requests")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(journal.headers().firstValue("Content-Length")).isEmpty(); // streamed
        assertThat(journal.body()).doesNotContain(TOKEN).contains("[masked 5 characters]");
        assertThat(FakeAdminClient.connect(fake.endpoint()).requests().requests())
                .hasSize(2);

        World state = fake.snapshot();
        assertThat(state.pool("Masked").identities())
                .extracting(identity -> identity.logins().get("graph.facebook.com"))
                .containsExactly("alice", TOKEN);
        fake.reset();
        fake.seed(state);
        assertThat(fake.snapshot()).isEqualTo(state);
    }

    @Test
    void aFakeThatKeepsTokensJournalsThemAsSent() {
        try (FakeCognitoIdentity keeping =
                FakeCognitoIdentity.builder().keepLoginTokens(true).start()) {
            String poolId = keeping.seed(
                            "identityPools: [ { name: Kept, supportedLoginProviders: { graph.facebook.com: '1' } } ]")
                    .pool("Kept")
                    .id();
            try (var client = client(keeping)) {
                client.getId(b -> b.identityPoolId(poolId).logins(Map.of("graph.facebook.com", TOKEN)));
            }

            assertThat(keeping.requests().requests().get(0).requestBody()).contains(TOKEN);
        }
    }
}
