package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/** What the container is configured with, before any start: these need no Docker engine. */
class CognitoIdentityContainerConfigurationTest {

    @Test
    void defaultImageIsThisVersionNeverLatest() {
        assertThat(CognitoIdentityContainer.DEFAULT_TAG)
                .matches("\\d+\\.\\d+\\.\\d+.*")
                .isNotEqualTo("latest");
        assertThat(CognitoIdentityContainer.DEFAULT_IMAGE_NAME.asCanonicalNameString())
                .isEqualTo("fakecognito/fake-cognito-identity:latest"); // the repository; the tag is added
    }

    @Test
    void defaultImageNameNamesNoRegistryHostSoItCanBePushedToDockerHub() {
        // "dev.fakecognito/..." was read as an image on a registry host called dev.fakecognito.
        assertThat(CognitoIdentityContainer.DEFAULT_IMAGE_NAME.getRegistry()).isEmpty();
        assertThat(CognitoIdentityContainer.DEFAULT_IMAGE_NAME.getRepository())
                .isEqualTo("fakecognito/fake-cognito-identity");
    }

    @Test
    void defaultsAreUsEast1AndTheDefaultAccount() {
        try (CognitoIdentityContainer cognito = new CognitoIdentityContainer()) {
            assertThat(cognito.getRegion()).isEqualTo("us-east-1");
            assertThat(cognito.getAccountId()).isEqualTo("123456789012");
            assertThat(cognito.getExposedPorts()).containsExactly(9230);
            assertThat(cognito.getEnvMap())
                    .containsEntry("FAKE_COGNITO_HOST", "0.0.0.0")
                    .doesNotContainKeys("FAKE_COGNITO_FIXTURES", "FAKE_COGNITO_LOG_LEVEL");
        }
    }

    @Test
    void gettersReadTheEnvironmentTheWithMethodsWrite() {
        try (CognitoIdentityContainer cognito = new CognitoIdentityContainer()
                .withRegion("eu-west-1")
                .withAccountId("111122223333")
                .withLogLevel("WARN")
                .withIssuer("https://issuer.example")) {
            assertThat(cognito.getRegion()).isEqualTo("eu-west-1");
            assertThat(cognito.getAccountId()).isEqualTo("111122223333");
            assertThat(cognito.getEnvMap())
                    .containsEntry("FAKE_COGNITO_REGION", "eu-west-1")
                    .containsEntry("FAKE_COGNITO_ACCOUNT_ID", "111122223333")
                    .containsEntry("FAKE_COGNITO_LOG_LEVEL", "warn")
                    .containsEntry("FAKE_COGNITO_ISSUER", "https://issuer.example");
            cognito.withEnv("FAKE_COGNITO_REGION", "sa-east-1");
            assertThat(cognito.getRegion()).isEqualTo("sa-east-1");
        }
    }

    @Test
    void adminProtectionsAreWrittenToTheEnvironment() {
        try (CognitoIdentityContainer cognito = new CognitoIdentityContainer()
                .withAdminToken("s3cret")
                .withoutAdminEndpoints()
                .withAllowedHosts("cognito", "fake.example")) {
            assertThat(cognito.getEnvMap())
                    .containsEntry("FAKE_COGNITO_ADMIN_TOKEN", "s3cret")
                    .containsEntry("FAKE_COGNITO_NO_ADMIN", "true");
            assertThatThrownBy(() -> cognito.withAdminToken(" ")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void fixturesAreNamedInTheEnvironment() {
        try (CognitoIdentityContainer cognito =
                new CognitoIdentityContainer().withFixtures(MountableFile.forClasspathResource("cognito/world.yaml"))) {
            assertThat(cognito.getEnvMap())
                    .containsEntry("FAKE_COGNITO_FIXTURES", CognitoIdentityContainer.FIXTURES_PATH);
        }
    }

    @Test
    void anotherImageIsRefused() {
        assertThatThrownBy(() -> new CognitoIdentityContainer("nginx:1.25"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fakecognito/fake-cognito-identity");
    }

    @Test
    void aDeclaredSubstituteIsAccepted() {
        DockerImageName mirrored = DockerImageName.parse("registry.example/tools/cognito:1.0")
                .asCompatibleSubstituteFor("fakecognito/fake-cognito-identity");
        // getDockerImageName() would resolve (pull) the image: only the constructor's check is tested
        assertThatCode(() -> new CognitoIdentityContainer(mirrored).close()).doesNotThrowAnyException();
    }

    @Test
    void signaturesAndCredentialsGoToTheEnvironment() {
        try (CognitoIdentityContainer open = new CognitoIdentityContainer();
                CognitoIdentityContainer strict = new CognitoIdentityContainer()
                        .withRequireSignatures()
                        .withCredentials("AKIAFIRST", "first/secret+1")
                        .withCredentials("AKIASECOND", "second")) {
            assertThat(open.requiresSignatures()).isFalse();
            assertThat(open.getAccessKeyId()).isEqualTo("test");
            assertThat(open.getSecretAccessKey()).isEqualTo("test");
            assertThat(strict.getEnvMap())
                    .containsEntry("FAKE_COGNITO_REQUIRE_SIGNATURES", "true")
                    .containsEntry("FAKE_COGNITO_CREDENTIALS", "AKIAFIRST:first/secret+1,AKIASECOND:second");
            assertThat(strict.requiresSignatures()).isTrue();
            assertThat(strict.getAccessKeyId()).isEqualTo("AKIAFIRST");
            assertThat(strict.getSecretAccessKey()).isEqualTo("first/secret+1");
        }
    }

    @Test
    void malformedCredentialsOrCredentialsWithoutSignaturesAreRefused() {
        try (CognitoIdentityContainer cognito = new CognitoIdentityContainer()) {
            assertThatThrownBy(() -> cognito.withCredentials("AKIA:COLON", "secret"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("access key id");
            assertThatThrownBy(() -> cognito.withCredentials("AKIAOK", "with,comma"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("with,comma");
            cognito.withCredentials("AKIAOK", "secret");
            assertThatThrownBy(cognito::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("withRequireSignatures()");
        }
    }

    @Test
    void unknownLogLevelIsRefused() {
        try (CognitoIdentityContainer cognito = new CognitoIdentityContainer()) {
            assertThatThrownBy(() -> cognito.withLogLevel("verbose"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("verbose");
        }
    }
}
