package dev.fakecognito.assertj;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Builds the {@link Scenario} once per test class; tests only read it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScenarioTestBase {
    Scenario s;

    @BeforeAll
    void buildScenario() {
        s = new Scenario();
    }

    @AfterAll
    void closeScenario() {
        s.close();
    }
}
