package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.testcontainers.DockerAndImageCondition;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The README's first test, unchanged but for its annotation, on the fake in its container (docs/quickstart/container.md). */
// snippet:start container
@CognitoIdentityTest(container = true) // the same fake, in Docker: needs fake-cognito-identity-testcontainers
// snippet:end
@ExtendWith(DockerAndImageCondition.class) // this repository's own: skipped without Docker or the image, except on CI
// snippet:start container
class ContainerQuickstartTest {
    static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";

    @Test
    void facebookUserGetsAnIdentity(CognitoIdentityClient client, FakeAdmin fake) {
        fake.seed("""
                identityPools:
                  - name: MobileApp
                    id: us-east-1:11111111-2222-3333-4444-555555555555
                    supportedLoginProviders: { graph.facebook.com: "1234567890" }
                """);

        client.getId(b -> b.identityPoolId(POOL).logins(Map.of("graph.facebook.com", "alice")));

        assertThat(fake).identityPool("MobileApp").hasIdentityCount(1);
        assertThat(fake).identityWithLogin("graph.facebook.com", "alice").isAuthenticated();
    }
}
// snippet:end
