package dev.fakecognito.samples;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link AccountLinkingServiceContract} on the in-process fake. */
@CognitoIdentityTest(fixtures = AccountLinkingServiceContract.FIXTURES)
class AccountLinkingServiceTest extends AccountLinkingServiceContract {

    AccountLinkingServiceTest(CognitoIdentityClient cognito, FakeAdmin fake) {
        super(cognito, fake);
    }
}
