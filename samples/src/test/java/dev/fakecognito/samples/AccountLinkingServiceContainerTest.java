package dev.fakecognito.samples;

import dev.fakecognito.fixtures.InspectableFake;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link AccountLinkingServiceContract} on the fake in its container, seeded with the same fixtures before each test. */
@CognitoIdentityContainerTest(fixtures = AccountLinkingServiceContract.FIXTURES)
class AccountLinkingServiceContainerTest extends AccountLinkingServiceContract {
    AccountLinkingServiceContainerTest(CognitoIdentityClient client, InspectableFake fake) {
        super(client, fake);
    }
}
