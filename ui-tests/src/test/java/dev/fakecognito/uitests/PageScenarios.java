package dev.fakecognito.uitests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/**
 * The browser page of a fake, {@code /_fake/ui}, used as a person would in headless Chromium: the same
 * scenarios against the standalone jar and the container. Each test starts from the fake reset and
 * seeded with {@code ui/world.yaml}; the page is opened afresh. Screenshots of the main views go to
 * {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ChromiumCondition.class)
abstract class PageScenarios {
    static final String SHOP = "us-east-1:5b0e7a6e-1111-4222-8333-444455556666";
    static final String ALICE = "us-east-1:aaaaaaaa-0000-0000-0000-000000000001";
    static final String MARKUP_USER = "us-east-1:aaaaaaaa-0000-0000-0000-000000000004";
    static final String MARKUP = "<script>window.__injected = true</script><img src=x onerror=window.__injected=true>";

    Browser browser;
    CognitoIdentityClient client;

    /** Where the fake listens. */
    abstract URI endpoint();

    /** The fake's admin contract, to seed it and inject faults as a test would. */
    abstract FakeAdmin admin();

    /** The prefix of this run's screenshots. */
    abstract String kind();

    /** Starts the fake, when the test class does that itself. */
    void startFake() throws Exception {}

    /** Stops it. */
    void stopFake() throws Exception {}

    @BeforeAll
    void start() throws Exception {
        startFake();
        browser = new Browser();
        client = client(endpoint());
    }

    /** An SDK client of the fake at this endpoint, without retries. */
    static CognitoIdentityClient client(URI endpoint) {
        return CognitoIdentityClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (client != null) {
                client.close();
            }
            if (browser != null) {
                browser.close();
            }
        } finally {
            stopFake();
        }
    }

    @BeforeEach
    void seed() {
        admin().reset();
        admin().seed(Fixtures.fromResource("ui/world.yaml"));
        browser.size(Browser.DESKTOP);
    }

    URI page(String fragment) {
        return endpoint().resolve("/_fake/ui" + fragment);
    }

    @Test
    void findsAPoolAndAnIdentityByItsLogin() {
        browser.open(page(""));
        WebElement shop = browser.await(By.cssSelector("tr[data-pool='" + SHOP + "'] a"));
        assertThat(browser.driver
                        .findElement(By.cssSelector("tr[data-pool='" + SHOP + "']"))
                        .getText())
                .contains(
                        "ShopApp",
                        SHOP,
                        "us-east-1",
                        "123456789012",
                        "5",
                        "2 disabled",
                        "guests allowed",
                        "graph.facebook.com",
                        "authenticated: Shop-Auth",
                        "1 role mapping",
                        "team = checkout");
        browser.screenshot(kind() + "-pools");

        // by keyboard: the link takes the focus and Enter follows it
        browser.script("arguments[0].focus()", shop);
        shop.sendKeys(Keys.ENTER);
        browser.awaitText(By.id("identity-range"), "of 5 identities");
        WebElement search = browser.driver.findElement(By.id("identity-q"));
        search.sendKeys("graph.facebook.com=alice", Keys.ENTER);
        browser.awaitText(By.id("identity-range"), "1–1 of 1 matching");
        WebElement row = browser.await(By.cssSelector("tr[data-identity='" + ALICE + "']"));
        assertThat(row.getText()).contains("graph.facebook.com = alice", "alice-dev", "active", "role/Shop-Auth");
        browser.screenshot(kind() + "-identity-found");

        search.clear();
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("identity-field")))
                .selectByValue("developer_user");
        search.sendKeys("alice-dev", Keys.ENTER);
        browser.awaitText(By.id("identity-range"), "1–1 of 1 matching");
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-identity]")))
                .singleElement()
                .satisfies(
                        found -> assertThat(found.getAttribute("data-identity")).isEqualTo(ALICE));
    }

    @Test
    void drawsTheMergesACallMade() {
        // Two developer users get identities, then MergeDeveloperIdentities merges dave's into carol's.
        String carol = developerIdentity("carol");
        String dave = developerIdentity("dave");
        client.mergeDeveloperIdentities(b -> b.identityPoolId(SHOP)
                .developerProviderName("login.shop.example")
                .sourceUserIdentifier("dave")
                .destinationUserIdentifier("carol"));

        browser.open(page("#/pools/" + SHOP + "/merges"));
        WebElement graph = browser.await(By.id("merge-graph"));
        assertThat(graph.findElements(By.cssSelector(".node.survivor")))
                .extracting(node -> node.getAttribute("data-identity"))
                .containsExactlyInAnyOrder(ALICE, carol);
        assertThat(graph.findElements(By.cssSelector(".node.merged")))
                .extracting(node -> node.getAttribute("data-identity"))
                .containsExactlyInAnyOrder(
                        "us-east-1:aaaaaaaa-0000-0000-0000-000000000002",
                        "us-east-1:aaaaaaaa-0000-0000-0000-000000000003",
                        dave);
        assertThat(graph.findElements(By.cssSelector(".edge-label")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrder("MergeDeveloperIdentities", "GetId", "MergeDeveloperIdentities");
        assertThat(browser.driver
                        .findElement(By.cssSelector("table.merges tbody tr"))
                        .getText())
                .as("the newest merge first")
                .contains(dave, carol, "MergeDeveloperIdentities");
        browser.screenshot(kind() + "-merges");

        // a node leads to the identity: the merged one is shown merged into its survivor
        browser.driver
                .findElement(By.cssSelector(".node[data-identity='" + dave + "']"))
                .click();
        browser.awaitText(By.id("identity-range"), "1–1 of 1 matching");
        assertThat(browser.driver
                        .findElement(By.cssSelector("tr[data-identity='" + dave + "']"))
                        .getText())
                .contains("merged into", carol);
    }

    private String developerIdentity(String user) {
        return client.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(SHOP).logins(Map.of("login.shop.example", user)))
                .identityId();
    }

    @Test
    void failingCallsAndInjectedFaultsAppearInTheJournalWithoutAReload() {
        browser.open(page("#/requests"));
        browser.awaitText(By.id("journal-count"), "0 of 0 calls");
        browser.script("window.__samePage = true");

        client.getId(b -> b.identityPoolId(SHOP).logins(Map.of("graph.facebook.com", "alice")));
        String backOffice = admin().snapshot().pool("BackOffice").id();
        assertThatThrownBy(() -> client.getId(b -> b.identityPoolId(backOffice)))
                .as("guests are not allowed in that pool")
                .isInstanceOf(NotAuthorizedException.class);
        String faultId = admin().inject(Fault.on("DescribeIdentityPool")
                        .error("TooManyRequestsException")
                        .times(1))
                .id();
        assertThatThrownBy(() -> client.describeIdentityPool(b -> b.identityPoolId(SHOP)))
                .as("the injected throttle")
                .isInstanceOf(TooManyRequestsException.class);

        browser.awaitText(By.id("journal-count"), "3 of 3 calls");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.journal tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText())
                .as("newest first")
                .contains("DescribeIdentityPool", "400 TooManyRequestsException", "injected " + faultId);
        assertThat(rows.get(1).getText())
                .contains("GetId", "400 NotAuthorizedException", "Unauthenticated access is not supported");
        assertThat(rows.get(2).getText()).contains("GetId", "us-east-1", "200 OK");
        assertThat(browser.script("return window.__samePage")).as("no reload").isEqualTo(true);
        assertThat(browser.driver.findElement(By.id("failed-count")).getText()).isEqualTo("2 failed");
        browser.screenshot(kind() + "-journal");

        // Enter on a row opens the call, with its body; Escape closes it and gives the focus back
        WebElement refused = rows.get(1);
        browser.script("arguments[0].focus()", refused);
        refused.sendKeys(Keys.ENTER);
        WebElement body = browser.await(By.id("request-body"));
        assertThat(body.getText()).contains("\"IdentityPoolId\": \"" + backOffice + "\"");
        assertThat(browser.driver.findElement(By.id("request-meta")).getText())
                .contains("400 NotAuthorizedException", "us-east-1", "123456789012");
        browser.screenshot(kind() + "-request");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.await(d -> !d.findElement(By.id("request-dialog")).isDisplayed());
        assertThat(browser.driver.switchTo().activeElement().getAttribute("data-sequence"))
                .isEqualTo(refused.getAttribute("data-sequence"));

        // the login token in the body is masked as the journal keeps it
        WebElement ok = browser.driver
                .findElements(By.cssSelector("table.journal tbody tr"))
                .get(2);
        ok.click();
        assertThat(browser.await(By.id("request-body")).getText())
                .contains("graph.facebook.com")
                .contains("[masked 5 characters]")
                .doesNotContain("\"alice\"");
        browser.driver.findElement(By.id("request-close")).click();

        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("journal-outcome")))
                .selectByValue("fault");
        browser.awaitText(By.id("journal-count"), "1 of 3 calls");
        assertThat(browser.driver.findElements(By.cssSelector("table.journal tbody tr")))
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains(faultId));
    }

    @Test
    void resetsTheFakeFromThePage() {
        browser.open(page(""));
        browser.await(By.cssSelector("tr[data-pool='" + SHOP + "']"));
        browser.driver.findElement(By.id("reset")).click();
        browser.await(ExpectedConditions.alertIsPresent()).accept();
        browser.awaitText(By.id("message"), "The fake was reset");
        browser.awaitText(By.id("main"), "No identity pools yet");
        assertThat(admin().snapshot().identityPools()).isEmpty();
    }

    @Test
    void showsTheFakesErrorForABrokenFixtureFileAndLoadsAGoodOne(@TempDir Path folder) throws IOException {
        admin().reset();
        browser.open(page(""));
        browser.awaitText(By.id("main"), "No identity pools yet");

        WebElement file = browser.driver.findElement(By.id("fixture-file"));
        file.sendKeys(copy("ui/broken.yaml", folder.resolve("broken.yaml")).toString());
        browser.driver.findElement(By.id("fixture-load")).click();
        browser.awaitText(By.id("message"), "refused");
        WebElement message = browser.driver.findElement(By.id("message"));
        assertThat(message.getAttribute("role")).isEqualTo("alert");
        assertThat(message.getText())
                .contains("nothing was loaded")
                .contains("broken.yaml:3:")
                .contains("allowUnauthenticatedIdentities")
                .contains("maybe");
        browser.screenshot(kind() + "-fixture-error");
        assertThat(admin().snapshot().identityPools()).isEmpty();

        file.sendKeys(copy("ui/world.yaml", folder.resolve("world.yaml")).toString());
        browser.driver.findElement(By.id("fixture-load")).click();
        browser.awaitText(By.id("message"), "Loaded world.yaml: 2 pools, 6 identities");
        browser.await(By.cssSelector("tr[data-pool='" + SHOP + "']"));
    }

    private static Path copy(String resource, Path to) throws IOException {
        try (InputStream in = PageScenarios.class.getResourceAsStream("/" + resource)) {
            Files.copy(in, to);
        }
        return to;
    }

    @Test
    void showsMarkupFromTheStateAsText() {
        browser.open(page("#/pools/" + SHOP + "/identities"));
        browser.await(By.id("identity-q")).sendKeys("script", Keys.ENTER);
        browser.awaitText(By.id("identity-range"), "1–1 of 1 matching");
        WebElement row = browser.await(By.cssSelector("tr[data-identity='" + MARKUP_USER + "']"));
        assertThat(row.getText()).contains("accounts.google.com = " + MARKUP);
        assertThat(browser.script("return window.__injected === undefined")).isEqualTo(true);
        assertThat(browser.script("return document.querySelectorAll('main script, main img').length"))
                .isEqualTo(0L);

        // an error message that echoes markup sent to the API, in the journal
        assertThatThrownBy(() -> client.describeIdentityPool(b -> b.identityPoolId(MARKUP)))
                .as("not a pool id")
                .isInstanceOf(CognitoIdentityException.class);
        browser.open(page("#/requests"));
        browser.awaitText(By.cssSelector("table.journal tbody tr"), "ValidationException");
        WebElement call = browser.driver.findElement(By.cssSelector("table.journal tbody tr"));
        assertThat(call.getText()).contains("<script>window.__injected = true</script>");
        call.click();
        assertThat(browser.await(By.id("request-body")).getText()).contains(MARKUP);
        assertThat(browser.script("return window.__injected === undefined")).isEqualTo(true);
        assertThat(browser.script(
                        "return document.querySelectorAll('main script, main img, dialog script, dialog img').length"))
                .isEqualTo(0L);
    }

    @Test
    void sendsAStrictContentSecurityPolicyAndEnforcesTrustedTypes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/_fake/ui", "/_fake/ui/app.js", "/_fake/ui/app.css")) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(endpoint().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            String policy =
                    answer.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
                    .contains("object-src 'none'", "frame-ancestors 'none'", "require-trusted-types-for 'script'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
        String html = http.send(HttpRequest.newBuilder(page("")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+=").doesNotContainPattern("(?i)<script>");

        browser.open(page(""));
        browser.await(By.cssSelector("tr[data-pool='" + SHOP + "']"));
        assertThat(
                        browser.script(
                                "try { document.body.innerHTML = '<b>markup</b>'; return 'assigned'; } catch (e) { return e.name; }"))
                .as("a string never becomes markup")
                .isEqualTo("TypeError");
    }

    @Test
    void loadsEverythingFromTheFakeAndWeighsLittle() throws IOException {
        try (Browser fresh = new Browser()) { // an empty cache: the first visit
            fresh.requestedUrls();
            fresh.open(page(""));
            fresh.await(By.cssSelector("tr[data-pool='" + SHOP + "']"));
            Map<String, Object> weight = fresh.json("""
                    const nav = performance.getEntriesByType('navigation')[0];
                    const res = performance.getEntriesByType('resource');
                    const files = res.filter(r => r.initiatorType !== 'fetch');
                    const data = res.filter(r => r.initiatorType === 'fetch');
                    const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
                    return { pageTransferred: nav.transferSize + sum(files, 'transferSize'),
                             pageDecoded: nav.decodedBodySize + sum(files, 'decodedBodySize'),
                             files: files.length + 1,
                             dataTransferred: sum(data, 'transferSize'), dataCalls: data.length };
                    """);
            List<String> urls = fresh.requestedUrls();
            String origin = endpoint().toString().replaceAll("/$", "");
            assertThat(urls)
                    .as("every request but the browser's own (chrome:, about:)")
                    .filteredOn(url -> !url.startsWith("chrome:") && !url.startsWith("about:"))
                    .isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith(origin + "/_fake/"));
            assertThat(fresh.consoleMessages())
                    .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused"));
            long transferred = ((Number) weight.get("pageTransferred")).longValue();
            assertThat(transferred).as("the page's files on first load").isBetween(1_000L, 60_000L);
            Measurements.record(
                    kind() + " page weight",
                    "first load, empty cache: page files " + weight.get("files") + " requests, " + transferred
                            + " bytes transferred (" + weight.get("pageDecoded") + " bytes decoded); data "
                            + weight.get("dataCalls") + " calls, " + weight.get("dataTransferred")
                            + " bytes transferred; every request to " + origin + "/_fake/");
        }
    }

    @Test
    void fitsThe1280ScreenAndAPhoneWithoutSidewaysScrolling() {
        for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
            browser.size(size);
            for (String view :
                    List.of("", "#/pools/" + SHOP + "/identities", "#/pools/" + SHOP + "/merges", "#/requests")) {
                browser.open(page(view));
                browser.await(By.cssSelector("main h2"));
                browser.await(d -> d.findElements(By.cssSelector("main table, #merge-graph, main p"))
                                .size()
                        > 1);
                if (view.contains("identities")) {
                    browser.await(By.cssSelector("tr[data-identity]"));
                }
                Long overflow = (Long) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow)
                        .as("sideways overflow of %s at %s (a 300-character login in it)", view, size)
                        .isLessThanOrEqualTo(0L);
            }
        }
        browser.open(page("#/pools/" + SHOP + "/identities"));
        browser.await(By.cssSelector("tr[data-identity]"));
        browser.screenshot(kind() + "-phone-identities");
    }
}
