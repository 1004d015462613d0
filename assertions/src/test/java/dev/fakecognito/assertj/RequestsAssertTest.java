package dev.fakecognito.assertj;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Requests.anyRequest;
import static dev.fakecognito.assertj.Requests.describeIdentity;
import static dev.fakecognito.assertj.Requests.getCredentialsForIdentity;
import static dev.fakecognito.assertj.Requests.getId;
import static dev.fakecognito.assertj.Requests.getOpenIdToken;
import static dev.fakecognito.assertj.Requests.getOpenIdTokenForDeveloperIdentity;
import static dev.fakecognito.assertj.Requests.request;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

class RequestsAssertTest {
    private static final String UNKNOWN = "us-east-1:00000000-0000-0000-0000-000000000000";
    private FakeCognitoIdentity fake;
    private CognitoIdentityClient cognito;
    private String poolId;
    private String alice;

    @AfterEach
    void stop() {
        cognito.close();
        fake.close();
    }

    /** A fresh fake (requests numbered from 1): a pool, GetId and GetCredentialsForIdentity for alice, all succeeding. */
    @BeforeEach
    void succeedingCalls() {
        fake = FakeCognitoIdentity.builder().start();
        cognito = Scenario.client(fake);
        poolId = cognito.createIdentityPool(b -> b.identityPoolName("Journal")
                        .allowUnauthenticatedIdentities(false)
                        .supportedLoginProviders(Map.of("graph.facebook.com", "1")))
                .identityPoolId();
        alice = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of("graph.facebook.com", "alice")))
                .identityId();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(Map.of("authenticated", Scenario.AUTH_ROLE)));
        cognito.getCredentialsForIdentity(b -> b.identityId(alice).logins(Map.of("graph.facebook.com", "alice")));
    }

    private void failingCalls() {
        assertThatThrownBy(() -> cognito.getId(b -> b.identityPoolId(poolId)))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> cognito.describeIdentity(b -> b.identityId(UNKNOWN)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void containsPasses() {
        failingCalls();
        assertThat(fake)
                .receivedRequests()
                .contains(getId(poolId), getCredentialsForIdentity(alice).succeeded())
                .contains(request("GetId").withBodyContaining("graph.facebook.com"))
                .contains(request("GetId").failedWith("NotAuthorizedException"))
                .contains(describeIdentity(UNKNOWN).failedWith("ResourceNotFoundException"))
                .contains(anyRequest().withMember("IdentityPoolName", "Journal"))
                .doesNotContain(getOpenIdToken(alice), getOpenIdTokenForDeveloperIdentity(poolId))
                .hasRequestCount("GetId", 2)
                .hasRequestCount("GetOpenIdToken", 0);
    }

    @Test
    void containsListsTheRequestsReceived() {
        failingCalls();
        assertThatThrownBy(() -> assertThat(fake)
                        .receivedRequests()
                        .contains(
                                getId(poolId),
                                getCredentialsForIdentity(UNKNOWN),
                                getOpenIdToken(alice).succeeded()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the fake to have received:\n"
                        + "  GetCredentialsForIdentity with IdentityId=" + UNKNOWN + "\n"
                        + "  GetOpenIdToken with IdentityId=" + alice + " succeeding\n"
                        + "but none of the 6 requests received matches. Received:\n"
                        + "  #1 CreateIdentityPool {")
                .hasMessageContaining("#4 GetCredentialsForIdentity {\"IdentityId\":\"" + alice + "\"")
                .hasMessageContaining("-> 200 OK")
                .hasMessageContaining(
                        "#5 GetId {\"IdentityPoolId\":\"" + poolId + "\"} -> 400 NotAuthorizedException: ")
                .hasMessageContaining(
                        "#6 DescribeIdentity {\"IdentityId\":\"" + UNKNOWN + "\"} -> 400 ResourceNotFoundException: ");
    }

    @Test
    void doesNotContainListsTheMatchingRequests() {
        assertThatThrownBy(() -> assertThat(fake).receivedRequests().doesNotContain(getCredentialsForIdentity(alice)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the fake not to have received any of:\n  GetCredentialsForIdentity with IdentityId="
                                + alice + "\nbut it received:\n  #4 GetCredentialsForIdentity {");
    }

    @Test
    void hasNoRequestsFailingWith() {
        assertThat(fake).receivedRequests().hasNoRequestsFailingWith("NotAuthorizedException");
        failingCalls();
        assertThat(fake).receivedRequests().hasNoRequestsFailingWith("ValidationException");
        assertThatThrownBy(() -> assertThat(fake).receivedRequests().hasNoRequestsFailingWith("NotAuthorizedException"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting no request to have failed with NotAuthorizedException but 1 did:\n"
                                + "  #5 GetId {\"IdentityPoolId\":\"" + poolId
                                + "\"} -> 400 NotAuthorizedException: Unauthenticated access is not supported for this identity pool.");
    }

    @Test
    void hasNoFailures() {
        assertThat(fake).receivedRequests().hasNoFailures();
        failingCalls();
        assertThatThrownBy(() -> assertThat(fake).receivedRequests().hasNoFailures())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting no request to have failed but 2 did:\n  #5 GetId")
                .hasMessageContaining("NotAuthorizedException")
                .hasMessageContaining("#6 DescribeIdentity {\"IdentityId\":\"" + UNKNOWN
                        + "\"} -> 400 ResourceNotFoundException: Identity '" + UNKNOWN + "' not found.");
    }

    @Test
    void hasRequestCountListsTheRequests() {
        assertThatThrownBy(() -> assertThat(fake).receivedRequests().hasRequestCount("GetId", 3))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the fake to have received 3 GetId request(s) but it received 1. Received:\n  #1 CreateIdentityPool");
    }

    @Test
    void signatureMatchers() {
        // The SDK signs CreateIdentityPool and SetIdentityPoolRoles (with the client's "test" key) and sends
        // GetId and GetCredentialsForIdentity unsigned.
        assertThat(fake)
                .receivedRequests()
                .contains(
                        request("CreateIdentityPool").signedWith("test").succeeded(),
                        getId(poolId).unsigned(),
                        getCredentialsForIdentity(alice).unsigned().succeeded(),
                        anyRequest().signed())
                .doesNotContain(
                        getId(poolId).signed(),
                        request("SetIdentityPoolRoles").unsigned(),
                        anyRequest().signedWith("AKIAOTHERKEY"));
    }

    @Test
    void signedWithListsWhoSignedEachRequest() {
        assertThatThrownBy(() -> assertThat(fake)
                        .receivedRequests()
                        .contains(request("SetIdentityPoolRoles").signedWith("AKIAROLEKEY")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the fake to have received:\n"
                        + "  SetIdentityPoolRoles signed with access key AKIAROLEKEY\n"
                        + "but none of the 4 requests received matches. Received:\n"
                        + "  #1 CreateIdentityPool {")
                .hasMessageContaining(
                        "-> 200 OK (signed with test in us-east-1, account 123456789012)\n  #2 GetId {\"IdentityPoolId\":\""
                                + poolId
                                + "\",\"Logins\":{\"graph.facebook.com\":\"[masked 5 characters]\"}} -> 200 OK (unsigned"
                                + " in us-east-1, account 123456789012)\n  #3 SetIdentityPoolRoles")
                .hasMessageEndingWith("-> 200 OK (unsigned in us-east-1, account 123456789012)");
    }

    @Test
    void unsignedListsTheUnsignedRequests() {
        assertThatThrownBy(() -> assertThat(fake)
                        .receivedRequests()
                        .doesNotContain(anyRequest().unsigned()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "Expecting the fake not to have received any of:\n  any request unsigned\nbut it received:\n"
                                + "  #2 GetId {")
                .hasMessageContaining("\n  #4 GetCredentialsForIdentity {")
                .hasMessageNotContaining("CreateIdentityPool");
    }

    @Test
    void droppedRequestsAreSaid() {
        try (FakeCognitoIdentity small =
                        FakeCognitoIdentity.builder().journalSize(2).start();
                CognitoIdentityClient client = Scenario.client(small)) {
            String id = small.seed(Fixtures.fromString(
                            "identityPools: [ {name: Small, allowUnauthenticatedIdentities: true} ]"))
                    .identityPools()
                    .get(0)
                    .id();
            for (int i = 0; i < 3; i++) {
                client.getId(b -> b.identityPoolId(id));
            }
            assertThatThrownBy(() -> assertThat(small).receivedRequests().hasRequestCount("GetId", 3))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("but it received 2 (1 older requests were dropped from the journal)")
                    .hasMessageContaining("(1 older requests not shown)");
        }
    }
}
