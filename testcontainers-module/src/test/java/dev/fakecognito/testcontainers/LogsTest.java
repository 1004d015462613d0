package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;

/** The fake's output forwarded to SLF4J, at the level set with {@code withLogLevel}. */
@ContainerTest
class LogsTest {
    static final RecordingLogger infoLogs = new RecordingLogger("cognito-info");
    static final RecordingLogger debugLogs = new RecordingLogger("cognito-debug");

    @Container
    static CognitoIdentityContainer atInfo = new CognitoIdentityContainer().withSlf4jLogs(infoLogs);

    @Container
    static CognitoIdentityContainer atDebug =
            new CognitoIdentityContainer().withLogLevel("debug").withSlf4jLogs(debugLogs);

    @Test
    void startBannerReachesTheSlf4jLogger() {
        List<String> lines = await(infoLogs, line -> line.contains("listening on"));

        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("INFO STDOUT: ")
                        .contains("Fake Cognito Identity", "listening on http://", "region us-east-1"));
    }

    @Test
    void debugLevelShowsDebugLinesThatInfoLevelHides() {
        await(debugLogs, line -> line.contains("listening on"));
        await(infoLogs, line -> line.contains("listening on"));

        assertThat(debugLogs.lines()).anyMatch(line -> line.contains(" DEBUG "));
        assertThat(infoLogs.lines()).noneMatch(line -> line.contains(" DEBUG "));
    }

    /** The lines once one matches (the banner may follow the first healthy answer by a moment). */
    private static List<String> await(RecordingLogger logger, Predicate<String> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (logger.lines().stream().noneMatch(wanted) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return logger.lines();
    }
}
