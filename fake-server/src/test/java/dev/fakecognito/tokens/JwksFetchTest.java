package dev.fakecognito.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.server.FakeServerTestBase;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

/** {@link Jwks#fetch}: a user loads the fake's key set over HTTP and checks an OpenID token with it. */
class JwksFetchTest extends FakeServerTestBase {

    @Test
    void fetchedKeysVerifyTheFakesOpenIdTokens() {
        String pool = cognito.createIdentityPool(
                        b -> b.identityPoolName(uniqueName("Jwks")).allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String identity = cognito.getId(b -> b.identityPoolId(pool)).identityId();
        Jwt token =
                Jwt.decode(cognito.getOpenIdToken(b -> b.identityId(identity)).token());

        Jwks keys = Jwks.fetch(fake.jwksUri());

        assertThat(keys.keyIds()).contains(token.keyId());
        PublicKey key = keys.key(token.keyId()).orElseThrow();
        assertThat(token.isSignedBy(key)).isTrue();
    }

    @Test
    void aPageThatIsNotAKeySetIsRefused() {
        assertThatThrownBy(() -> Jwks.fetch(fake.endpoint().resolve("/no-such-page")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("/no-such-page");
    }
}
