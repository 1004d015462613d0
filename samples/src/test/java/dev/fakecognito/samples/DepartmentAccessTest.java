package dev.fakecognito.samples;

import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.admin.FakeAdmin;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link DepartmentAccessContract} on the in-process fake. */
@CognitoIdentityTest(fixtures = DepartmentAccessContract.FIXTURES)
class DepartmentAccessTest extends DepartmentAccessContract {

    DepartmentAccessTest(CognitoIdentityClient cognito, FakeAdmin fake) {
        super(cognito, fake);
    }
}
