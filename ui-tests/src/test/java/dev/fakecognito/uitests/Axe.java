package dev.fakecognito.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (npm, pinned in this module's package-lock.json) run in the page a {@link Browser} shows, at
 * the WCAG 2.x A and AA rules and axe's best practices. Each report goes to {@code target/axe/<name>.json}.
 */
final class Axe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: "
            + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
            + ".then(r => done(JSON.stringify({violations: r.violations, passes: r.passes.length})))"
            + ".catch(e => done(JSON.stringify({error: String(e)})));";

    private final String source;

    Axe() {
        try {
            source = Files.readString(Npm.installed(Npm.uiTests()).resolve("node_modules/axe-core/axe.min.js"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Audits the page as it is now; returns each serious or critical violation, described. */
    List<String> seriousOrCritical(Browser browser, String name) {
        browser.script(source);
        String result = (String) browser.driver.executeAsyncScript(RUN);
        try {
            JsonNode report = JSON.readTree(result);
            assertThat(report.path("error").isMissingNode())
                    .as("axe-core ran: %s", report)
                    .isTrue();
            assertThat(report.path("passes").asInt())
                    .as("axe-core checked rules")
                    .isPositive();
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"))
                    .resolveSibling("axe");
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve(name.replaceAll("[^a-z]+", "-") + ".json"),
                    JSON.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(Map.of("page", name, "violations", report.path("violations"))));
            List<String> severe = new ArrayList<>();
            for (JsonNode violation : report.path("violations")) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    violation
                            .path("nodes")
                            .forEach(node -> targets.add(node.path("target").toString()));
                    severe.add(impact + " " + violation.path("id").asText() + ": "
                            + violation.path("help").asText() + " at " + targets);
                }
            }
            return severe;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
