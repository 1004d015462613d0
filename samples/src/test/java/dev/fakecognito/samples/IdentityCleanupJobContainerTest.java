package dev.fakecognito.samples;

import dev.fakecognito.fixtures.InspectableFake;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link IdentityCleanupJobContract} on the fake in its container, seeded with the same fixtures before each test. */
@CognitoIdentityContainerTest(fixtures = IdentityCleanupJobContract.FIXTURES)
class IdentityCleanupJobContainerTest extends IdentityCleanupJobContract {
    IdentityCleanupJobContainerTest(CognitoIdentityClient client, InspectableFake fake) {
        super(client, fake);
    }
}
