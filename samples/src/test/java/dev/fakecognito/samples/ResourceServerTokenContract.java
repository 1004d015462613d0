package dev.fakecognito.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.samples.MobileSignInService.AppUser;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * A backend checks the OpenID tokens the app sends it the way a real resource server would: with a
 * standard JWT library (Nimbus JOSE + JWT), the keys from the fake's JWKS URL, and the issuer, audience
 * and expiry verified. {@link ResourceServerTokenTest} runs it on the in-process fake,
 * {@link ResourceServerTokenContainerTest} on the fake in its container (keys from the container's JWKS
 * URL). The fake must be seeded with {@value #FIXTURES}.
 */
abstract class ResourceServerTokenContract {
    static final String FIXTURES = "cognito/mobile-app.yaml";
    static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";

    protected final CognitoIdentityClient cognito;
    protected final FakeAdmin fake;
    private final MobileSignInService signIn;

    ResourceServerTokenContract(CognitoIdentityClient cognito, FakeAdmin fake) {
        this.cognito = cognito;
        this.fake = fake;
        this.signIn = new MobileSignInService(cognito, POOL, "login.example.app", Duration.ofMinutes(15));
    }

    /**
     * The resource server's token processor: RS512 keys from the JWKS URL, issuer, audience (the pool)
     * and expiry checked, {@code sub}, {@code iat} and {@code exp} required.
     */
    // snippet:start resource-server
    static DefaultJWTProcessor<SecurityContext> processor(FakeAdmin fake, String audience)
            throws MalformedURLException {
        JWKSource<SecurityContext> keys =
                JWKSourceBuilder.create(fake.jwksUri().toURL()).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // Cognito's tokens say "typ":"JWS"
        processor.setJWSTypeVerifier(
                new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("JWS"), JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS512, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience, new JWTClaimsSet.Builder().issuer(fake.issuer()).build(), Set.of("sub", "iat", "exp")));
        return processor;
    }
    // snippet:end

    @Test
    void acceptsTheTokenOfASignedInUser() throws Exception {
        MobileSignInService.Session session = signIn.signIn(new AppUser("user-42", "premium"));

        JWTClaimsSet claims = processor(fake, POOL).process(session.openIdToken(), null);

        assertThat(claims.getSubject()).isEqualTo(session.identityId());
        assertThat(claims.getIssuer()).isEqualTo(fake.issuer());
        assertThat(claims.getAudience()).containsExactly(POOL);
        assertThat(claims.getStringListClaim("amr")).contains("authenticated", "login.example.app");
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void refusesATokenForAnotherPool() throws Exception {
        String token = signIn.signIn(new AppUser("user-42", "premium")).openIdToken();
        DefaultJWTProcessor<SecurityContext> otherPool =
                processor(fake, "us-east-1:99999999-9999-9999-9999-999999999999");

        assertThatThrownBy(() -> otherPool.process(token, null))
                .isInstanceOf(BadJOSEException.class)
                .hasMessageContaining("aud claim rejected");
    }

    @Test
    void refusesATamperedToken() throws Exception {
        String token = signIn.signIn(new AppUser("user-42", "premium")).openIdToken();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThatThrownBy(() -> processor(fake, POOL).process(forged, null)).isInstanceOf(BadJOSEException.class);
    }
}
