package dev.fakecognito.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FakeAdminClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The page of the standalone jar ({@code fake-server/target/*-standalone.jar}, run with {@code java -jar}),
 * and what only the jar's options show: the banner's link, an admin token the page asks for, and the
 * read-only page.
 */
class StandaloneJarPageTest extends PageScenarios {
    private StandaloneJar jar;
    private FakeAdminClient admin;

    @Override
    void startFake() throws Exception {
        jar = new StandaloneJar();
        admin = FakeAdminClient.connect(jar.endpoint);
    }

    @Override
    void stopFake() throws InterruptedException {
        if (jar != null) {
            jar.close();
        }
    }

    @Override
    URI endpoint() {
        return jar.endpoint;
    }

    @Override
    FakeAdmin admin() {
        return admin;
    }

    @Override
    String kind() {
        return "jar";
    }

    @Test
    void theBannerLinksThePage() {
        assertThat(jar.banner()).endsWith("; UI at " + jar.endpoint + "/_fake/ui");
    }

    @Test
    void withoutAdminEndpointsThereIsNoPageAndTheBannerNamesNone() throws Exception {
        try (StandaloneJar closed = new StandaloneJar("--admin-endpoints=false")) {
            assertThat(closed.banner()).doesNotContain("/_fake/ui");
            HttpClient http = HttpClient.newHttpClient();
            assertThat(status(http, closed.endpoint.resolve("/_fake/ui"))).isEqualTo(404);
            assertThat(status(http, closed.endpoint.resolve("/_fake/ui/app.js")))
                    .isEqualTo(404);
        }
    }

    @Test
    void followsAFakeRestartedAtTheSameAddressWithoutAReload() throws Exception {
        int port;
        try (StandaloneJar first = new StandaloneJar()) {
            port = first.endpoint.getPort();
            FakeAdminClient.connect(first.endpoint).seed("identityPools: [ { name: First } ]");
            try (CognitoIdentityClient cognito = client(first.endpoint)) {
                for (int i = 0; i < 3; i++) {
                    cognito.listIdentityPools(b -> b.maxResults(10));
                }
            }
            browser.open(first.endpoint.resolve("/_fake/ui#/requests"));
            browser.awaitText(By.id("journal-count"), "3 of 3 calls");
            browser.script("window.__samePage = true");
        }
        try (StandaloneJar second = new StandaloneJar("--port", String.valueOf(port));
                CognitoIdentityClient cognito = client(second.endpoint)) {
            cognito.listIdentityPools(b -> b.maxResults(20));
            browser.awaitText(By.id("journal-count"), "1 of 1 calls");
            assertThat(browser.script("return window.__samePage")).isEqualTo(true);
        }
    }

    @Test
    void asksForTheAdminTokenAndHidesWritesWhenReadOnly() throws Exception {
        try (StandaloneJar guarded = new StandaloneJar("--admin-token", "s3cret", "--ui-read-only")) {
            HttpClient http = HttpClient.newHttpClient();
            assertThat(status(http, guarded.endpoint.resolve("/_fake/ui"))).isEqualTo(200);
            assertThat(status(http, guarded.endpoint.resolve("/_fake/ui/api/pools")))
                    .isEqualTo(401);
            FakeAdminClient.connect(guarded.endpoint, "s3cret").seed("identityPools: [ { name: Guarded } ]");

            browser.open(guarded.endpoint.resolve("/_fake/ui"));
            browser.await(By.id("token-input")).sendKeys("wrong", Keys.ENTER);
            browser.awaitText(By.id("token-reason"), "was refused");
            browser.driver.findElement(By.id("token-input")).sendKeys("s3cret", Keys.ENTER);
            browser.awaitText(By.id("main"), "Guarded");
            assertThat(browser.driver.findElement(By.id("token-form")).isDisplayed())
                    .isFalse();
            assertThat(browser.driver.findElement(By.id("actions")).isDisplayed())
                    .as("read-only: no reset, no fixture loading")
                    .isFalse();
            assertThat(browser.script("return sessionStorage.getItem('fake-cognito-admin-token')"))
                    .isEqualTo("s3cret");
        } finally {
            browser.script("sessionStorage.clear()");
        }
    }

    private static int status(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
