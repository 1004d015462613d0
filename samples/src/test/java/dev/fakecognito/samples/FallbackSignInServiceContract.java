package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Requests.getCredentialsForIdentity;
import static dev.fakecognito.assertj.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.junit5.CognitoFault;
import dev.fakecognito.model.Fault;
import dev.fakecognito.samples.FallbackSignInService.Session;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * The tests of {@link FallbackSignInService}, for any fake: {@link FallbackSignInServiceTest} runs them
 * in process, {@link FallbackSignInServiceContainerTest} on the fake in its container. Cognito's failures
 * are injected faults; the client is the extension's, with the SDK's default retries, so each test also
 * shows what those retries get past and what they do not.
 */
abstract class FallbackSignInServiceContract {
    static final String FIXTURES = "cognito/mobile-app.yaml";
    static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";
    static final Map<String, String> CAROL = Map.of("graph.facebook.com", "carol-facebook");
    static final String CAROL_IDENTITY = "us-east-1:aaaaaaaa-0000-0000-0000-000000000002";

    protected final FakeAdmin fake;
    private final FallbackSignInService signIn;

    FallbackSignInServiceContract(CognitoIdentityClient cognito, FakeAdmin fake) {
        this.fake = fake;
        this.signIn = new FallbackSignInService(cognito, POOL);
    }

    @Test
    void aUserSignsInToTheirOwnIdentity() {
        Session session = signIn.signIn(CAROL);

        assertThat(session.guest()).isFalse();
        assertThat(session.identityId()).isEqualTo(CAROL_IDENTITY);
        assertThat(fake).identity(CAROL_IDENTITY).hasLastRole("arn:aws:iam::123456789012:role/MobileApp-User");
    }

    // snippet:start fallback
    @Test
    void whenCognitoKeepsFailingTheUserCarriesOnAsAGuest() {
        FaultHandle outage = fake.inject(Fault.on("GetCredentialsForIdentity")
                .error("InternalErrorException")
                .match("IdentityId", CAROL_IDENTITY));

        Session session = signIn.signIn(CAROL);

        assertThat(session.guest()).isTrue();
        assertThat(session.identityId()).isNotEqualTo(CAROL_IDENTITY);
        assertThat(session.credentials().accessKeyId()).startsWith("ASIA");
        assertThat(fake).identity(session.identityId()).isUnauthenticated();
        assertThat(outage).wasHit(); // once per attempt of the SDK's retries
        assertThat(fake)
                .receivedRequests()
                .contains(getCredentialsForIdentity(CAROL_IDENTITY)
                        .injectedBy(outage)
                        .failedWith("InternalErrorException"))
                .contains(getCredentialsForIdentity(session.identityId())
                        .notInjected()
                        .succeeded())
                .hasNoFailuresExceptInjected();
    }
    // snippet:end

    @Test
    @CognitoFault(operation = "GetCredentialsForIdentity", error = "TooManyRequestsException", times = 2)
    void theSdkRetriesPastShortThrottling() {
        Session session = signIn.signIn(CAROL);

        assertThat(session.guest()).isFalse();
        assertThat(fake.faults())
                .singleElement()
                .satisfies(throttling -> assertThat(throttling).hasHits(2).isUsedUp());
        assertThat(fake).receivedRequests().hasRequestCount("GetCredentialsForIdentity", 3);
    }

    @Test
    void aProviderThatDropsConnectionsAlsoFallsBack() {
        fake.inject(Fault.on("GetId").connectionReset().match("Logins", CAROL));

        Session session = signIn.signIn(CAROL);

        assertThat(session.guest()).isTrue();
        assertThat(fake).receivedRequests().contains(request("GetId").injected().failed());
    }

    @Test
    void aRefusedLoginIsNotTurnedIntoAGuestSession() {
        fake.inject(Fault.on("GetId").error("NotAuthorizedException").message("Invalid login token."));

        assertThatThrownBy(() -> signIn.signIn(CAROL))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid login token.");
        assertThat(fake).receivedRequests().doesNotContain(getCredentialsForIdentity(CAROL_IDENTITY));
        assertThat(fake).identityPool("MobileApp").hasIdentityCount(2);
    }
}
