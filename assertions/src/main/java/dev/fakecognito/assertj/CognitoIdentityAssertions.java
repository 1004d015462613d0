package dev.fakecognito.assertj;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FaultHandle;

/**
 * The entry point of the AssertJ assertions on a fake Cognito Identity service:
 *
 * <pre>{@code
 * import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
 * import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThatToken;
 *
 * assertThat(fake).identityPool("MobileApp").hasIdentityCount(2).hasTag("env", "test");
 * assertThat(fake).identity(identityId).hasLogins("graph.facebook.com").hasLastRole(authRole);
 * assertThat(fake).hasMergeFrom(sourceId).into(destinationId);
 * assertThat(fake).receivedRequests().contains(Requests.getCredentialsForIdentity(identityId));
 * assertThat(throttling).hasHits(2).isUsedUp(); // a FaultHandle
 * assertThatToken(token).isSignedBy(fake).hasSubject(identityId).expiresWithin(Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>Tokens have their own entry point, {@link #assertThatToken(String)}, because a token is a
 * {@code String} and {@code assertThat(String)} is AssertJ's. For soft assertions use
 * {@link CognitoIdentitySoftAssertions}, which has the same entry points.
 */
public final class CognitoIdentityAssertions {

    private CognitoIdentityAssertions() {}

    /**
     * Assertions on a fake, in-process or in a container: navigate to its pools, identities, merges
     * and received requests.
     *
     * @param fake the fake
     * @return assertions on it
     */
    public static FakeAssert assertThat(FakeAdmin fake) {
        return new FakeAssert(fake);
    }

    /**
     * Assertions on a fault injected into a fake: its hits and what remains of it.
     *
     * @param fault the fault's handle, from {@code FakeAdmin.inject} or {@code FakeAdmin.faults()}
     * @return assertions on it
     */
    public static FaultAssert assertThat(FaultHandle fault) {
        return new FaultAssert(fault);
    }

    /**
     * Assertions on an OpenID token from GetOpenIdToken or GetOpenIdTokenForDeveloperIdentity.
     *
     * @param openIdToken the token (a compact JWS)
     * @return assertions on it
     */
    public static OpenIdTokenAssert assertThatToken(String openIdToken) {
        return new OpenIdTokenAssert(openIdToken);
    }
}
