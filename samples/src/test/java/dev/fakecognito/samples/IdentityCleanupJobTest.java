package dev.fakecognito.samples;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link IdentityCleanupJobContract} on the in-process fake. */
@CognitoIdentityTest(fixtures = IdentityCleanupJobContract.FIXTURES)
class IdentityCleanupJobTest extends IdentityCleanupJobContract {

    IdentityCleanupJobTest(CognitoIdentityClient cognito, FakeAdmin fake) {
        super(cognito, fake);
    }
}
