package dev.fakecognito.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.model.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The web app sample ({@code samples/web-app}: a page with a bundled Amplify v6) in headless Chromium,
 * served from its own origin, with cognito-local as the user pool and the standalone jar as the identity
 * pool: every call Amplify's {@code fetch} makes to either crosses origins, so each CORS preflight
 * ({@code content-type}, {@code x-amz-target}, {@code x-amz-user-agent}, {@code cache-control}) must pass.
 * The fake verifies the ID tokens with the emulator's key given in the sample's fixture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({ChromiumCondition.class, NodeCondition.class})
class WebAppSampleTest {
    private WebAppStack stack;
    private WebAppServer site;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        stack = new WebAppStack(false);
        site = new WebAppServer(new ObjectMapper().writeValueAsString(stack.amplifyConfig()));
        browser = new Browser();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (site != null) {
                site.close();
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @BeforeEach
    void openTheApp() {
        browser.open(site.url());
        browser.awaitText(By.id("status"), "Ready.");
        browser.consoleMessages(); // start each test with an empty console log
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    /** Clicks and waits until the page has finished that action. */
    private void act(Runnable action) {
        String before = browser.driver.findElement(By.tagName("body")).getAttribute("data-updates");
        action.run();
        browser.await(d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-updates")));
    }

    private void click(String id) {
        act(() -> browser.driver.findElement(By.id(id)).click());
    }

    private void signIn(String email, String password) {
        browser.driver.findElement(By.id("email")).clear();
        browser.driver.findElement(By.id("email")).sendKeys(email);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        act(() -> browser.driver.findElement(By.cssSelector("#sign-in button")).click());
    }

    @Test
    void aGuestGetsCredentialsFromTheFakeAcrossOriginsAndKeepsItsIdentityOnARefresh() {
        click("guest");

        assertThat(text("error")).isEmpty();
        assertThat(text("status")).isEqualTo("Guest credentials received.");
        String guest = text("identity-id");
        assertThat(guest).startsWith("us-east-1:");
        String key = text("access-key");
        assertThat(key).startsWith("ASIA");

        click("refresh");
        assertThat(text("identity-id")).isEqualTo(guest);
        assertThat(text("access-key")).startsWith("ASIA").isNotEqualTo(key);
        assertThat(stack.pool().identity(guest).lastRole()).isEqualTo(WebAppStack.GUEST_ROLE);
        List<String> calls = stack.admin.requests().forOperation("GetCredentialsForIdentity").stream()
                .map(RecordedRequest::requestBody)
                .filter(body -> body.contains(guest))
                .toList();
        assertThat(calls).hasSize(2); // the first session, then the refresh: both from the browser
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("CORS"));

        click("sign-out");
        assertThat(text("identity-id")).isEqualTo("none yet");
    }

    @Test
    void aSignedInUserGetsItsMappedRoleAndTheSameIdentityAfterSigningOutAndInAgain() {
        signIn("alice@example.com", "Alice-passw0rd");

        assertThat(text("error")).isEmpty();
        assertThat(text("status")).isEqualTo("Signed in; credentials received.");
        assertThat(text("user")).isEqualTo("alice@example.com");
        String identityId = text("identity-id");
        assertThat(identityId).isEqualTo(stack.identityOf(WebAppStack.ALICE_SUB).id());
        assertThat(stack.identityOf(WebAppStack.ALICE_SUB).lastRole()).isEqualTo(WebAppStack.EDITOR_ROLE);

        click("sign-out");
        assertThat(text("user")).isEqualTo("nobody (guest)");
        signIn("alice@example.com", "Alice-passw0rd");
        assertThat(text("identity-id")).isEqualTo(identityId);
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("CORS"));
        click("sign-out");
    }

    @Test
    void theSamplePageHasNoSeriousOrCriticalAccessibilityViolations() {
        Axe axe = new Axe();
        assertThat(axe.seriousOrCritical(browser, "web app sample")).isEmpty();
        signIn("bob@example.com", "not-bob's-password"); // the error shown
        assertThat(axe.seriousOrCritical(browser, "web app sample with an error"))
                .isEmpty();
    }

    @Test
    void aWrongPasswordIsShownAndLeavesTheUserSignedOut() {
        signIn("bob@example.com", "not-bob's-password");

        assertThat(text("status")).isEqualTo("Signing in failed.");
        assertThat(text("error")).containsIgnoringCase("password");
        assertThat(text("user")).isEqualTo("nobody (guest)");
    }
}
