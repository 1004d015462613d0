package dev.fakecognito.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs container tests only where a Docker engine answers and the image is built. Without them the
 * tests are skipped with the reason, except on CI ({@code CI=true}), where that is a failure: CI must
 * run them. Shared with the samples' container tests through this module's test jar.
 */
public final class DockerAndImageCondition implements ExecutionCondition {
    static final String IMAGE = CognitoIdentityContainer.DEFAULT_IMAGE_NAME
            .withTag(CognitoIdentityContainer.DEFAULT_TAG)
            .asCanonicalNameString();

    /** Enabled when Docker answers and the image is built; skipped otherwise, or failed when {@code CI=true}. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return skipOrFail("no Docker engine answers (start one, e.g. bash ../shared/docker/start-dockerd.sh)");
        }
        try {
            DockerClientFactory.lazyClient().inspectImageCmd(IMAGE).exec();
        } catch (NotFoundException e) {
            return skipOrFail("the image " + IMAGE + " is not built (run scripts/build-image.sh)");
        }
        return ConditionEvaluationResult.enabled("Docker answers and " + IMAGE + " is built");
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static ConditionEvaluationResult skipOrFail(String reason) {
        if (onCi()) {
            throw new IllegalStateException("CI=true, so the container tests must run, but " + reason);
        }
        return ConditionEvaluationResult.disabled("Container tests skipped: " + reason);
    }
}
