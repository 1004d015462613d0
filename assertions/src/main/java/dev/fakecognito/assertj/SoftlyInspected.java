package dev.fakecognito.assertj;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FakeClock;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * A fake handed to {@link FakeAssert} by {@link CognitoIdentitySoftAssertions}: it carries the soft
 * assertions so that navigation ({@code identity(…)}, …) gives soft assertions too. AssertJ builds
 * soft assertion proxies through the one-argument constructor, so the collector travels with the actual.
 */
record SoftlyInspected(FakeAdmin fake, SoftAssertionsProvider softly) implements FakeAdmin {

    static FakeAdmin unwrap(FakeAdmin fake) {
        return fake instanceof SoftlyInspected soft ? soft.fake() : fake;
    }

    static SoftAssertionsProvider softly(FakeAdmin fake) {
        return fake instanceof SoftlyInspected soft ? soft.softly() : null;
    }

    @Override
    public URI endpoint() {
        return fake.endpoint();
    }

    @Override
    public String region() {
        return fake.region();
    }

    @Override
    public String accountId() {
        return fake.accountId();
    }

    @Override
    public String issuer() {
        return fake.issuer();
    }

    @Override
    public String accessKeyId() {
        return fake.accessKeyId();
    }

    @Override
    public String secretAccessKey() {
        return fake.secretAccessKey();
    }

    @Override
    public URI jwksUri() {
        return fake.jwksUri();
    }

    @Override
    public World seed(Fixtures fixtures) {
        return fake.seed(fixtures);
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
    public void reset() {
        fake.reset();
    }

    @Override
    public FaultHandle inject(Fault fault) {
        return fake.inject(fault);
    }

    @Override
    public List<FaultHandle> faults() {
        return fake.faults();
    }

    @Override
    public void clearFaults() {
        fake.clearFaults();
    }

    @Override
    public FakeClock clock() {
        return fake.clock();
    }

    @Override
    public FakeClock freezeClock(Instant instant) {
        return fake.freezeClock(instant);
    }

    @Override
    public FakeClock advanceClock(Duration duration) {
        return fake.advanceClock(duration);
    }

    @Override
    public FakeClock useSystemClock() {
        return fake.useSystemClock();
    }

    @Override
    public String toString() {
        return fake.toString();
    }
}
