package dev.fakecognito.server;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FakeClock;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.admin.InvalidFaultException;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.Credentials;
import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.server.internal.faults.FaultRegistry;
import dev.fakecognito.server.internal.http.AdminGuard;
import dev.fakecognito.server.internal.http.AdminHandler;
import dev.fakecognito.server.internal.http.ApiHandler;
import dev.fakecognito.server.internal.http.CallGate;
import dev.fakecognito.server.internal.http.Callers;
import dev.fakecognito.server.internal.http.FrontDoor;
import dev.fakecognito.server.internal.http.HttpServer;
import dev.fakecognito.server.internal.http.HttpTimeouts;
import dev.fakecognito.server.internal.http.UiEndpoints;
import dev.fakecognito.server.internal.http.WellKnownHandler;
import dev.fakecognito.server.internal.journal.RequestJournal;
import dev.fakecognito.server.internal.operations.Operations;
import dev.fakecognito.server.internal.persistence.DataDirectory;
import dev.fakecognito.server.internal.persistence.DurableLog;
import dev.fakecognito.server.internal.persistence.PersistenceOptions;
import dev.fakecognito.server.internal.seeding.WorldSeeder;
import dev.fakecognito.server.internal.seeding.WorldSnapshots;
import dev.fakecognito.server.internal.signing.SignatureChecker;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.RandomIds;
import dev.fakecognito.server.internal.state.SettableClock;
import dev.fakecognito.server.internal.tokens.CredentialsGenerator;
import dev.fakecognito.server.internal.tokens.LoginTokenKeys;
import dev.fakecognito.server.internal.tokens.LoginTokenReader;
import dev.fakecognito.server.internal.tokens.LoginTokenVerifier;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import dev.fakecognito.server.internal.validation.RequestValidator;
import dev.fakecognito.server.internal.validation.ServiceModel;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fake Amazon Cognito Identity service (the {@code cognito-identity} API) on a local HTTP port.
 * Point an unchanged AWS SDK or the AWS CLI at {@link #endpoint()}, with {@link #accessKeyId()} and
 * {@link #secretAccessKey()} (any credentials work unless {@link Builder#requireSignatures(boolean)} asks
 * for correctly signed requests).
 *
 * <pre>{@code
 * try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().region("eu-west-1").start()) {
 *     CognitoIdentityClient client = CognitoIdentityClient.builder()
 *             .endpointOverride(fake.endpoint())
 *             .region(Region.of(fake.region()))
 *             .credentialsProvider(StaticCredentialsProvider.create(
 *                     AwsBasicCredentials.create(fake.accessKeyId(), fake.secretAccessKey())))
 *             .build();
 *     ...
 * }
 * }</pre>
 *
 * <p>A fake is built, started once and closed once: {@link #start()} seeds the builder's fixtures
 * (all of them or, if one is refused, none) and listens; {@link #close()} stops it for good. Each
 * instance has its own state, port and signing key: many may run in one JVM at once. Thread-safe.
 */
public final class FakeCognitoIdentity implements FakeAdmin, AutoCloseable {
    /** The port the standalone server listens on by default (a built fake picks a free one). */
    public static final int DEFAULT_PORT = FakeSettings.STANDALONE_PORT;
    /** The region used when none is configured. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The account id used when none is configured. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    static {
        // Undertow and XNIO log through JBoss Logging, which without this would pick JUL unless Logback
        // is present. In the published jar JBoss Logging is relocated and so is this property name
        // (to dev.fakecognito.shaded.org.jboss.logging.provider): it steers only our private copy, to
        // SLF4J, the logging embedders configure, and leaves any JBoss Logging of theirs alone.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    /** What clients sign with when no credentials are configured: any key works then. */
    private static final String ANY_CREDENTIAL = "test";

    /** Where a fake is in its life: built, listening, or closed for good. */
    private enum Lifecycle {
        BUILT,
        STARTED,
        CLOSED
    }

    private final String host;
    private final int requestedPort;
    private final SettableClock clock;
    private final CognitoState state;
    private final OpenIdTokenIssuer issuer;
    private final WorldSeeder seeder;
    private final List<Fixtures> initialFixtures;
    private final RequestJournal journal;
    private final FaultRegistry faults;
    private final LoginTokenVerifier loginTokenVerifier;
    private final HttpServer server;
    private final CallGate calls = new CallGate();
    private final boolean requireSignatures;
    private final Map<String, String> credentials;
    private final List<String> credentialOrder;
    private final String firstAccessKeyId;
    private final boolean adminEndpoints;
    private final Path dataDir;
    private final PersistenceOptions persistenceOptions;
    private DataDirectory directory; // while started with a data directory, under this object's lock
    private DurableLog durableLog;
    private volatile Lifecycle lifecycle = Lifecycle.BUILT; // changed under this object's lock
    private volatile int port = -1;

    private FakeCognitoIdentity(Builder builder) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.clock = new SettableClock(builder.clock);
        this.state = new CognitoState(builder.region, builder.accountId, clock, new RandomIds());
        this.issuer = builder.signingKey == null
                ? new OpenIdTokenIssuer(builder.region, builder.issuer, clock)
                : new OpenIdTokenIssuer(builder.region, builder.issuer, clock, builder.signingKey);
        this.loginTokenVerifier =
                // the base clock: refetches of keys are spaced in real time, even while a test freezes the fake's
                new LoginTokenVerifier(builder.verifyLoginTokens, builder.clock, LoginTokenVerifier.DEFAULT_TIMEOUT);
        Operations operations = new Operations(
                state, issuer, new LoginTokenReader(clock, loginTokenVerifier), new CredentialsGenerator(clock));
        ServiceModel model = ServiceModel.bundled();
        RequestValidator validator = RequestValidator.bundled();
        this.seeder = new WorldSeeder(state, validator);
        this.initialFixtures = List.copyOf(builder.fixtures);
        this.dataDir = builder.dataDir;
        this.persistenceOptions = builder.persistenceOptions;
        this.journal = new RequestJournal(builder.journalSize, clock, builder.keepLoginTokens);
        this.requireSignatures = builder.requireSignatures;
        this.credentials = Map.copyOf(builder.credentials);
        this.credentialOrder = List.copyOf(builder.credentials.keySet());
        SignatureChecker signatures =
                new SignatureChecker(requireSignatures, credentials, model.unsignedOperations(), clock);
        this.faults = new FaultRegistry(model);
        Set<String> allowedHosts = new LinkedHashSet<>(builder.allowedHosts);
        allowedHosts.add(host.toLowerCase(Locale.ROOT));
        AdminGuard admin = new AdminGuard(
                new AdminGuard.Settings(builder.adminEndpoints, builder.adminToken, allowedHosts),
                new AdminHandler(
                        this, state, new UiEndpoints(this, state, WorldSnapshots.CONFIGURATION, builder.uiReadOnly)));
        ApiHandler api = new ApiHandler(
                operations,
                validator,
                signatures,
                journal,
                faults,
                calls,
                new Callers(builder.region, builder.accountId, builder.credentialAccounts),
                builder.dataDir != null);
        this.adminEndpoints = builder.adminEndpoints;
        this.firstAccessKeyId = credentialOrder.isEmpty() ? ANY_CREDENTIAL : credentialOrder.get(0);
        this.server = new HttpServer(
                host,
                requestedPort,
                new FrontDoor(api, new WellKnownHandler(issuer, this::poolRegions), admin),
                builder.httpTimeouts,
                builder.dataDir == null
                        ? HttpServer.taskThreads()
                        : Math.max(HttpServer.taskThreads(), HttpServer.DURABLE_TASK_THREADS));
    }

    /** A builder with the defaults: a free port on 127.0.0.1, region us-east-1, account 123456789012. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Restores the {@link Builder#dataDir(java.nio.file.Path) data directory}, if any, seeds the builder's
     * fixtures and starts listening. The fixtures are seeded together: when one is
     * refused, none of them stays and the fake does not start (it may be started again, e.g. after the
     * file was fixed). Starting a started fake does nothing.
     *
     * @return this fake, started
     * @throws FixtureException      when a fixture is refused, naming its file, line and field
     * @throws IllegalStateException when the port cannot be bound (e.g. in use), the fake is closed, or the
     *                               data directory cannot be used (another fake holds it, a file of
     *                               another format version), naming it
     */
    public synchronized FakeCognitoIdentity start() {
        switch (lifecycle) {
            case STARTED -> {
                return this;
            }
            case CLOSED -> throw new IllegalStateException("The fake is closed: build a new one");
            case BUILT -> {}
        }
        Set<String> poolsBefore = poolIds();
        int faultsBefore = faults.list().size();
        FakeClock clockBefore = clock();
        boolean restored;
        try {
            restored = openDataDir();
        } catch (RuntimeException e) {
            closeDataDir();
            undoSeeding(poolsBefore, faultsBefore, clockBefore);
            throw e;
        }
        try {
            for (Fixtures fixtures : initialFixtures) {
                // a restored directory has the fixtures' pools already: only the rest (faults, keys, clock)
                seed(
                        restored
                                ? Fixtures.of(fixtures.world().toBuilder()
                                        .identityPools(List.of())
                                        .build())
                                : fixtures);
            }
        } catch (RuntimeException e) {
            closeDataDir();
            undoSeeding(poolsBefore, faultsBefore, clockBefore);
            throw e;
        }
        try {
            port = server.start(); // a failed start frees the threads it made
        } catch (RuntimeException e) {
            closeDataDir();
            undoSeeding(poolsBefore, faultsBefore, clockBefore);
            throw new IllegalStateException(
                    "Cannot listen on " + host + ":" + requestedPort + ": " + rootMessage(e), e);
        }
        lifecycle = Lifecycle.STARTED;
        return this;
    }

    /**
     * Locks the data directory, restores its state and logs every change from now on.
     *
     * @return whether the directory held pools (then the fixtures are not seeded again)
     */
    private boolean openDataDir() {
        if (dataDir == null) {
            return false;
        }
        directory = DataDirectory.lock(dataDir);
        DurableLog.Restored restored = DurableLog.restore(directory);
        if (!restored.isEmpty()) {
            try {
                seeder.seed(Fixtures.of(restored.world()));
            } catch (FixtureException e) {
                throw new IllegalStateException("The data directory " + directory.path()
                        + " holds a state this fake cannot take (was it written by a fake of another region?): "
                        + e.getMessage());
            }
        }
        durableLog = DurableLog.start(directory, restored, state, persistenceOptions);
        state.logTo(durableLog);
        return !restored.isEmpty();
    }

    /** Stops logging and unlocks the data directory; the state stays in memory. */
    private void closeDataDir() {
        state.logTo(null);
        if (durableLog != null) {
            durableLog.close();
            durableLog = null;
        }
        if (directory != null) {
            directory.close();
            directory = null;
        }
    }

    /** Internal, for tests: writes a snapshot of the state now and drops the files it replaces. */
    synchronized void compactDataDir() {
        if (durableLog == null) {
            throw new IllegalStateException("no data directory in use");
        }
        durableLog.compactNow();
    }

    private Set<String> poolIds() {
        Set<String> ids = new LinkedHashSet<>();
        snapshot().identityPools().forEach(pool -> ids.add(pool.id()));
        return ids;
    }

    /** Removes the pools and faults a failed start seeded, and puts the clock back, keeping what was there before. */
    private void undoSeeding(Set<String> poolsBefore, int faultsBefore, FakeClock clockBefore) {
        restore(clockBefore);
        for (String poolId : poolIds()) {
            if (!poolsBefore.contains(poolId)) {
                state.deletePool(poolId);
            }
        }
        List<FaultHandle> all = faults.list();
        all.subList(faultsBefore, all.size()).forEach(FaultHandle::remove);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Whether the fake is listening: started and not closed. */
    public boolean isRunning() {
        return port >= 0;
    }

    /**
     * The URL to give SDKs as endpoint override, e.g. {@code http://127.0.0.1:9230}. A fake listening on
     * every interface ({@code 0.0.0.0}, {@code ::}) gives its loopback address, which a client on this
     * machine can call.
     *
     * @throws IllegalStateException when the fake is not started or is closed
     */
    @Override
    public URI endpoint() {
        int listening = runningPort();
        String shownHost = switch (host) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "[::]", "0:0:0:0:0:0:0:0" -> "[::1]";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
        return URI.create("http://" + shownHost + ":" + listening);
    }

    /** The port the fake listens on (the chosen one when built with port 0). */
    public int port() {
        return runningPort();
    }

    /**
     * The default region of this fake: of calls that name none by their signature, host or id. The fake
     * serves every region; ids of pools created in the default region start with it.
     */
    @Override
    public String region() {
        return state.region();
    }

    /**
     * The default account id of this fake: of calls whose access key names none (it appears in the ARNs
     * of their pools). A 12-digit access key id is its own account.
     */
    @Override
    public String accountId() {
        return state.accountId();
    }

    /**
     * The {@code iss} claim of the OpenID tokens this fake signs for pools of its {@link #region()}: the
     * configured {@link Builder#issuer(String) issuer}, else AWS's issuer for that region.
     */
    @Override
    public String issuer() {
        return issuer.issuer();
    }

    /** The regions the fake has pools in, for the key set. */
    private Set<String> poolRegions() {
        Set<String> regions = new TreeSet<>();
        state.pools().forEach(pool -> regions.add(pool.region()));
        return regions;
    }

    /** Whether the fake refuses calls without a valid AWS Signature Version 4 ({@link Builder#requireSignatures(boolean)}). */
    public boolean requiresSignatures() {
        return requireSignatures;
    }

    /**
     * The access key id clients should sign with: the first given to {@link Builder#credentials(String, String)},
     * else {@code test} (any key works then).
     */
    @Override
    public String accessKeyId() {
        return firstAccessKeyId;
    }

    /** The secret access key of {@link #accessKeyId()}: the one configured with it, else {@code test}. */
    @Override
    public String secretAccessKey() {
        return credentials.getOrDefault(firstAccessKeyId, ANY_CREDENTIAL);
    }

    /** Whether the admin endpoints (and the browser page, {@code /_fake/ui}) answer. */
    boolean adminEndpointsEnabled() {
        return adminEndpoints;
    }

    /** The access key ids whose signatures are verified, in the order given; empty when any key is accepted. */
    List<String> knownAccessKeyIds() {
        return List.copyOf(credentialOrder);
    }

    /**
     * Adds the pools, identities and faults of a fixture document, all or nothing.
     *
     * @return what was created, generated ids included
     * @throws FixtureException naming the file, line, column and field of the first mistake
     */
    @Override
    public World seed(Fixtures fixtures) {
        Objects.requireNonNull(fixtures, "fixtures");
        List<Fault> declared = fixtures.world().faults();
        for (int i = 0; i < declared.size(); i++) {
            try {
                faults.check(declared.get(i));
            } catch (InvalidFaultException e) {
                throw fixtures.errorAt(faultPointer(i, e.field()), e.problem());
            }
        }
        try {
            faults.checkRoom(declared.size());
        } catch (InvalidFaultException e) {
            throw fixtures.errorAt("/faults", e.problem());
        }
        Map<String, String> keys = LoginTokenKeys.check(fixtures);
        Instant clockAt = fixtures.world().clock();
        FakeClock before = clock();
        if (clockAt != null) {
            clock.freeze(clockAt); // before the pools: identities without dates get this time
        }
        World created;
        try {
            created = seeder.seed(fixtures);
        } catch (RuntimeException e) {
            restore(before);
            throw e;
        }
        keys.forEach(loginTokenVerifier::trust);
        List<Fault> injected = declared.isEmpty()
                ? List.of()
                : faults.injectAll(declared).stream().map(FaultHandle::fault).toList();
        return created.toBuilder().faults(injected).clock(clockAt).build();
    }

    /** Puts the clock back as it was. */
    private void restore(FakeClock before) {
        if (before.frozen()) {
            clock.freeze(before.now());
        } else {
            clock.release();
        }
    }

    /** Where a fault's field is in a fixture document, e.g. {@code /faults/0/match/IdentityId}. */
    private static String faultPointer(int index, String field) {
        String pointer = "/faults/" + index;
        return field.isEmpty()
                ? pointer
                : pointer + "/" + field.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
    }

    /** The current world: every pool with its configuration, identities and merges. */
    @Override
    public World snapshot() {
        return WorldSnapshots.of(state);
    }

    /**
     * The request journal: the most recent API calls (5,000 by default, and at most 16 Mi characters of
     * bodies and messages) with their outcome; login tokens masked unless kept
     * ({@link Builder#keepLoginTokens(boolean)}).
     */
    @Override
    public RequestLog requests() {
        return journal.log();
    }

    /**
     * Drops all state: every pool and identity, the request journal, every fault and the login token keys
     * fixtures gave; the clock runs on real time again. The signing key stays. API calls that arrived
     * before and have not run yet (held by a latency fault) never run: their connections are reset, as a
     * restart of the server would; calls running meanwhile finish first. With a
     * {@link Builder#dataDir(java.nio.file.Path) data directory}, the emptied state is what a restart finds.
     */
    @Override
    public void reset() {
        calls.reset(this::clear); // calls still held (e.g. by a latency fault) are cut off, never run after
    }

    private void clear() {
        faults.clear();
        loginTokenVerifier.reset();
        state.reset();
        journal.clear();
        clock.release();
    }

    /** The fake's clock: its time now, and whether a test froze it. */
    @Override
    public FakeClock clock() {
        return new FakeClock(clock.instant(), clock.isFrozen());
    }

    /** Freezes the fake's clock at an instant, for every time-dependent answer (see {@link FakeClock}). */
    @Override
    public FakeClock freezeClock(Instant instant) {
        clock.freeze(Objects.requireNonNull(instant, "instant"));
        return clock();
    }

    /** Moves the fake's clock; it is frozen afterwards. */
    @Override
    public FakeClock advanceClock(Duration duration) {
        return new FakeClock(clock.advance(Objects.requireNonNull(duration, "duration")), true);
    }

    /** Gives the fake its real clock back: the builder's {@link Builder#clock(Clock) clock}, else the system's. */
    @Override
    public FakeClock useSystemClock() {
        clock.release();
        return clock();
    }

    /**
     * Injects a fault: the API calls it matches from now on fail, wait, lose their connection or leave
     * identities undeleted, as the fault says.
     *
     * @return its handle, to see how often it struck and to remove it
     * @throws InvalidFaultException naming the field and value when the fault is not valid (nothing is added)
     */
    @Override
    public FaultHandle inject(Fault fault) {
        return faults.inject(Objects.requireNonNull(fault, "fault"));
    }

    /** The faults in the fake, in the order they apply (used-up ones included). */
    @Override
    public List<FaultHandle> faults() {
        return faults.list();
    }

    /** Removes every fault. */
    @Override
    public void clearFaults() {
        faults.clear();
    }

    /**
     * Stops listening and frees the port, for good: a closed fake cannot be started again (build a new
     * one). Closing a fake that never started, or closing twice, is allowed.
     */
    @Override
    public synchronized void close() {
        if (lifecycle == Lifecycle.STARTED) {
            port = -1;
            server.stop();
            closeDataDir();
        }
        lifecycle = Lifecycle.CLOSED;
    }

    /** The port, when the fake listens. */
    private int runningPort() {
        int current = port;
        if (current < 0) {
            throw new IllegalStateException(
                    lifecycle == Lifecycle.CLOSED ? "The fake is closed" : "The fake is not started: call start()");
        }
        return current;
    }

    /**
     * Configures a {@link FakeCognitoIdentity}. Each setting has the same name on every surface: this
     * builder, {@code @CognitoIdentityTest}, {@code @AutoConfigureFakeCognitoIdentity} (and its
     * {@code fake.cognito-identity.*} properties), {@code CognitoIdentityContainer.with…}, and the
     * standalone server's {@code --kebab-case} options and {@code FAKE_COGNITO_UPPER_SNAKE} environment
     * variables. Every method checks its value at once, naming the setting.
     */
    public static final class Builder {
        private int port = FakeSettings.PORT.defaultValue();
        private String host = FakeSettings.HOST.defaultValue();
        private String region = FakeSettings.REGION.defaultValue();
        private String accountId = FakeSettings.ACCOUNT_ID.defaultValue();
        private String issuer = FakeSettings.ISSUER.defaultValue();
        private Clock clock = Clock.systemUTC();
        private KeyPair signingKey;
        private final List<Fixtures> fixtures = new ArrayList<>();
        private int journalSize = FakeSettings.JOURNAL_SIZE.defaultValue();
        private boolean requireSignatures = FakeSettings.REQUIRE_SIGNATURES.defaultValue();
        private final Map<String, String> credentials = new LinkedHashMap<>();
        private final Map<String, String> credentialAccounts = new LinkedHashMap<>();
        private boolean keepLoginTokens = FakeSettings.KEEP_LOGIN_TOKENS.defaultValue();
        private boolean adminEndpoints = FakeSettings.ADMIN_ENDPOINTS.defaultValue();
        private boolean uiReadOnly = FakeSettings.UI_READ_ONLY.defaultValue();
        private boolean verifyLoginTokens = FakeSettings.VERIFY_LOGIN_TOKENS.defaultValue();
        private String adminToken = FakeSettings.ADMIN_TOKEN.defaultValue();
        private final Set<String> allowedHosts = new LinkedHashSet<>();
        private HttpTimeouts httpTimeouts = HttpTimeouts.DEFAULTS;
        private Path dataDir;
        private PersistenceOptions persistenceOptions = PersistenceOptions.DEFAULTS;

        private Builder() {}

        /** Internal, for tests: how long the HTTP listener waits for slow or idle clients. */
        Builder httpTimeouts(HttpTimeouts timeouts) {
            this.httpTimeouts = Objects.requireNonNull(timeouts, "timeouts");
            return this;
        }

        /** Internal, for tests: how the data directory is kept (compaction threshold, time-outs). */
        Builder persistenceOptions(PersistenceOptions options) {
            this.persistenceOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * A directory where the fake keeps its pools, identities, logins, merges and tags across restarts
         * (none by default: the state lives in memory only). Every change is written to a log there and
         * forced to disk before the fake answers the call that made it, so a fake killed at any moment
         * restarts with every change it acknowledged; a snapshot replaces the log from time to time. The
         * directory is created if missing (readable by this user only); one fake at a time may use it
         * ({@link #start()} fails naming it when another holds it). At start, a directory that holds pools
         * restores them and the pools of the {@link #fixtures(Fixtures...) fixtures} are not seeded again
         * (their faults, login token keys and clock are); an empty one (new, or emptied by
         * {@link FakeCognitoIdentity#reset()}) is seeded with all of them. The request journal,
         * faults and the clock stay in memory.
         *
         * @param dir the directory
         * @return this builder
         */
        public Builder dataDir(Path dir) {
            Objects.requireNonNull(dir, "dataDir");
            FakeSettings.DATA_DIR.check(dir.toString());
            this.dataDir = dir;
            return this;
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = FakeSettings.PORT.check(port);
            return this;
        }

        /**
         * The address to listen on; 127.0.0.1 by default, 0.0.0.0 for every interface (then
         * {@link #endpoint()} still gives 127.0.0.1).
         */
        public Builder host(String host) {
            this.host = FakeSettings.HOST.check(host);
            return this;
        }

        /** The region, e.g. {@code eu-west-1}; us-east-1 by default. */
        public Builder region(String region) {
            this.region = FakeSettings.REGION.check(region);
            return this;
        }

        /** The 12-digit account id in pool ARNs; 123456789012 by default. */
        public Builder accountId(String accountId) {
            this.accountId = FakeSettings.ACCOUNT_ID.check(accountId);
            return this;
        }

        /**
         * The {@code iss} of every OpenID token the fake signs. By default each token carries AWS's issuer for
         * its pool's region: {@code https://cognito-identity.amazonaws.com} in most regions, the regional host
         * ({@code https://cognito-identity.<region>.amazonaws.com}) in opt-in regions and GovCloud (US-West),
         * {@code https://cognito-identity.cn-north-1.amazonaws.com.cn} in China (Beijing).
         */
        public Builder issuer(String issuer) {
            this.issuer = FakeSettings.ISSUER.check(issuer);
            return this;
        }

        /**
         * Fixture documents to seed when the fake starts, in order (several calls add up). They are seeded
         * together: if one is refused, {@link #start()} fails and none of them stays.
         */
        public Builder fixtures(Fixtures... documents) {
            for (Fixtures document : documents) {
                fixtures.add(Objects.requireNonNull(document, "fixtures"));
            }
            return this;
        }

        /**
         * Whether the fake refuses calls the SDKs sign unless they carry a valid AWS Signature Version 4
         * {@code Authorization} header (false by default: then nothing is checked). Its credential scope must
         * name a region (any one: it becomes the call's region) and the service {@code cognito-identity}, and its request date must be
         * within 15 minutes of the fake's {@link #clock(Clock) clock}. The calls the SDKs send unsigned
         * ({@code GetId}, {@code GetCredentialsForIdentity}, {@code GetOpenIdToken}, {@code UnlinkIdentity})
         * may still come unsigned; when they are signed, their signature is checked too. Refusals are the real
         * service's errors ({@code MissingAuthenticationTokenException}, {@code InvalidSignatureException},
         * {@code IncompleteSignatureException}, {@code UnrecognizedClientException}). Any access key is
         * accepted unless {@link #credentials(String, String)} are given.
         */
        public Builder requireSignatures(boolean require) {
            this.requireSignatures = require;
            return this;
        }

        /**
         * Adds credentials the fake knows (several calls add up): with {@link #requireSignatures(boolean)}, a
         * signature by one of these access keys is verified against its secret, and any other access key is
         * refused ({@code UnrecognizedClientException}). The first ones are what {@link #accessKeyId()} and
         * {@link #secretAccessKey()} give clients.
         *
         * @param accessKeyId     the access key id, e.g. {@code AKIAIOSFODNN7EXAMPLE}
         * @param secretAccessKey its secret access key
         * @return this builder
         * @throws IllegalArgumentException when either is blank or holds white space, a comma, or (the access
         *                                  key) a slash or colon, or when the access key was given with another secret
         */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            Credentials.check(accessKeyId, secretAccessKey);
            String known = credentials.putIfAbsent(accessKeyId, secretAccessKey);
            if (known != null && !known.equals(secretAccessKey)) {
                throw new IllegalArgumentException("access key " + accessKeyId + " is given twice, with two secrets");
            }
            return this;
        }

        /**
         * Adds credentials of an account ({@link #credentials(String, String)}): calls signed with this
         * access key are that account's, and see only its pools
         * (docs/guides/regions-and-accounts.md). A 12-digit access key id needs none of this: it is its
         * own account.
         *
         * @param accessKeyId     the access key id
         * @param secretAccessKey its secret access key
         * @param accountId       the 12-digit account its calls are made from
         * @return this builder
         * @throws IllegalArgumentException as {@link #credentials(String, String)} does, or for an account id
         *                                  that is not 12 digits or another account for the same key
         */
        public Builder credentials(String accessKeyId, String secretAccessKey, String accountId) {
            FakeSettings.ACCOUNT_ID.check(accountId);
            credentials(accessKeyId, secretAccessKey);
            String known = credentialAccounts.putIfAbsent(accessKeyId, accountId);
            if (known != null && !known.equals(accountId)) {
                throw new IllegalArgumentException("access key " + accessKeyId + " is given twice, with two accounts");
            }
            return this;
        }

        /**
         * An admin token: every admin endpoint but {@code GET /_fake/health} then answers 401 unless the
         * header {@code X-Fake-Cognito-Admin} carries it ({@code FakeAdminClient.connect(endpoint, token)}
         * sends it). None by default; for fakes in shared environments.
         */
        public Builder adminToken(String token) {
            this.adminToken = FakeSettings.ADMIN_TOKEN.check(token);
            return this;
        }

        /**
         * Host names (as clients write them in URLs, e.g. a Docker Compose service name) that may call the
         * admin endpoints, besides IP addresses, {@code localhost}, {@code *.localhost} and the listen
         * address, which always may; {@code "*"} allows any (several calls add up). Other names get 403, so
         * that a web page whose name was made to resolve to this machine (DNS rebinding) cannot read or
         * change the fake.
         */
        public Builder allowedHosts(String... names) {
            allowedHosts.addAll(FakeSettings.ALLOWED_HOSTS.check(Arrays.asList(names)));
            return this;
        }

        /**
         * Whether the admin endpoints under {@code /_fake/} answer (true by default). When false only
         * {@code GET /_fake/health} does; the others answer 404. This instance's own {@link FakeAdmin}
         * methods keep working.
         */
        public Builder adminEndpoints(boolean enabled) {
            this.adminEndpoints = enabled;
            return this;
        }

        /**
         * Whether the request journal keeps the values of {@code Logins} (provider tokens, JWTs) as
         * received. False by default: they are masked, keeping the provider and, for a JWT, its
         * {@code sub} ({@code [masked JWT sub=…]}, {@code [masked N characters]}), so that a journal read
         * by anyone who can reach the fake never holds usable tokens.
         */
        public Builder keepLoginTokens(boolean keep) {
            this.keepLoginTokens = keep;
            return this;
        }

        /**
         * Whether the browser page ({@code /_fake/ui}) hides its buttons that change the fake (reset, load a
         * fixture file): false by default. For a fake many people look at; it protects nothing (the admin
         * endpoints still take writes with the {@code X-Fake-Cognito-Admin} header): an
         * {@link #adminToken(String) admin token} does.
         */
        public Builder uiReadOnly(boolean readOnly) {
            this.uiReadOnly = readOnly;
            return this;
        }

        /**
         * Whether JWT logins must carry a valid signature of their provider, as the real service requires
         * (false by default: signatures are not checked). The keys come from the provider, fetched from a URL
         * made from its configured name ({@code https://<user pool>/.well-known/jwks.json}, an OIDC
         * provider's discovery document), from {@code loginTokenKeys} given in a fixture document, or, for
         * tokens minted by {@code LoginTokens} in this JVM, from this JVM. A token that does not verify is
         * refused with {@code NotAuthorizedException: Invalid login token. Couldn't verify signed token.};
         * the request journal says why.
         */
        public Builder verifyLoginTokens(boolean verify) {
            this.verifyLoginTokens = verify;
            return this;
        }

        /** How many API calls the request journal keeps (5,000 by default; older ones are dropped and counted). */
        public Builder journalSize(int size) {
            this.journalSize = FakeSettings.JOURNAL_SIZE.check(size);
            return this;
        }

        /** The clock for creation dates and token and credential lifetimes; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** An RSA key pair to sign OpenID tokens with; by default one is generated when first needed. */
        public Builder signingKey(KeyPair keyPair) {
            this.signingKey = Objects.requireNonNull(keyPair, "keyPair");
            return this;
        }

        /**
         * Builds the fake without starting it.
         *
         * @throws IllegalStateException when credentials are given without {@link #requireSignatures(boolean)}
         */
        public FakeCognitoIdentity build() {
            if (!credentials.isEmpty() && !requireSignatures) {
                throw new IllegalStateException("credentials are only used to verify signatures: require signatures "
                        + "too (requireSignatures(true); --require-signatures or FAKE_COGNITO_REQUIRE_SIGNATURES=true "
                        + "for the standalone server), or leave the credentials out");
            }
            return new FakeCognitoIdentity(this);
        }

        /**
         * Builds and starts the fake.
         *
         * @throws FixtureException      when a fixture is refused
         * @throws IllegalStateException when the port cannot be bound
         */
        public FakeCognitoIdentity start() {
            return build().start();
        }
    }
}
