package dev.fakecognito.samples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.Test;

/** The messages docs/help/troubleshooting.md quotes. */
class TroubleshootingTest {

    @Test
    void portInUse() {
        try (FakeCognitoIdentity first = FakeCognitoIdentity.builder().start();
                FakeCognitoIdentity second =
                        FakeCognitoIdentity.builder().port(first.port()).build()) {
            assertThatThrownBy(second::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot listen on 127.0.0.1:" + first.port() + ": Address already in use");
        }
    }

    @Test
    void fixtureError() {
        assertThatThrownBy(() -> Fixtures.fromResource("cognito/broken.yaml"))
                .isInstanceOf(FixtureException.class)
                .hasMessage(
                        "classpath:cognito/broken.yaml:4:5: identityPools[0].allowUnauthenticatedIdentites: "
                                + "unknown field 'allowUnauthenticatedIdentites'; did you mean 'allowUnauthenticatedIdentities'?");
    }
}
