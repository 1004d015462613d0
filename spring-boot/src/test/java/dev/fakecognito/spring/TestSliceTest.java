package dev.fakecognito.spring;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** A test slice imports only its own auto-configuration; the annotation brings the fake's clients into it. */
@JsonTest
@AutoConfigureFakeCognitoIdentity(fixtures = "cognito/world.yaml")
class TestSliceTest {

    @Autowired
    CognitoIdentityClient client;

    @Autowired
    FakeAdmin fake;

    @Test
    void theSliceHasTheAutoConfiguredClient() {
        String identityId = client.getId(b -> b.identityPoolId(AutoConfiguredClientTest.MOBILE_APP)
                        .logins(Map.of("graph.facebook.com", "bob")))
                .identityId();

        assertThat(fake).identity(identityId).hasLogin("graph.facebook.com", "bob");
    }
}
