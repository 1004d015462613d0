package dev.fakecognito.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;

/**
 * The fake's settings come from {@code fake.cognito-identity.*} properties as from the annotation's
 * attributes of the same names; an attribute set on the annotation wins.
 */
class SettingsFromPropertiesTest {

    @Nested
    @SpringBootTest(
            properties = {
                "fake.cognito-identity.region=eu-west-1",
                "fake.cognito-identity.account-id=111122223333",
                "fake.cognito-identity.fixtures=cognito/eu-world.yaml",
                "fake.cognito-identity.require-signatures=true",
                "fake.cognito-identity.credentials=AKIAPROPERTY:property-secret",
                "fake.cognito-identity.journal-size=3"
            })
    @AutoConfigureFakeCognitoIdentity(accountId = "444455556666")
    class FromProperties {
        @Autowired
        FakeCognitoIdentity fake;

        @Autowired
        CognitoIdentityClient client;

        @Test
        void propertiesConfigureTheFakeAndTheAnnotationWins(
                @Value("${fake.cognito-identity.region}") String region,
                @Value("${fake.cognito-identity.account-id}") String accountId,
                @Value("${fake.cognito-identity.access-key-id}") String accessKeyId,
                @Value("${fake.cognito-identity.secret-access-key}") String secret,
                @Value("${fake.cognito-identity.issuer}") String issuer) {
            assertThat(fake.region()).isEqualTo("eu-west-1").isEqualTo(region);
            assertThat(fake.accountId()).isEqualTo("444455556666").isEqualTo(accountId);
            assertThat(fake.requiresSignatures()).isTrue();
            assertThat(accessKeyId).isEqualTo("AKIAPROPERTY");
            assertThat(secret).isEqualTo("property-secret");
            assertThat(issuer).isEqualTo("https://cognito-identity.amazonaws.com");
            assertThat(fake.snapshot().identityPools()).isNotEmpty();
        }

        @Test
        void theClientBeanSignsWithTheConfiguredCredentials() {
            // the fake verifies signatures: a signed call by the client bean goes through
            assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .isNotEmpty();
            for (int i = 0; i < 5; i++) {
                client.listIdentityPools(b -> b.maxResults(1));
            }
            assertThat(fake.requests().requests()).hasSize(3); // journal-size=3
        }
    }

    @Nested
    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(requireSignatures = true, credentials = "AKIAANNOTATION:annotation-secret")
    class SignaturesFromTheAnnotation {
        @Autowired
        FakeCognitoIdentity fake;

        @Autowired
        CognitoIdentityClient client;

        @Test
        void theFakeRefusesOtherKeysAndTheClientBeanSignsWithItsOwn() {
            assertThat(client.listIdentityPools(b -> b.maxResults(1)).identityPools())
                    .isEmpty();
            try (CognitoIdentityClient stranger = CognitoIdentityClient.builder()
                    .endpointOverride(fake.endpoint())
                    .region(Region.of(fake.region()))
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIASTRANGER", "x")))
                    .build()) {
                assertThatThrownBy(() -> stranger.listIdentityPools(b -> b.maxResults(1)))
                        .isInstanceOfSatisfying(
                                CognitoIdentityException.class,
                                e -> assertThat(e.awsErrorDetails().errorCode())
                                        .isEqualTo("UnrecognizedClientException"));
            }
        }
    }
}
