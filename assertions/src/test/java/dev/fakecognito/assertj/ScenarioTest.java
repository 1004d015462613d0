package dev.fakecognito.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** The scenario is what the other tests think it is (checked without the assertions under test). */
class ScenarioTest extends ScenarioTestBase {

    @Test
    void worldIsAsDescribed() {
        String yaml = Fixtures.toYaml(s.fake.snapshot());
        assertThat(s.zed).isNotEqualTo(s.alice);
        assertThat(s.carol).isNotEqualTo(s.bob);
        assertThat(s.fake.snapshot().pool("MobileApp").identities()).hasSize(5);
        assertThat(yaml).contains("mergedInto: " + s.alice, "mergedInto: " + s.bob, "lastRole: " + Scenario.AUTH_ROLE);
    }
}
