package dev.fakecognito.samples;

import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.server.FakeCognitoIdentity;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link IdentityCleanupJobContract} on the in-process fake. */
@CognitoIdentityTest(fixtures = IdentityCleanupJobContract.FIXTURES)
class IdentityCleanupJobTest extends IdentityCleanupJobContract {

    IdentityCleanupJobTest(CognitoIdentityClient cognito, FakeCognitoIdentity fake) {
        super(cognito, fake);
    }
}
