package dev.fakecognito.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The commands of docs/web-app-with-amplify.md, run as a reader runs them in {@code samples/web-app}:
 * {@code npm run user-pool}, {@code npm run fake} and {@code npm run start}, on the documented ports
 * (9229, 9230, 8080), then the page in Chromium signs in as alice. Skipped when one of those ports is
 * taken on this machine (a failure on CI, where nothing else runs).
 */
@ExtendWith({ChromiumCondition.class, NodeCondition.class})
class WebAppDocumentedCommandsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theDocumentedCommandsStartTheStackAndAliceSignsIn() throws Exception {
        for (int port : new int[] {8080, 9229, 9230}) {
            boolean free = isFree(port);
            if (!free && "true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true, but port " + port + " is taken");
            }
            Assumptions.assumeTrue(free, "port " + port + " is taken on this machine");
        }
        Path app = Npm.installed(Npm.webApp());
        deleteTree(app.resolve(".local")); // a fresh copy of the emulator's data
        List<Process> started = new ArrayList<>();
        try {
            started.add(npmRun(app, "user-pool"));
            started.add(npmRun(app, "fake"));
            started.add(npmRun(app, "start"));
            awaitOk(URI.create("http://localhost:9229/local_webapp/.well-known/jwks.json"));
            awaitOk(URI.create("http://localhost:9230/_fake/health"));
            awaitOk(URI.create("http://127.0.0.1:8080/"));

            try (Browser browser = new Browser()) {
                browser.open(URI.create("http://127.0.0.1:8080/"));
                browser.awaitText(By.id("status"), "Ready.");
                browser.driver.findElement(By.id("email")).sendKeys("alice@example.com");
                browser.driver.findElement(By.id("password")).sendKeys("Alice-passw0rd");
                browser.driver.findElement(By.cssSelector("#sign-in button")).click();
                browser.await(d -> d.findElement(By.tagName("body"))
                        .getAttribute("data-updates")
                        .equals("1"));

                assertThat(browser.driver.findElement(By.id("error")).getText()).isEmpty();
                assertThat(browser.driver.findElement(By.id("status")).getText())
                        .isEqualTo("Signed in; credentials received.");
                assertThat(browser.driver.findElement(By.id("identity-id")).getText())
                        .startsWith("us-east-1:");
                browser.screenshot("web-app-signed-in");
            }
        } finally {
            for (Process process : started) {
                stop(process);
            }
            deleteTree(app.resolve(".local"));
        }
    }

    private static Process npmRun(Path app, String script) throws IOException {
        Path log = Files.createTempFile("npm-run-" + script + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Npm.onPath("npm").toString(), "run", script)
                .directory(app.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("NODE_NO_WARNINGS", "1");
        // npm run puts node_modules/.bin first; java is the one running these tests
        builder.environment()
                .put(
                        "PATH",
                        Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
        return builder.start();
    }

    private static void awaitOk(URI uri) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (HTTP.send(
                                        HttpRequest.newBuilder(uri)
                                                .timeout(Duration.ofSeconds(2))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(uri + " did not answer 200 in 90 s");
    }

    /** Stops what {@code npm run} started (its shell and the program), then npm. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        for (ProcessHandle child : children) {
            child.onExit()
                    .toCompletableFuture()
                    .completeOnTimeout(null, 10, java.util.concurrent.TimeUnit.SECONDS)
                    .join();
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
