package dev.fakecognito.samples;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link DepartmentAccessContract} on the in-process fake. */
@CognitoIdentityTest(fixtures = DepartmentAccessContract.FIXTURES)
class DepartmentAccessTest extends DepartmentAccessContract {

    DepartmentAccessTest(CognitoIdentityClient cognito, FakeAdmin fake) {
        super(cognito, fake);
    }
}
