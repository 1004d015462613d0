package dev.fakecognito.samples;

import dev.fakecognito.fixtures.InspectableFake;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link ResourceServerTokenContract} on the fake in its container, seeded with the same fixtures before each test. */
@CognitoIdentityContainerTest(fixtures = ResourceServerTokenContract.FIXTURES)
class ResourceServerTokenContainerTest extends ResourceServerTokenContract {
    ResourceServerTokenContainerTest(CognitoIdentityClient client, InspectableFake fake) {
        super(client, fake);
    }
}
