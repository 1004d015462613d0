package dev.fakecognito.samples;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.testcontainers.DockerAndImageCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link CorporateSignInContract} on the fake in its container, seeded with the same fixtures before each test. */
@CognitoIdentityTest(fixtures = CorporateSignInContract.FIXTURES, container = true)
@ExtendWith(DockerAndImageCondition.class) // skipped without Docker or the image, except on CI
class CorporateSignInContainerTest extends CorporateSignInContract {
    CorporateSignInContainerTest(CognitoIdentityClient client, FakeAdmin fake) {
        super(client, fake);
    }
}
