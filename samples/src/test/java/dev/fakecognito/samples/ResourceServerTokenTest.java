package dev.fakecognito.samples;

import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.server.FakeCognitoIdentity;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link ResourceServerTokenContract} on the in-process fake. */
@CognitoIdentityTest(fixtures = ResourceServerTokenContract.FIXTURES)
class ResourceServerTokenTest extends ResourceServerTokenContract {

    ResourceServerTokenTest(CognitoIdentityClient cognito, FakeCognitoIdentity fake) {
        super(cognito, fake);
    }
}
