package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdResponse;

class SmokeTest extends FakeServerTestBase {

    @Test
    void guestGetsAnIdentityInANewPool() {
        CreateIdentityPoolResponse pool = cognito.createIdentityPool(
                b -> b.identityPoolName(uniqueName("smoke")).allowUnauthenticatedIdentities(true));
        GetIdResponse id = cognito.getId(b -> b.identityPoolId(pool.identityPoolId()));
        assertThat(id.identityId()).matches("us-east-1:[0-9a-f-]{36}");
        assertThat(cognito.describeIdentity(b -> b.identityId(id.identityId())).logins())
                .isEmpty();
    }
}
