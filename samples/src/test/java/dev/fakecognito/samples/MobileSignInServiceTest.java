package dev.fakecognito.samples;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link MobileSignInServiceContract} on the in-process fake, one per class, seeded before each test. */
@CognitoIdentityTest(fixtures = MobileSignInServiceContract.FIXTURES)
class MobileSignInServiceTest extends MobileSignInServiceContract {

    MobileSignInServiceTest(CognitoIdentityClient cognito, FakeAdmin fake) {
        super(cognito, fake);
    }
}
