package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoClock;
import dev.fakecognito.junit5.CognitoIdentityTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * A credentials refresh driven by the fake's clock: the test freezes it, the app reads the same time, and
 * moving the clock takes the credentials into their refresh window, where the app fetches new ones.
 */
@CognitoIdentityTest(fixtures = "cognito/mobile-app.yaml")
class RefreshingGuestCredentialsTest {
    static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";

    // snippet:start clock-refresh
    @Test
    @CognitoClock("2026-01-01T00:00:00Z")
    void credentialsAreFetchedAgainFiveMinutesBeforeTheyExpire(CognitoIdentityClient client, FakeAdmin fake) {
        RefreshingGuestCredentials guest =
                new RefreshingGuestCredentials(client, POOL, fakeTime(fake), Duration.ofMinutes(5));

        Credentials first = guest.get(); // the fake's credentials last an hour: until 01:00
        fake.advanceClock(Duration.ofMinutes(54));
        Credentials stillFirst = guest.get(); // 00:54: outside the refresh window
        fake.advanceClock(Duration.ofMinutes(2));
        Credentials second = guest.get(); // 00:56: within it

        assertThat(first.expiration()).isEqualTo("2026-01-01T01:00:00Z");
        assertThat(stillFirst).isSameAs(first);
        assertThat(second.expiration()).isEqualTo("2026-01-01T01:56:00Z");
        assertThat(fake).receivedRequests().hasRequestCount("GetCredentialsForIdentity", 2);
    }

    /** The app's clock, reading the fake's time. */
    static Clock fakeTime(FakeAdmin fake) {
        return new Clock() {
            @Override
            public Instant instant() {
                return fake.clock().now();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
    }
    // snippet:end
}
