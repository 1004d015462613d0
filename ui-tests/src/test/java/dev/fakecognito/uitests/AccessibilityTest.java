package dev.fakecognito.uitests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.fixtures.Fixtures;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * axe-core (npm, pinned in this module's package-lock.json) audits every view of the browser page
 * {@code /_fake/ui} of the standalone jar in headless Chromium, at the WCAG 2.x A and AA rules and axe's
 * best practices: no serious or critical violation may remain. Each view's report goes to
 * {@code target/axe/<view>.json}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({ChromiumCondition.class, NodeCondition.class})
class AccessibilityTest {
    private static final String SHOP = PageScenarios.SHOP;

    private StandaloneJar jar;
    private Browser browser;
    private Axe axe;

    @BeforeAll
    void start() throws Exception {
        axe = new Axe();
        jar = new StandaloneJar();
        FakeAdminClient admin = FakeAdminClient.connect(jar.endpoint);
        admin.seed(Fixtures.fromResource("ui/world.yaml"));
        // one failed call, so that the journal shows its error styling too
        try (var client = PageScenarios.client(jar.endpoint)) {
            assertThatThrownBy(() -> client.describeIdentityPool(
                            b -> b.identityPoolId("us-east-1:00000000-0000-0000-0000-000000000000")))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
        browser = new Browser();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (jar != null) {
                jar.close();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "pools",
                "pool identities",
                "pool identities searched",
                "pool merges",
                "pool configuration",
                "request journal",
                "request details dialog",
                "phone: pool identities"
            })
    void theViewHasNoSeriousOrCriticalViolations(String view) {
        browser.size(view.startsWith("phone") ? Browser.PHONE : Browser.DESKTOP);
        switch (view) {
            case "pools" -> open("", By.cssSelector("tr[data-pool]"));
            case "pool identities", "phone: pool identities" ->
                open("#/pools/" + SHOP + "/identities", By.cssSelector("tr[data-identity]"));
            case "pool identities searched" ->
                open("#/pools/" + SHOP + "/identities?q=alice", By.cssSelector("tr[data-identity]"));
            case "pool merges" -> open("#/pools/" + SHOP + "/merges", By.cssSelector("#merge-graph, main table"));
            case "pool configuration" ->
                open("#/pools/" + SHOP + "/configuration", By.cssSelector("main dl, main table"));
            case "request journal" -> open("#/requests", By.cssSelector("main table tbody tr"));
            case "request details dialog" -> {
                open("#/requests", By.cssSelector("main table tbody tr"));
                browser.driver
                        .findElement(By.cssSelector("main table tbody tr.row"))
                        .click();
                browser.await(d -> (Boolean) browser.script("return document.getElementById('request-dialog').open"));
            }
            default -> throw new IllegalArgumentException(view);
        }

        assertThat(axe.seriousOrCritical(browser, view))
                .as("axe-core's serious and critical violations on %s", view)
                .isEmpty();
    }

    private void open(String fragment, By ready) {
        browser.open(URI.create(jar.endpoint + "/_fake/ui" + fragment));
        browser.await(ready);
    }
}
