package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** The default image is never pulled: without it, start fails at once and says how to build it. */
class MissingImageTest {

    @Test
    void missingDefaultImageFailsFastWithTheBuildCommand() {
        if (!DockerAndImageCondition.onCi()) {
            assumeTrue(
                    DockerClientFactory.instance().isDockerAvailable(),
                    "Container tests skipped: no Docker engine answers");
        }
        try (CognitoIdentityContainer missing =
                new CognitoIdentityContainer(CognitoIdentityContainer.DEFAULT_IMAGE_NAME.withTag("no-such-tag"))) {
            // The local-only pull policy refused it: no pull was tried (a pull of a name no registry holds
            // fails only after minutes of retries).
            assertThatThrownBy(missing::start)
                    .hasStackTraceContaining("is not in the local Docker engine, and it is not pulled")
                    .hasStackTraceContaining("scripts/build-image.sh");
        }
    }
}
