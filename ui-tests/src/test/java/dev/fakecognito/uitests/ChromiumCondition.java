package dev.fakecognito.uitests;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests only where Debian's Chromium and its driver are installed (nothing is ever
 * downloaded at run time). Without them the tests are skipped with the reason, except on CI
 * ({@code CI=true}), where that is a failure: CI must run them.
 */
public final class ChromiumCondition implements ExecutionCondition {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(binary)) {
                String reason = binary + " is missing (apt-get install -y chromium chromium-driver)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("CI=true, so the browser tests must run, but " + reason);
                }
                return ConditionEvaluationResult.disabled("Browser tests skipped: " + reason);
            }
        }
        return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
    }
}
