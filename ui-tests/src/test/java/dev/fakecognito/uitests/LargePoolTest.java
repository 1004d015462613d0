package dev.fakecognito.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A pool of 100,000 identities in the page: the standalone jar seeded at start ({@code --fixtures}), the
 * page shows the first page of identities and finds one by its login, one page at a time. Records how
 * long both took (no timing assertion: the figures depend on the machine and go to
 * {@code target/ui-measurements.txt} with its load).
 */
@ExtendWith(ChromiumCondition.class)
class LargePoolTest {
    static final int IDENTITIES = 100_000;
    static final String POOL = "us-east-1:0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f";

    @Test
    void showsAndSearchesAPoolOf100000Identities(@TempDir Path folder) throws Exception {
        Path fixture = folder.resolve("large.json");
        writeFixture(fixture);
        try (StandaloneJar jar = new StandaloneJar("--fixtures", fixture.toString());
                Browser browser = new Browser()) {
            URI page = jar.endpoint.resolve("/_fake/ui#/pools/" + POOL + "/identities");
            browser.open(jar.endpoint.resolve("/_fake/health")); // the browser started, nothing cached
            long start = System.nanoTime();
            browser.driver.get(page.toString());
            browser.await(By.cssSelector("tr[data-identity]"));
            long firstPageMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(browser.driver.findElements(By.cssSelector("tr[data-identity]")))
                    .hasSize(50);
            assertThat(browser.driver.findElement(By.id("identity-range")).getText())
                    .isEqualTo("1–50 of 100,000 identities");

            WebElement search = browser.driver.findElement(By.id("identity-q"));
            search.sendKeys("graph.facebook.com=user-99999");
            start = System.nanoTime();
            search.sendKeys(Keys.ENTER);
            browser.awaitText(By.id("identity-range"), "1–1 of 1 matching");
            long searchMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(browser.driver
                            .findElement(By.cssSelector("tr[data-identity]"))
                            .getText())
                    .contains("graph.facebook.com = user-99999", "dev-99999");

            long serverSearchMillis = serverSearchMillis(jar.endpoint);
            Measurements.record(
                    "pool of " + IDENTITIES + " identities",
                    "navigation to the first 50 identities rendered " + firstPageMillis
                            + " ms; search by login (Enter to the one match rendered) " + searchMillis
                            + " ms; the search endpoint alone, a scan of every identity, " + serverSearchMillis
                            + " ms");
        }
    }

    /** The search endpoint alone, the best of five calls. */
    private static long serverSearchMillis(URI endpoint) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        endpoint.resolve("/_fake/ui/api/pools/" + POOL + "/identities?field=login&q=user-99999"))
                .header("X-Fake-Cognito-Admin", "test")
                .build();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"total\":1,");
        }
        return best;
    }

    /** A JSON world: one pool whose identities each have a Facebook login and a developer user. */
    private static void writeFixture(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"identityPools\":[{\"name\":\"Large\",\"id\":\"" + POOL + "\","
                    + "\"allowUnauthenticatedIdentities\":true,"
                    + "\"supportedLoginProviders\":{\"graph.facebook.com\":\"1234567890\"},"
                    + "\"developerProviderName\":\"login.large.example\",\"identities\":[");
            for (int i = 1; i <= IDENTITIES; i++) {
                out.write((i == 1 ? "" : ",") + "{\"logins\":{\"graph.facebook.com\":\"user-" + i
                        + "\"},\"developerUserIdentifiers\":[\"dev-" + i + "\"]}");
            }
            out.write("]}]}");
        }
    }
}
