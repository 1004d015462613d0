package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.Fixtures;
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
            assertThat(cognito.region()).isEqualTo("us-east-1");
            assertThat(cognito.accountId()).isEqualTo("123456789012");
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
            assertThat(cognito.region()).isEqualTo("eu-west-1");
            assertThat(cognito.accountId()).isEqualTo("111122223333");
            assertThat(cognito.getEnvMap())
                    .containsEntry("FAKE_COGNITO_REGION", "eu-west-1")
                    .containsEntry("FAKE_COGNITO_ACCOUNT_ID", "111122223333")
                    .containsEntry("FAKE_COGNITO_LOG_LEVEL", "warn")
                    .containsEntry("FAKE_COGNITO_ISSUER", "https://issuer.example");
            cognito.withEnv("FAKE_COGNITO_REGION", "sa-east-1");
            assertThat(cognito.region()).isEqualTo("sa-east-1");
        }
    }

    @Test
    void adminProtectionsAreWrittenToTheEnvironment() {
        try (CognitoIdentityContainer cognito = new CognitoIdentityContainer()
                .withAdminToken("s3cret")
                .withAdminEndpoints(false)
                .withAllowedHosts("cognito", "fake.example")) {
            assertThat(cognito.getEnvMap())
                    .containsEntry("FAKE_COGNITO_ADMIN_TOKEN", "s3cret")
                    .containsEntry("FAKE_COGNITO_ADMIN_ENDPOINTS", "false");
            assertThatThrownBy(() -> cognito.withAdminToken(" ")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void fixturesAddUpAndAreNamedInTheEnvironmentInOrder() {
        try (CognitoIdentityContainer cognito = new CognitoIdentityContainer()
                .withFixtures(MountableFile.forClasspathResource("cognito/world.yaml"))
                .withFixtures(Fixtures.fromString("identityPools: [{name: Extra}]"))) {
            assertThat(cognito.getEnvMap())
                    .containsEntry("FAKE_COGNITO_FIXTURES", "/fixtures/1-world.yaml,/fixtures/2-_string_");
            assertThat(cognito.getCopyToFileContainerPathMap()).containsValue("/fixtures/1-world.yaml");
        }
    }

    @Test
    void aBadValueIsRefusedAtOnceNamingTheMethod() {
        try (CognitoIdentityContainer cognito = new CognitoIdentityContainer()) {
            assertThatThrownBy(() -> cognito.withRegion("eu-west"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("withRegion: not an AWS region name: 'eu-west'");
            assertThatThrownBy(() -> cognito.withAccountId("12"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("withAccountId: an account id has 12 digits, got '12'");
            assertThatThrownBy(() -> cognito.withJournalSize(-1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("withJournalSize: the journal size must be >= 0, got -1");
            assertThat(cognito.getEnvMap()).doesNotContainKeys("FAKE_COGNITO_REGION", "FAKE_COGNITO_ACCOUNT_ID");
        }
    }

    @Test
    void everyBooleanSettingIsAValueBothWays() {
        try (CognitoIdentityContainer cognito = new CognitoIdentityContainer()
                .withKeepLoginTokens(true)
                .withUiReadOnly(true)
                .withAdminEndpoints(true)
                .withRequireSignatures(false)
                .withJournalSize(10)) {
            assertThat(cognito.getEnvMap())
                    .containsEntry("FAKE_COGNITO_KEEP_LOGIN_TOKENS", "true")
                    .containsEntry("FAKE_COGNITO_UI_READ_ONLY", "true")
                    .containsEntry("FAKE_COGNITO_ADMIN_ENDPOINTS", "true")
                    .containsEntry("FAKE_COGNITO_REQUIRE_SIGNATURES", "false")
                    .containsEntry("FAKE_COGNITO_JOURNAL_SIZE", "10");
            assertThat(cognito.requiresSignatures()).isFalse();
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
                        .withRequireSignatures(true)
                        .withCredentials("AKIAFIRST", "first/secret+1")
                        .withCredentials("AKIASECOND", "second")) {
            assertThat(open.requiresSignatures()).isFalse();
            assertThat(open.accessKeyId()).isEqualTo("test");
            assertThat(open.secretAccessKey()).isEqualTo("test");
            assertThat(strict.getEnvMap())
                    .containsEntry("FAKE_COGNITO_REQUIRE_SIGNATURES", "true")
                    .containsEntry("FAKE_COGNITO_CREDENTIALS", "AKIAFIRST:first/secret+1,AKIASECOND:second");
            assertThat(strict.requiresSignatures()).isTrue();
            assertThat(strict.accessKeyId()).isEqualTo("AKIAFIRST");
            assertThat(strict.secretAccessKey()).isEqualTo("first/secret+1");
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
                    .hasMessageContaining("withRequireSignatures(true)");
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
