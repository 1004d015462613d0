package dev.fakecognito.samples;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link CorporateSignInContract} on the in-process fake. */
@CognitoIdentityTest(fixtures = CorporateSignInContract.FIXTURES)
class CorporateSignInTest extends CorporateSignInContract {

    CorporateSignInTest(CognitoIdentityClient cognito, FakeAdmin fake) {
        super(cognito, fake);
    }
}
