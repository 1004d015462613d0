package dev.fakecognito.samples;

import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.server.FakeCognitoIdentity;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link AccountLinkingServiceContract} on the in-process fake. */
@CognitoIdentityTest(fixtures = AccountLinkingServiceContract.FIXTURES)
class AccountLinkingServiceTest extends AccountLinkingServiceContract {

    AccountLinkingServiceTest(CognitoIdentityClient cognito, FakeCognitoIdentity fake) {
        super(cognito, fake);
    }
}
