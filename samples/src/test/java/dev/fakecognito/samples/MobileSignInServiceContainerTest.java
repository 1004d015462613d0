package dev.fakecognito.samples;

import dev.fakecognito.fixtures.InspectableFake;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link MobileSignInServiceContract} on the fake in its container, seeded with the same fixtures before each test. */
@CognitoIdentityContainerTest(fixtures = MobileSignInServiceContract.FIXTURES)
class MobileSignInServiceContainerTest extends MobileSignInServiceContract {
    MobileSignInServiceContainerTest(CognitoIdentityClient client, InspectableFake fake) {
        super(client, fake);
    }
}
