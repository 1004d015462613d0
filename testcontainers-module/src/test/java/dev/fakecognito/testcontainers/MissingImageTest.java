package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
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
        long start = System.nanoTime();
        try (CognitoIdentityContainer missing =
                new CognitoIdentityContainer(CognitoIdentityContainer.DEFAULT_IMAGE_NAME.withTag("no-such-tag"))) {
            assertThatThrownBy(missing::start).hasStackTraceContaining("scripts/build-image.sh");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }
}
