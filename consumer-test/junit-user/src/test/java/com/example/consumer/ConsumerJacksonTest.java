package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.tokens.LoginTokens;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The user's own Jackson: the version their build pinned, the only copy on the classpath, and it keeps
 * working while a fake (with its own, relocated Jackson) runs in the same JVM.
 */
@CognitoIdentityTest(fixtures = "cognito/world.yaml", region = "eu-west-1")
class ConsumerJacksonTest {

    /** What the user's code would (de)serialize with their Jackson: a record, as Jackson 2.12+ allows. */
    record Account(String identityId, String poolName) {}

    @Test
    void theUsersJacksonIsTheOneTheyPinned() {
        assertThat(PackageVersion.VERSION.toString()).isEqualTo("2.13.5");
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
                .isEqualTo("2.13.5");
        assertThat(ObjectMapper.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .endsWith("/jackson-databind-2.13.5.jar");
    }

    @Test
    void thereIsExactlyOneJacksonOnTheClasspath() throws Exception {
        List<URL> copies = Collections.list(
                getClass().getClassLoader().getResources("com/fasterxml/jackson/databind/ObjectMapper.class"));
        assertThat(copies).hasSize(1);
    }

    @Test
    void theUsersJacksonWorksBesideARunningFake(CognitoIdentityClient cognito) throws Exception {
        String poolId = "eu-west-1:0000aaaa-1111-2222-3333-444455556666";
        String googleIdToken = LoginTokens.create()
                .google("consumer-app.apps.googleusercontent.com")
                .subject("returning-user")
                .build();
        String identityId = cognito.getId(
                        b -> b.identityPoolId(poolId).logins(java.util.Map.of("accounts.google.com", googleIdToken)))
                .identityId();
        String poolName =
                cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolName();

        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(new Account(identityId, poolName));
        assertThat(json)
                .isEqualTo("{\"identityId\":\"eu-west-1:0000aaaa-0000-0000-0000-000000000001\","
                        + "\"poolName\":\"ConsumerApp\"}");
        assertThat(mapper.readValue(json, Account.class)).isEqualTo(new Account(identityId, poolName));
        JsonNode tree = mapper.readTree(json);
        assertThat(tree.get("poolName").asText()).isEqualTo("ConsumerApp");
        assertThat(PackageVersion.VERSION.toString()).isEqualTo("2.13.5");
    }
}
