package com.example;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

@CognitoIdentityTest // a fake for this class, reset before each test; its client is injected
class FirstTest {
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
