package dev.fakecognito.samples;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.testcontainers.DockerAndImageCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link FallbackSignInServiceContract} on the fake in its container: the same faults, over its admin API. */
@CognitoIdentityTest(fixtures = FallbackSignInServiceContract.FIXTURES, container = true)
@ExtendWith(DockerAndImageCondition.class) // skipped without Docker or the image, except on CI
class FallbackSignInServiceContainerTest extends FallbackSignInServiceContract {
    FallbackSignInServiceContainerTest(CognitoIdentityClient cognito, FakeAdmin fake) {
        super(cognito, fake);
    }
}
