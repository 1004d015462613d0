package dev.fakecognito.samples;

import dev.fakecognito.fixtures.InspectableFake;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link DepartmentAccessContract} on the fake in its container, seeded with the same fixtures before each test. */
@CognitoIdentityContainerTest(fixtures = DepartmentAccessContract.FIXTURES)
class DepartmentAccessContainerTest extends DepartmentAccessContract {
    DepartmentAccessContainerTest(CognitoIdentityClient client, InspectableFake fake) {
        super(client, fake);
    }
}
