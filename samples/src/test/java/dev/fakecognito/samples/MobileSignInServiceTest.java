package dev.fakecognito.samples;

import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.server.FakeCognitoIdentity;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link MobileSignInServiceContract} on the in-process fake, one per class, seeded before each test. */
@CognitoIdentityTest(fixtures = MobileSignInServiceContract.FIXTURES)
class MobileSignInServiceTest extends MobileSignInServiceContract {

    MobileSignInServiceTest(CognitoIdentityClient cognito, FakeCognitoIdentity fake) {
        super(cognito, fake);
    }
}
