package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.samples.AccountLinkingService.Session;
import dev.fakecognito.tokens.LoginTokens;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The tests of {@link AccountLinkingService}, for any fake: {@link AccountLinkingServiceTest} runs them
 * on the in-process fake, {@link AccountLinkingServiceContainerTest} on the fake in its container. The
 * fake must be seeded with {@value #FIXTURES} before each test.
 */
abstract class AccountLinkingServiceContract {
    static final String FIXTURES = "cognito/mobile-app.yaml";
    static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";
    static final String FACEBOOK = "graph.facebook.com";
    static final String GOOGLE = "accounts.google.com";
    static final String GOOGLE_CLIENT = "mobile-app.apps.googleusercontent.com";
    static final String USER_ROLE = "arn:aws:iam::123456789012:role/MobileApp-User";
    static final String GUEST_ROLE = "arn:aws:iam::123456789012:role/MobileApp-Guest";
    /** Carol signed in with Facebook before (see the fixtures). */
    static final String CAROL = "us-east-1:aaaaaaaa-0000-0000-0000-000000000002";

    /** Login tokens issued by the system clock the fake runs on. */
    private static final LoginTokens TOKENS = LoginTokens.create();

    protected final CognitoIdentityClient cognito;
    protected final FakeAdmin fake;
    private final AccountLinkingService accounts;

    AccountLinkingServiceContract(CognitoIdentityClient cognito, FakeAdmin fake) {
        this.cognito = cognito;
        this.fake = fake;
        this.accounts = new AccountLinkingService(cognito, POOL);
    }

    @Test
    void facebookThenGoogleEndUpOnOneIdentity() {
        Session facebook = accounts.signIn(FACEBOOK, TOKENS.facebook("dave-facebook"));
        Session linked = accounts.link(
                facebook,
                GOOGLE,
                TOKENS.google(GOOGLE_CLIENT).subject("dave-google").build());
        Session google = accounts.signIn(
                GOOGLE, TOKENS.google(GOOGLE_CLIENT).subject("dave-google").build());

        assertThat(linked.identityId()).isEqualTo(facebook.identityId());
        assertThat(google.identityId()).isEqualTo(facebook.identityId());
        assertThat(fake)
                .identity(facebook.identityId())
                .hasLogins(FACEBOOK, GOOGLE)
                .hasLogin(GOOGLE, "dave-google")
                .hasLastRole(USER_ROLE);
    }

    @Test
    void guestWithANewLoginKeepsTheGuestIdentity() {
        Session guest = accounts.browseAsGuest();
        assertThat(fake).identity(guest.identityId()).isUnauthenticated().hasLastRole(GUEST_ROLE);

        Session signedIn = accounts.signInFromGuest(guest, FACEBOOK, TOKENS.facebook("erin-facebook"));

        assertThat(signedIn.identityId()).isEqualTo(guest.identityId());
        assertThat(fake)
                .identity(guest.identityId())
                .isAuthenticated()
                .hasLogins(FACEBOOK)
                .hasLastRole(USER_ROLE);
    }

    @Test
    void guestOfAReturningUserIsMergedIntoTheirIdentity() {
        Session guest = accounts.browseAsGuest();

        Session signedIn = accounts.signInFromGuest(guest, FACEBOOK, TOKENS.facebook("carol-facebook"));

        assertThat(signedIn.identityId()).isEqualTo(CAROL);
        assertThat(fake).identity(guest.identityId()).wasMergedInto(CAROL).isDisabled();
        assertThat(fake).hasMergeFrom(guest.identityId()).into(CAROL).viaOperation("GetCredentialsForIdentity");
        assertThat(fake).identity(CAROL).isEnabled().hasLogins(FACEBOOK).hasLastRole(USER_ROLE);
        assertThat(fake).identityPool("MobileApp").hasIdentityCount(3).hasTag("app", "mobile");
    }
}
