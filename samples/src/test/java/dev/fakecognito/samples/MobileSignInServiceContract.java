package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThatToken;
import static dev.fakecognito.assertj.Requests.getCredentialsForIdentity;
import static dev.fakecognito.assertj.Requests.getOpenIdTokenForDeveloperIdentity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.samples.MobileSignInService.AppUser;
import dev.fakecognito.samples.MobileSignInService.Session;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The tests of {@link MobileSignInService}, for any fake: {@link MobileSignInServiceTest} runs them on
 * the in-process fake, {@link MobileSignInServiceContainerTest} on the fake in its container. The fake
 * must be seeded with {@value #FIXTURES} before each test.
 */
abstract class MobileSignInServiceContract {
    static final String FIXTURES = "cognito/mobile-app.yaml";
    static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";
    static final String DEVELOPER_PROVIDER = "login.example.app";
    static final String USER_ROLE = "arn:aws:iam::123456789012:role/MobileApp-User";
    static final String RETURNING_USER_IDENTITY = "us-east-1:aaaaaaaa-0000-0000-0000-000000000001";

    protected final CognitoIdentityClient cognito;
    protected final FakeAdmin fake;
    private final MobileSignInService signIn;

    MobileSignInServiceContract(CognitoIdentityClient cognito, FakeAdmin fake) {
        this.cognito = cognito;
        this.fake = fake;
        this.signIn = new MobileSignInService(cognito, POOL, DEVELOPER_PROVIDER, Duration.ofMinutes(15));
    }

    @Test
    void returningUserGetsTheirIdentityAndTheUserRole() {
        Session session = signIn.signIn(new AppUser("user-42", "premium"));

        assertThat(session.identityId()).isEqualTo(RETURNING_USER_IDENTITY);
        assertThat(session.credentials().accessKeyId()).startsWith("ASIA");
        assertThat(fake)
                .identity(RETURNING_USER_IDENTITY)
                .isLinkedToDeveloperUser("user-42")
                .isAuthenticated()
                .hasLastRole(USER_ROLE);
    }

    @Test
    void newUserGetsANewIdentityOnFirstSignIn() {
        Session session = signIn.signIn(new AppUser("user-7", "free"));

        assertThat(session.identityId()).isNotEqualTo(RETURNING_USER_IDENTITY).startsWith("us-east-1:");
        assertThat(fake).identityPool("MobileApp").hasIdentityCount(3);
        assertThat(fake)
                .identityOfDeveloperUser("user-7")
                .hasLogins(DEVELOPER_PROVIDER)
                .hasLastRole(USER_ROLE);
    }

    @Test
    void tokenNamesTheIdentityAndCarriesThePlanAsPrincipalTag() {
        Session session = signIn.signIn(new AppUser("user-42", "premium"));

        assertThatToken(session.openIdToken())
                .isSignedBy(fake)
                .hasSubject(RETURNING_USER_IDENTITY)
                .hasAudience(POOL)
                .isAuthenticatedWith(DEVELOPER_PROVIDER)
                .hasPrincipalTag("plan", "premium")
                .expiresWithin(Duration.ofMinutes(15));
    }

    @Test
    void credentialsAreAskedForWithTheCognitoToken() {
        Session session = signIn.signIn(new AppUser("user-42", "premium"));

        assertThat(fake)
                .receivedRequests()
                .contains(
                        getOpenIdTokenForDeveloperIdentity(POOL).succeeded(),
                        getCredentialsForIdentity(session.identityId())
                                .withBodyContaining(MobileSignInService.COGNITO_LOGIN)
                                .succeeded())
                .hasNoFailures();
    }
}
