package dev.fakecognito.samples;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link ResourceServerTokenContract} on the in-process fake. */
@CognitoIdentityTest(fixtures = ResourceServerTokenContract.FIXTURES)
class ResourceServerTokenTest extends ResourceServerTokenContract {

    ResourceServerTokenTest(CognitoIdentityClient cognito, FakeAdmin fake) {
        super(cognito, fake);
    }
}
