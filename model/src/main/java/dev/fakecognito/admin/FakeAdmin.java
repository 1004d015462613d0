package dev.fakecognito.admin;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What every fake Cognito Identity offers a test besides the API itself: where it is and which
 * credentials to call it with, and reset, seed, snapshot, request journal and fault injection. The in-process {@code FakeCognitoIdentity}, the Testcontainers
 * {@code CognitoIdentityContainer} and {@link FakeAdminClient} (any fake reached over HTTP, e.g. the
 * standalone jar) all implement it, so a test written against this interface runs against any of them.
 *
 * <pre>{@code
 * void signInCreatesAnIdentity(CognitoIdentityClient client, FakeAdmin fake) {
 *     fake.seed(Fixtures.fromResource("cognito/world.yaml"));
 *     ...
 *     assertThat(fake.snapshot().pool("MobileApp").identities()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface FakeAdmin {

    /** The URL to give SDKs as endpoint override, e.g. {@code http://127.0.0.1:9230}. */
    URI endpoint();

    /**
     * The default region of the fake: of calls that name none by their signature, host or id. The fake
     * serves every region; a pool's id starts with its region.
     */
    String region();

    /**
     * The default 12-digit account id of the fake: of calls whose access key names none (it appears in
     * their pools' ARNs).
     */
    String accountId();

    /** The {@code iss} claim of the OpenID tokens the fake signs. */
    String issuer();

    /**
     * The access key id a client of this fake should sign with: the first credentials the fake was
     * configured with ({@code credentials}), else {@code test}, which a fake without credentials accepts
     * like any other key.
     */
    String accessKeyId();

    /** The secret access key of {@link #accessKeyId()}. */
    String secretAccessKey();

    /** Where the fake serves the public keys of its OpenID tokens (a JWKS document). */
    default URI jwksUri() {
        return endpoint().resolve("/.well-known/jwks_uri");
    }

    /**
     * Adds the pools, identities and faults of a fixture document, all or nothing.
     *
     * @param fixtures the document
     * @return what was created, generated ids included
     * @throws FixtureException naming the document, line, column and field of the first mistake
     */
    World seed(Fixtures fixtures);

    /**
     * Adds the pools and identities of a world built in code, all or nothing.
     *
     * @param world the world
     * @return what was created, generated ids included
     * @throws FixtureException naming the field of the first mistake
     */
    default World seed(World world) {
        return seed(Fixtures.of(world));
    }

    /**
     * Adds the pools and identities of a YAML or JSON document, all or nothing.
     *
     * @param yamlOrJson the document, as in a fixture file
     * @return what was created, generated ids included
     * @throws FixtureException naming the line, column and field of the first mistake
     */
    default World seed(String yamlOrJson) {
        return seed(Fixtures.fromString(yamlOrJson));
    }

    /**
     * The current world: every pool of every region and account, with its region, account,
     * configuration, identities (logins, last roles) and merges.
     */
    World snapshot();

    /**
     * The pools of one region and one account: {@link #snapshot()} with only those pools.
     *
     * @param region    the region, e.g. {@code eu-west-1}, or {@code null} for every region
     * @param accountId the 12-digit account id, or {@code null} for every account
     * @return the world of those pools
     */
    default World snapshot(String region, String accountId) {
        World world = snapshot();
        if (region != null) {
            world = world.inRegion(region);
        }
        if (accountId != null) {
            world = world.inAccount(accountId);
        }
        return world;
    }

    /** The request journal: the most recent API calls with their outcome, oldest first. */
    RequestLog requests();

    /** Drops all state: every pool and identity, the request journal and every fault; the clock runs on real time again. */
    void reset();

    /**
     * Injects a fault: the API calls it matches from now on fail, wait, lose their connection or leave
     * identities undeleted, as the fault says. Faults apply in the order they were injected.
     *
     * <pre>{@code
     * FaultHandle throttling = fake.inject(Fault.on("GetId").error("TooManyRequestsException").times(2));
     * }</pre>
     *
     * @param fault the fault
     * @return its handle, to see how often it struck and to remove it
     * @throws InvalidFaultException naming the field and value when the fault is not valid (nothing is added)
     */
    FaultHandle inject(Fault fault);

    /**
     * The faults in the fake, in the order they apply; used-up faults stay listed (with nothing
     * remaining) until removed, cleared or reset.
     */
    List<FaultHandle> faults();

    /** Removes every fault; pools, identities and the journal stay. */
    void clearFaults();

    /**
     * The fake's clock: its time now, and whether it is frozen. A fake starts on the real time.
     *
     * @return the clock
     */
    FakeClock clock();

    /**
     * Freezes the fake's clock at an instant: the fake's time then stands still there until it is moved
     * ({@link #advanceClock}), frozen elsewhere, or given back ({@link #useSystemClock()}, {@link #reset()}).
     *
     * <pre>{@code
     * fake.freezeClock(Instant.parse("2026-01-01T00:00:00Z"));
     * Credentials credentials = client.getCredentialsForIdentity(...).credentials(); // expire at 01:00
     * fake.advanceClock(Duration.ofMinutes(59));                                    // about to expire
     * }</pre>
     *
     * @param instant the fake's new time
     * @return the clock, frozen at {@code instant}
     */
    FakeClock freezeClock(Instant instant);

    /**
     * Moves the fake's clock by a duration (back in time when negative). The clock is frozen afterwards:
     * a clock on the real time is frozen at the real time plus the duration.
     *
     * @param duration how far to move
     * @return the clock, frozen at its new time
     */
    FakeClock advanceClock(Duration duration);

    /**
     * Gives the fake its real clock back (the system clock, unless the in-process fake was built with a
     * clock of its own). {@link #reset()} does this too.
     *
     * @return the clock, not frozen
     */
    FakeClock useSystemClock();
}
