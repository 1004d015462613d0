package dev.fakecognito.assertj;

import dev.fakecognito.fixtures.InspectableFake;
import dev.fakecognito.fixtures.RequestLog;
import dev.fakecognito.fixtures.World;
import org.assertj.core.api.SoftAssertionsProvider;

import java.net.URI;

/**
 * A fake handed to {@link FakeAssert} by {@link CognitoIdentitySoftAssertions}: it carries the soft
 * assertions so that navigation ({@code identity(…)}, …) gives soft assertions too. AssertJ builds
 * soft assertion proxies through the one-argument constructor, so the collector travels with the actual.
 */
record SoftlyInspected(InspectableFake fake, SoftAssertionsProvider softly) implements InspectableFake {

    static InspectableFake unwrap(InspectableFake fake) {
        return fake instanceof SoftlyInspected soft ? soft.fake() : fake;
    }

    static SoftAssertionsProvider softly(InspectableFake fake) {
        return fake instanceof SoftlyInspected soft ? soft.softly() : null;
    }

    @Override
    public World snapshot() {
        return fake.snapshot();
    }

    @Override
    public RequestLog requests() {
        return fake.requests();
    }

    @Override
    public URI jwksUri() {
        return fake.jwksUri();
    }

    @Override
    public String region() {
        return fake.region();
    }

    @Override
    public String issuer() {
        return fake.issuer();
    }
}
