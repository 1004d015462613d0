package dev.fakecognito.uitests;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the tests of real npm packages (Amplify, cognito-local, axe-core) only where Node.js and npm are on
 * the {@code PATH}. Without them the tests are skipped with the reason, except on CI ({@code CI=true}),
 * where that is a failure: CI must run them ({@code .ci/run} installs Node.js when it is missing).
 */
public final class NodeCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        for (String tool : new String[] {"node", "npm"}) {
            if (Npm.onPath(tool) == null) {
                String reason = tool + " is not on the PATH (apt-get install -y nodejs npm)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("CI=true, so the Node.js tests must run, but " + reason);
                }
                return ConditionEvaluationResult.disabled("Node.js tests skipped: " + reason);
            }
        }
        return ConditionEvaluationResult.enabled("node and npm are on the PATH");
    }
}
