package dev.fakecognito.server.logintokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import dev.fakecognito.server.MutableClock;
import dev.fakecognito.tokens.LoginTokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * {@code verifyLoginTokens(true)}: JWT logins must carry a signature of their provider's keys
 * (docs/behaviour.md#verified-login-tokens), through GetId as a client signs in.
 */
class VerifiedLoginTokensTest extends FakeServerTestBase {
    private static final String COULD_NOT_VERIFY = "Invalid login token. Couldn't verify signed token.";
    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Verified";
    private static final String OFFLINE_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Offline";
    private static final String CLIENT = "verifiedclient";
    private static final String GOOGLE_APP = "web.apps.googleusercontent.com";

    private final MutableClock clock = new MutableClock(Instant.now());
    private final KeyServer keys = startKeyServer();
    private final RSAKey first = SigningKeys.rsa("k1");
    private final RSAKey second = SigningKeys.rsa("k2");
    private final RSAKey offline = SigningKeys.rsa("offline-1");

    private static KeyServer startKeyServer() {
        try {
            return new KeyServer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected FakeCognitoIdentity.Builder configure(FakeCognitoIdentity.Builder builder) {
        return builder.clock(clock).verifyLoginTokens(true);
    }

    @AfterAll
    void stopKeyServer() {
        keys.close();
    }

    @BeforeEach
    void freshFake() {
        fake.reset();
        keys.jwks.set(SigningKeys.jwks(first));
        keys.keyRequests.set(0);
        keys.otherRequests.set(0);
    }

    private String pool() {
        String id = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("verified"))
                        .allowUnauthenticatedIdentities(false)
                        .supportedLoginProviders(Map.of("accounts.google.com", GOOGLE_APP))
                        .cognitoIdentityProviders(
                                provider(USER_POOL), provider(OFFLINE_POOL), provider(keys.providerName())))
                .identityPoolId();
        return id;
    }

    private static CognitoIdentityProvider provider(String name) {
        return CognitoIdentityProvider.builder()
                .providerName(name)
                .clientId(CLIENT)
                .build();
    }

    private String getId(String pool, String provider, String token) {
        return cognito.getId(b -> b.identityPoolId(pool).logins(Map.of(provider, token)))
                .identityId();
    }

    private String emulatorToken(RSAKey key, String kid, String sub) {
        return SigningKeys.sign(key, kid, SigningKeys.idClaims("http://" + keys.providerName(), CLIENT, sub), null);
    }

    /** What the journal says of the last GetId. */
    private String lastJournalMessage() {
        List<RecordedRequest> calls = fake.requests().forOperation("GetId");
        return calls.get(calls.size() - 1).errorMessage();
    }

    private void assertRefused(String pool, String provider, String token, String why) {
        assertThatThrownBy(() -> getId(pool, provider, token))
                .isInstanceOf(NotAuthorizedException.class)
                .satisfies(e -> assertThat(
                                ((NotAuthorizedException) e).awsErrorDetails().errorMessage())
                        .isEqualTo(COULD_NOT_VERIFY));
        assertThat(lastJournalMessage())
                .startsWith(COULD_NOT_VERIFY + " (fake: ")
                .contains(why);
    }

    @Test
    void tokensMintedWithLoginTokensInThisJvmVerifyWithoutSetup() {
        String pool = pool();
        LoginTokens tokens = LoginTokens.at(clock);

        String alice = getId(
                pool,
                USER_POOL,
                tokens.userPoolIdToken(USER_POOL, CLIENT).subject("alice").build());
        String bob = getId(
                pool,
                "accounts.google.com",
                tokens.google(GOOGLE_APP).subject("bob").build());

        assertThat(alice).isNotEqualTo(bob);
        assertThat(keys.keyRequests.get() + keys.otherRequests.get()).isZero();
    }

    @Test
    void anEmulatorsKeysAreFetchedOnceFromTheConfiguredNameAndKept() {
        String pool = pool();

        String alice = getId(pool, keys.providerName(), emulatorToken(first, "k1", "alice"));
        String again = getId(pool, keys.providerName(), emulatorToken(first, "k1", "alice"));
        getId(pool, keys.providerName(), emulatorToken(first, "k1", "bob"));

        assertThat(again).isEqualTo(alice);
        assertThat(keys.keyRequests.get()).isEqualTo(1);
    }

    @Test
    void aTokenWhoseSignatureDoesNotVerifyIsRefusedAndTheJournalSaysWhy() {
        String pool = pool();
        String forged = emulatorToken(second, "k1", "mallory"); // claims k1, signed with another key

        assertRefused(
                pool,
                keys.providerName(),
                forged,
                "the signature does not verify with the key k1 of http://" + keys.providerName()
                        + "/.well-known/jwks.json");
    }

    @Test
    void anUnknownKidFetchesTheKeysAgainAtMostOnceAMinute() {
        String pool = pool();
        getId(pool, keys.providerName(), emulatorToken(first, "k1", "alice"));
        assertThat(keys.keyRequests.get()).isEqualTo(1);

        // an unknown key within the minute after that fetch: not fetched again, refused
        assertRefused(pool, keys.providerName(), emulatorToken(second, "k2", "bob"), "no key with kid k2");
        assertThat(keys.keyRequests.get()).isEqualTo(1);
        // a minute later a key the provider does not publish yet: fetched again once, refused
        clock.advance(Duration.ofMinutes(1));
        assertRefused(pool, keys.providerName(), emulatorToken(second, "k2", "bob"), "no key with kid k2");
        assertThat(keys.keyRequests.get()).isEqualTo(2);
        // published now, but within the minute: not fetched again
        keys.jwks.set(SigningKeys.jwks(first, second));
        clock.advance(Duration.ofSeconds(59));
        assertRefused(pool, keys.providerName(), emulatorToken(second, "k2", "bob"), "no key with kid k2");
        assertThat(keys.keyRequests.get()).isEqualTo(2);
        // a minute after the last fetch: fetched, and the rotated key verifies
        clock.advance(Duration.ofSeconds(1));
        assertThat(getId(pool, keys.providerName(), emulatorToken(second, "k2", "bob")))
                .startsWith("us-east-1:");
        assertThat(keys.keyRequests.get()).isEqualTo(3);
    }

    @Test
    void anUnreachableKeySetIsRefusedNamingTheProviderAndUrl() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String nowhere = "localhost:" + closed + "/local_gone";
        String pool = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("unreachable"))
                        .allowUnauthenticatedIdentities(false)
                        .cognitoIdentityProviders(provider(nowhere)))
                .identityPoolId();
        String token = SigningKeys.sign(first, SigningKeys.idClaims("http://" + nowhere, CLIENT, "alice"));

        assertRefused(
                pool,
                nowhere,
                token,
                "cannot fetch the keys of " + nowhere + " from http://" + nowhere + "/.well-known/jwks.json");
    }

    @Test
    void keysGivenInAFixtureVerifyOfflineAndNoOthersAreTaken() {
        String pool = pool();
        fake.seed(Fixtures.fromString(
                "{\"loginTokenKeys\": {\"" + OFFLINE_POOL + "\": " + SigningKeys.jwks(offline) + "}}"));
        String good = SigningKeys.sign(offline, SigningKeys.idClaims("https://" + OFFLINE_POOL, CLIENT, "carol"));
        String otherKey =
                SigningKeys.sign(first, "k1", SigningKeys.idClaims("https://" + OFFLINE_POOL, CLIENT, "eve"), null);

        assertThat(getId(pool, OFFLINE_POOL, good)).startsWith("us-east-1:");
        assertRefused(pool, OFFLINE_POOL, otherKey, "no key with kid k1 in the keys given for the provider");
    }

    @Test
    void keysAreNeverFetchedFromWhereTheTokenPoints() {
        String pool = pool();
        fake.seed(Fixtures.fromString(
                "{\"loginTokenKeys\": {\"" + OFFLINE_POOL + "\": " + SigningKeys.jwks(offline) + "}}"));
        URI attackersKeys =
                URI.create("http://127.0.0.1:" + keys.port() + "/" + KeyServer.POOL + "/.well-known/jwks.json");
        String token = SigningKeys.sign(
                first, "k1", SigningKeys.idClaims("https://" + OFFLINE_POOL, CLIENT, "eve"), attackersKeys);

        assertRefused(pool, OFFLINE_POOL, token, "no key with kid k1");
        assertThat(keys.keyRequests.get() + keys.otherRequests.get()).isZero();
    }

    @Test
    void unsignedAndHmacTokensNeverVerify() {
        String pool = pool();
        var claims = SigningKeys.idClaims("http://" + keys.providerName(), CLIENT, "eve");

        assertRefused(pool, keys.providerName(), SigningKeys.unsigned(claims), "not signed (alg none)");
        assertRefused(
                pool, keys.providerName(), SigningKeys.hmac("k1", claims), "alg HS256 is not a public-key signature");
        assertThat(keys.keyRequests.get()).isZero();
    }

    @Test
    void providersThePoolDoesNotConfigureAreRefusedBeforeAnyKeyIsFetched() {
        String pool = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("other"))
                        .allowUnauthenticatedIdentities(false)
                        .cognitoIdentityProviders(provider(USER_POOL)))
                .identityPoolId();

        assertThatThrownBy(() -> getId(pool, keys.providerName(), emulatorToken(first, "k1", "alice")))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Token is not from a supported provider of this identity pool.");
        assertThat(keys.keyRequests.get()).isZero();
    }

    @Test
    void aBrokenKeySetInAFixtureNamesTheProvider() {
        assertThatThrownBy(() -> fake.seed(Fixtures.fromString(
                        "loginTokenKeys:\n  accounts.google.com: {keys: [{kty: oct, k: c2VjcmV0}]}\n")))
                .isInstanceOf(dev.fakecognito.fixtures.FixtureException.class)
                .hasMessageContaining("loginTokenKeys.accounts.google.com")
                .hasMessageContaining("public key");
    }
}
