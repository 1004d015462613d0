package dev.fakecognito.assertj;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FaultHandle;
import org.assertj.core.api.SoftAssertions;

/**
 * Soft assertions: AssertJ's {@link SoftAssertions} plus the entry points of
 * {@link CognitoIdentityAssertions}. Failures are collected, navigation included (an identity that
 * is not there is one failure), and reported together by {@link #assertAll()}:
 *
 * <pre>{@code
 * CognitoIdentitySoftAssertions softly = new CognitoIdentitySoftAssertions();
 * softly.assertThat(fake).identityPool("MobileApp").hasIdentityCount(2).hasTag("env", "test");
 * softly.assertThatToken(token).isSignedBy(fake).isAuthenticatedWith("graph.facebook.com");
 * softly.assertAll();
 * }</pre>
 *
 * <p>It also works with {@code SoftAssertionsProvider.assertSoftly(CognitoIdentitySoftAssertions.class, softly -> …)}
 * and JUnit 5's {@code SoftAssertionsExtension} ({@code @InjectSoftAssertions}).
 */
public class CognitoIdentitySoftAssertions extends SoftAssertions {

    /** Soft assertions with nothing collected yet. */
    public CognitoIdentitySoftAssertions() {}

    /**
     * Soft assertions on a fake; see {@link CognitoIdentityAssertions#assertThat(FakeAdmin)}.
     *
     * @param fake the fake
     * @return soft assertions on it
     */
    public FakeAssert assertThat(FakeAdmin fake) {
        return proxy(FakeAssert.class, FakeAdmin.class, new SoftlyInspected(fake, this));
    }

    /**
     * Soft assertions on an injected fault; see {@link CognitoIdentityAssertions#assertThat(FaultHandle)}.
     *
     * @param fault the fault's handle
     * @return soft assertions on it
     */
    public FaultAssert assertThat(FaultHandle fault) {
        return proxy(FaultAssert.class, FaultHandle.class, fault);
    }

    /**
     * Soft assertions on an OpenID token; see {@link CognitoIdentityAssertions#assertThatToken(String)}.
     *
     * @param openIdToken the token (a compact JWS)
     * @return soft assertions on it
     */
    public OpenIdTokenAssert assertThatToken(String openIdToken) {
        return proxy(OpenIdTokenAssert.class, String.class, openIdToken);
    }
}
