package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * A user-pool emulator on this machine (cognito-local) as the pool's user pool
 * (docs/behaviour.md#local-user-pool-emulators): its ID tokens say {@code iss: http://localhost:9229/<pool>}
 * and Amplify keys them {@code localhost:9229/<pool>}, the issuer without its scheme. Listed under that
 * name, with its app client, they work with no other setting; real user-pool names keep the exact
 * {@code https://} rule.
 */
class LocalUserPoolLoginTest extends IdentityTestSupport {
    private static final String LOCAL = "localhost:9229/local_abc";
    private static final String ISSUER_MISMATCH = "Invalid login token. Issuer doesn't match providerName";

    private String localPool() {
        return newPool(
                b -> b.cognitoIdentityProviders(p -> p.providerName(LOCAL).clientId(CLIENT_ID)));
    }

    private static String emulatorToken(String issuer, String sub) {
        return TOKENS.userPoolIdToken(LOCAL, CLIENT_ID)
                .issuer(issuer)
                .subject(sub)
                .build();
    }

    @Test
    void anEmulatorsHttpIssuerMatchesItsNameWithoutTheScheme() {
        String pool = localPool();

        String first = getId(pool, Map.of(LOCAL, emulatorToken("http://" + LOCAL, "alice")));
        String again = getId(pool, Map.of(LOCAL, emulatorToken("http://" + LOCAL, "alice")));

        assertThat(again).isEqualTo(first);
        assertThat(loginsOf(first)).containsExactly(LOCAL);
        var credentials = cognito.getCredentialsForIdentity(b ->
                b.identityId(first).logins(Map.of(LOCAL, emulatorToken("http://" + LOCAL, "alice"))));
        assertThat(credentials.credentials().accessKeyId()).startsWith("ASIA");
    }

    @Test
    void anEmulatorsTokensAreUserPoolTokensWhoseAudienceMustBeAConfiguredClient() {
        String pool = localPool();
        String otherClient = TOKENS.userPoolIdToken(LOCAL, OTHER_CLIENT_ID)
                .issuer("http://" + LOCAL)
                .subject("alice")
                .build();

        assertError(
                () -> getId(pool, Map.of(LOCAL, otherClient)),
                NotAuthorizedException.class,
                "Token is not from a supported provider of this identity pool.");
    }

    @Test
    void anotherEmulatorPoolOrPortIsStillAnIssuerMismatch() {
        String pool = localPool();

        assertError(
                () -> getId(pool, Map.of(LOCAL, emulatorToken("http://localhost:9229/local_other", "alice"))),
                NotAuthorizedException.class,
                ISSUER_MISMATCH);
        assertError(
                () -> getId(pool, Map.of(LOCAL, emulatorToken("http://localhost:9230/local_abc", "alice"))),
                NotAuthorizedException.class,
                ISSUER_MISMATCH);
    }

    @Test
    void realUserPoolsKeepTheExactHttpsIssuerRule() {
        String pool = newPool();
        String plainHttp = TOKENS.userPoolIdToken(USER_POOL, CLIENT_ID)
                .issuer("http://" + USER_POOL)
                .subject("alice")
                .build();

        assertError(() -> getId(pool, Map.of(USER_POOL, plainHttp)), NotAuthorizedException.class, ISSUER_MISMATCH);
    }

    @Test
    void aNameThatOnlyLooksLocalGetsNoExemption() {
        String pool = newPool();
        String key = "localhost.example.com:9229/local_abc";
        String token = TOKENS.userPoolIdToken(key, CLIENT_ID)
                .issuer("http://" + key)
                .subject("alice")
                .build();

        assertError(() -> getId(pool, Map.of(key, token)), NotAuthorizedException.class, ISSUER_MISMATCH);
    }
}
