package com.example.springuser;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.spring.AutoConfigureFakeCognitoIdentity;
import dev.fakecognito.tokens.LoginTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The user's view: their application context with a fake, the auto-configured client on their own AWS SDK
 * (and its default HTTP client), and their Spring Boot's Jackson working beside the fake's own.
 */
@SpringBootTest
@AutoConfigureFakeCognitoIdentity(fixtures = "cognito/world.yaml", region = "eu-west-1")
class SignInBesideTheUsersLibrariesTest {

    record Account(String identityId, String poolName) {}

    @Autowired
    CognitoIdentityClient cognito;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    FakeCognitoIdentity fake;

    @Test
    void returningUserKeepsTheirIdentityAndTheUsersJacksonWritesIt() throws Exception {
        String poolId = "eu-west-1:0000aaaa-1111-2222-3333-444455556666";
        String googleIdToken = LoginTokens.create()
                .google("consumer-app.apps.googleusercontent.com")
                .subject("returning-user")
                .build();
        String identityId = cognito.getId(
                        b -> b.identityPoolId(poolId).logins(Map.of("accounts.google.com", googleIdToken)))
                .identityId();
        String poolName =
                cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolName();

        String json = objectMapper.writeValueAsString(new Account(identityId, poolName));

        assertThat(json)
                .isEqualTo("{\"identityId\":\"eu-west-1:0000aaaa-0000-0000-0000-000000000001\","
                        + "\"poolName\":\"ConsumerApp\"}");
        assertThat(fake).identity(identityId).hasLogin("accounts.google.com", "returning-user");
    }
}
