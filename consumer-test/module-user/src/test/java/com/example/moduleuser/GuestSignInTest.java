package com.example.moduleuser;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.assertj.Requests;
import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The extension on the module path: a fake per class, an injected SDK client, the assertions. */
@CognitoIdentityTest(region = "eu-west-1")
class GuestSignInTest {

    @Test
    void runsOnTheModulePath() {
        assertThat(GuestSignInTest.class.getModule().getName()).isEqualTo("com.example.moduleuser");
        assertThat(FakeCognitoIdentity.class.getModule().getDescriptor().isAutomatic())
                .as("the server jar is an explicit module, from its own descriptor")
                .isFalse();
        assertThat(CognitoIdentityTest.class.getModule().getName()).isEqualTo("dev.fakecognito.junit5");
    }

    @Test
    void aGuestGetsAnIdentityInThePool(CognitoIdentityClient cognito, FakeCognitoIdentity fake) {
        String poolId = cognito.createIdentityPool(
                        b -> b.identityPoolName("Guests").allowUnauthenticatedIdentities(true))
                .identityPoolId();

        String identityId = new GuestSignIn(cognito, poolId).signIn();

        assertThat(identityId).startsWith("eu-west-1:");
        assertThat(fake)
                .identityPool("Guests")
                .allowsUnauthenticatedIdentities()
                .hasIdentityCount(1);
        assertThat(fake).identity(identityId).isUnauthenticated();
        assertThat(fake).receivedRequests().contains(Requests.getId(poolId).succeeded());
    }
}
