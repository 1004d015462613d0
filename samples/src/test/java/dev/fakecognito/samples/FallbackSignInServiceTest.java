package dev.fakecognito.samples;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link FallbackSignInServiceContract} on the in-process fake, seeded before each test. */
@CognitoIdentityTest(fixtures = FallbackSignInServiceContract.FIXTURES)
class FallbackSignInServiceTest extends FallbackSignInServiceContract {
    FallbackSignInServiceTest(CognitoIdentityClient cognito, FakeAdmin fake) {
        super(cognito, fake);
    }
}
