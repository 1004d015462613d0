package dev.fakecognito.uitests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.World;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * Amplify v6 ({@code aws-amplify} from npm, pinned) in Node against the standalone jar, with cognito-local
 * as the user pool: {@code src/test/node/amplify-flows.mjs} runs one flow the way an app calls Amplify and
 * prints what each step saw; the fake's state shows what it did. The fake verifies the ID tokens with
 * the keys it fetches from the emulator ({@code --verify-login-tokens}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(NodeCondition.class)
class AmplifyNodeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebAppStack stack;

    @BeforeAll
    void start() throws Exception {
        stack = new WebAppStack(true);
    }

    @AfterAll
    void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    private JsonNode flow(String name, Map<String, String> extra) throws Exception {
        Map<String, String> config = new LinkedHashMap<>(stack.amplifyConfig());
        config.putAll(extra);
        String printed = Npm.run(
                Npm.uiTests(),
                Duration.ofSeconds(60),
                Map.of("AMPLIFY_FLOWS", JSON.writeValueAsString(config)),
                "node",
                "src/test/node/amplify-flows.mjs",
                name);
        String[] lines = printed.strip().split("\n");
        return JSON.readTree(lines[lines.length - 1]);
    }

    @Test
    void aGuestKeepsItsIdentityUntilItIsClearedOrSignsOut() throws Exception {
        JsonNode result = flow("guest", Map.of());

        JsonNode first = result.get("first");
        assertThat(first.path("error").isMissingNode()).as("%s", first).isTrue();
        String guest = first.get("identityId").asText();
        assertThat(guest).startsWith("us-east-1:");
        assertThat(first.get("accessKeyId").asText()).startsWith("ASIA");
        assertThat(first.get("hasSecret").asBoolean()).isTrue();
        assertThat(first.get("signedIn").asBoolean()).isFalse();
        // cached, then refreshed from the fake: the same identity, new keys on the refresh
        assertThat(result.get("cached").get("accessKeyId")).isEqualTo(first.get("accessKeyId"));
        assertThat(result.get("refreshed").get("identityId").asText()).isEqualTo(guest);
        assertThat(result.get("refreshed").get("accessKeyId")).isNotEqualTo(first.get("accessKeyId"));
        // clearCredentials keeps the identity: new credentials for it
        JsonNode afterClearCredentials = result.get("afterClearCredentials");
        assertThat(afterClearCredentials.get("identityId").asText()).isEqualTo(guest);
        assertThat(afterClearCredentials.get("accessKeyId"))
                .isNotIn(first.get("accessKeyId"), result.get("refreshed").get("accessKeyId"));
        // clearing the identity id too, or signing out, forgets the guest, as with AWS: a new guest identity
        String afterClearIdentity =
                result.get("afterClearIdentity").get("identityId").asText();
        assertThat(afterClearIdentity).startsWith("us-east-1:").isNotEqualTo(guest);
        String afterSignOut = result.get("afterSignOut").get("identityId").asText();
        assertThat(afterSignOut).startsWith("us-east-1:").isNotIn(guest, afterClearIdentity);

        World.IdentityPool pool = stack.pool();
        assertThat(pool.identity(guest).lastRole()).isEqualTo(WebAppStack.GUEST_ROLE);
        assertThat(pool.identity(guest).logins()).isEmpty();
        assertThat(pool.identity(afterSignOut)).isNotNull();
    }

    @Test
    void aSignedInUserGetsTheRoleItsGroupMapsToAndTheSameIdentityAtEverySignIn() throws Exception {
        JsonNode result = flow("signedIn", Map.of("username", "alice@example.com", "password", "Alice-passw0rd"));

        assertThat(result.get("signIn").get("isSignedIn").asBoolean())
                .as("%s", result)
                .isTrue();
        JsonNode first = result.get("first");
        assertThat(first.path("error").isMissingNode()).as("%s", first).isTrue();
        assertThat(first.get("signedIn").asBoolean()).isTrue();
        assertThat(first.get("issuer").asText()).isEqualTo("http://" + stack.userPool.providerName());
        assertThat(first.get("accessKeyId").asText()).startsWith("ASIA");
        String identityId = first.get("identityId").asText();
        assertThat(result.get("cached").get("identityId").asText()).isEqualTo(identityId);
        assertThat(result.get("guestAfterSignOut").get("identityId").asText()).isNotEqualTo(identityId);
        assertThat(result.get("guestAfterSignOut").get("signedIn").asBoolean()).isFalse();
        assertThat(result.get("second").get("identityId").asText()).isEqualTo(identityId);
        assertThat(result.get("second").get("accessKeyId")).isNotEqualTo(first.get("accessKeyId"));

        World.Identity alice = stack.identityOf(WebAppStack.ALICE_SUB);
        assertThat(alice.id()).isEqualTo(identityId);
        assertThat(alice.lastRole()).isEqualTo(WebAppStack.EDITOR_ROLE); // cognito:groups contains editors
    }

    @Test
    void theFakeVerifiesTheEmulatorsTokensWithTheKeysItFetchesFromIt() {
        // the sign-ins of the other tests pass verification with the keys the fake fetched from the
        // emulator (this fixture gives none); the emulator's own token with another user put in fails it
        String provider = stack.userPool.providerName();
        String[] parts =
                stack.userPool.idToken("bob@example.com", "Bob-passw0rd").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(WebAppStack.BOB_SUB, WebAppStack.ALICE_SUB);
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        try (CognitoIdentityClient cognito = PageScenarios.client(stack.fake.endpoint)) {
            assertThatThrownBy(() -> cognito.getId(
                            b -> b.identityPoolId(WebAppStack.IDENTITY_POOL_ID).logins(Map.of(provider, tampered))))
                    .isInstanceOf(NotAuthorizedException.class)
                    .hasMessageStartingWith("Invalid login token. Couldn't verify signed token.");
        }
        List<RecordedRequest> getIds = stack.admin.requests().forOperation("GetId");
        assertThat(getIds.get(getIds.size() - 1).errorMessage())
                .contains("the signature does not verify with the key CognitoLocal of http://" + provider
                        + "/.well-known/jwks.json");
    }

    @Test
    void aUserCreatedInTheEmulatorSignsInAndGetsTheAuthenticatedRole() throws Exception {
        stack.userPool.createUser("carol@example.com", "Carol-passw0rd");

        JsonNode result = flow("signedIn", Map.of("username", "carol@example.com", "password", "Carol-passw0rd"));

        JsonNode first = result.get("first");
        assertThat(first.path("error").isMissingNode()).as("%s", result).isTrue();
        assertThat(result.get("second").get("identityId")).isEqualTo(first.get("identityId"));
        World.Identity carol = stack.pool().identity(first.get("identityId").asText());
        assertThat(carol.logins()).containsOnlyKeys(stack.userPool.providerName());
        assertThat(carol.lastRole()).isEqualTo(WebAppStack.USER_ROLE); // no group: no rule matches
    }

    @Test
    void aWrongPasswordLeavesTheAppAGuest() throws Exception {
        JsonNode result = flow("wrongPassword", Map.of("username", "bob@example.com", "password", "Bob-passw0rd"));

        // cognito-local words it "InvalidPasswordException: Invalid password" (AWS: NotAuthorizedException)
        assertThat(result.get("signIn").get("error").asText()).containsIgnoringCase("password");
        assertThat(result.get("after").get("signedIn").asBoolean()).isFalse();
        assertThat(result.get("after").get("identityId").asText()).startsWith("us-east-1:");
        assertThat(stack.pool().identities())
                .noneMatch(identity -> identity.logins().containsValue(WebAppStack.BOB_SUB));
    }
}
