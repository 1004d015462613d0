package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.tokens.LoginTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;

/** The user view: @CognitoIdentityTest with fixtures and an injected SDK client, as the README shows. */
@CognitoIdentityTest(fixtures = "cognito/world.yaml", region = "eu-west-1")
class ConsumerSignInTest {

    @Test
    void returningUserKeepsTheirIdentity(CognitoIdentityClient cognito) {
        String googleIdToken = LoginTokens.create()
                .google("consumer-app.apps.googleusercontent.com")
                .subject("returning-user")
                .build();
        String identityId = cognito.getId(b -> b.identityPoolId("eu-west-1:0000aaaa-1111-2222-3333-444455556666")
                        .logins(Map.of("accounts.google.com", googleIdToken)))
                .identityId();
        assertThat(identityId).isEqualTo("eu-west-1:0000aaaa-0000-0000-0000-000000000001");
    }

    @Test
    void aNewPoolGivesGuestsIdentitiesAndTokens(CognitoIdentityClient cognito) {
        String poolId = cognito.createIdentityPool(
                        b -> b.identityPoolName("Guests").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        assertThat(guest).startsWith("eu-west-1:");
        assertThat(cognito.getOpenIdToken(b -> b.identityId(guest)).token().split("\\."))
                .hasSize(3);
        assertThat(cognito.listIdentityPools(b -> b.maxResults(10)).identityPools())
                .extracting(IdentityPoolShortDescription::identityPoolName)
                .containsExactly("ConsumerApp", "Guests");
    }

    @Test
    void snapshotsWriteBackAsYamlThroughTheFakesOwnJackson(FakeCognitoIdentity fake) {
        World world = fake.snapshot();
        String yaml = Fixtures.toYaml(world);
        assertThat(yaml).contains("name: ConsumerApp").doesNotContain("null");
        assertThat(Fixtures.fromString(yaml).world()).isEqualTo(world);
    }
}
