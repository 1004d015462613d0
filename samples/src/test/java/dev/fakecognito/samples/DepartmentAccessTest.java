package dev.fakecognito.samples;

import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.server.FakeCognitoIdentity;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link DepartmentAccessContract} on the in-process fake. */
@CognitoIdentityTest(fixtures = DepartmentAccessContract.FIXTURES)
class DepartmentAccessTest extends DepartmentAccessContract {

    DepartmentAccessTest(CognitoIdentityClient cognito, FakeCognitoIdentity fake) {
        super(cognito, fake);
    }
}
