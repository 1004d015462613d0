package dev.fakecognito.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import dev.fakecognito.testcontainers.DockerAndImageCondition;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The page of the fake in its container image, reached through the published port. */
@ExtendWith(DockerAndImageCondition.class)
@Testcontainers
class ContainerPageTest extends PageScenarios {
    @Container
    static CognitoIdentityContainer cognito = new CognitoIdentityContainer();

    @Override
    URI endpoint() {
        return cognito.endpoint();
    }

    @Override
    FakeAdmin admin() {
        return cognito;
    }

    @Override
    String kind() {
        return "container";
    }

    @Test
    void aReadOnlyPageHidesResetAndFixtureLoading() {
        try (CognitoIdentityContainer readOnly = new CognitoIdentityContainer().withUiReadOnly(true)) {
            readOnly.start();
            readOnly.seed("identityPools: [ { name: Watched } ]");
            browser.open(readOnly.endpoint().resolve("/_fake/ui"));
            browser.awaitText(By.id("main"), "Watched");
            assertThat(browser.driver.findElement(By.id("actions")).isDisplayed())
                    .as("read-only: no reset, no fixture loading")
                    .isFalse();
        }
    }
}
