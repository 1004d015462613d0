package dev.fakecognito.server;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.admin.InvalidFaultException;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.Credentials;
import dev.fakecognito.server.internal.faults.FaultRegistry;
import dev.fakecognito.server.internal.http.AdminGuard;
import dev.fakecognito.server.internal.http.AdminHandler;
import dev.fakecognito.server.internal.http.ApiHandler;
import dev.fakecognito.server.internal.http.CallGate;
import dev.fakecognito.server.internal.http.FrontDoor;
import dev.fakecognito.server.internal.http.HttpServer;
import dev.fakecognito.server.internal.http.HttpTimeouts;
import dev.fakecognito.server.internal.http.UiEndpoints;
import dev.fakecognito.server.internal.http.WellKnownHandler;
import dev.fakecognito.server.internal.journal.RequestJournal;
import dev.fakecognito.server.internal.operations.Operations;
import dev.fakecognito.server.internal.seeding.WorldSeeder;
import dev.fakecognito.server.internal.seeding.WorldSnapshots;
import dev.fakecognito.server.internal.signing.SignatureChecker;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.RandomIds;
import dev.fakecognito.server.internal.tokens.CredentialsGenerator;
import dev.fakecognito.server.internal.tokens.LoginTokenReader;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import dev.fakecognito.server.internal.validation.RequestValidator;
import dev.fakecognito.server.internal.validation.ServiceModel;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fake Amazon Cognito Identity service (the {@code cognito-identity} API) on a local HTTP port.
 * Point an unchanged AWS SDK or the AWS CLI at {@link #endpoint()}, with any credentials (or, with
 * {@link Builder#requireSignatures()}, with correctly signed requests only).
 *
 * <pre>{@code
 * try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().region("eu-west-1").start()) {
 *     CognitoIdentityClient client = CognitoIdentityClient.builder()
 *             .endpointOverride(fake.endpoint())
 *             .region(Region.of(fake.region()))
 *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
 *             .build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Each instance has its own state, port and signing key: many may run in one JVM at once.
 * Thread-safe.
 */
public final class FakeCognitoIdentity implements FakeAdmin, AutoCloseable {
    /** The port the standalone server listens on by default. */
    public static final int DEFAULT_PORT = 9230;
    /** The region used when none is configured. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The account id used when none is configured. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";
    /** The issuer of OpenID tokens used when none is configured: the real service's. */
    public static final String DEFAULT_ISSUER = "https://cognito-identity.amazonaws.com";

    static {
        // Undertow and XNIO log through JBoss Logging, which without this would pick JUL unless Logback
        // is present. In the published jar JBoss Logging is relocated and so is this property name
        // (to dev.fakecognito.shaded.org.jboss.logging.provider): it steers only our private copy, to
        // SLF4J, the logging embedders configure, and leaves any JBoss Logging of theirs alone.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    /** What clients sign with when no credentials are configured: any key works then. */
    private static final String ANY_CREDENTIAL = "test";

    private final String host;
    private final int requestedPort;
    private final CognitoState state;
    private final OpenIdTokenIssuer issuer;
    private final WorldSeeder seeder;
    private final List<Fixtures> initialFixtures;
    private final RequestJournal journal;
    private final FaultRegistry faults;
    private final HttpServer server;
    private final CallGate calls = new CallGate();
    private final boolean requireSignatures;
    private final Map<String, String> credentials;
    private final List<String> credentialOrder;
    private final String firstAccessKeyId;
    private final boolean adminEndpoints;
    private volatile int port = -1;
    private boolean seeded;

    private FakeCognitoIdentity(Builder builder) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.state = new CognitoState(builder.region, builder.accountId, builder.clock, new RandomIds());
        this.issuer = builder.signingKey == null
                ? new OpenIdTokenIssuer(builder.region, builder.issuer, builder.clock)
                : new OpenIdTokenIssuer(builder.region, builder.issuer, builder.clock, builder.signingKey);
        Operations operations = new Operations(
                state, issuer, new LoginTokenReader(builder.clock), new CredentialsGenerator(builder.clock));
        ServiceModel model = ServiceModel.bundled();
        RequestValidator validator = RequestValidator.bundled();
        this.seeder = new WorldSeeder(state, validator);
        this.initialFixtures = List.copyOf(builder.fixtures);
        this.journal = new RequestJournal(builder.journalSize, builder.clock, builder.keepLoginTokens);
        this.requireSignatures = builder.requireSignatures;
        this.credentials = Map.copyOf(builder.credentials);
        this.credentialOrder = List.copyOf(builder.credentials.keySet());
        SignatureChecker signatures = new SignatureChecker(
                requireSignatures, builder.region, credentials, model.unsignedOperations(), builder.clock);
        this.faults = new FaultRegistry(model);
        Set<String> allowedHosts = new LinkedHashSet<>(builder.allowedHosts);
        allowedHosts.add(host.toLowerCase(Locale.ROOT));
        AdminGuard admin = new AdminGuard(
                new AdminGuard.Settings(builder.adminEndpoints, builder.adminToken, allowedHosts),
                new AdminHandler(
                        this, state, new UiEndpoints(this, state, WorldSnapshots.CONFIGURATION, builder.uiReadOnly)));
        ApiHandler api = new ApiHandler(operations, validator, signatures, journal, faults, calls);
        this.adminEndpoints = builder.adminEndpoints;
        this.firstAccessKeyId = credentialOrder.isEmpty() ? ANY_CREDENTIAL : credentialOrder.get(0);
        this.server = new HttpServer(
                host, requestedPort, new FrontDoor(api, new WellKnownHandler(issuer), admin), builder.httpTimeouts);
    }

    /** A builder with the defaults: a free port on 127.0.0.1, region us-east-1, account 123456789012. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @return this fake, started
     * @throws IllegalStateException when the port cannot be bound (e.g. in use)
     */
    public synchronized FakeCognitoIdentity start() {
        if (port >= 0) {
            return this;
        }
        if (port == -2) {
            throw new IllegalStateException("The fake is closed: build a new one");
        }
        if (!seeded) {
            for (Fixtures fixtures : initialFixtures) {
                seed(fixtures);
            }
            seeded = true;
        }
        try {
            port = server.start(); // a failed start frees the threads it made
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot listen on " + host + ":" + requestedPort + ": " + rootMessage(e), e);
        }
        return this;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Whether the fake is listening. */
    public boolean isRunning() {
        return port >= 0;
    }

    /**
     * The URL to give SDKs as endpoint override, e.g. {@code http://127.0.0.1:9230}.
     *
     * @throws IllegalStateException when the fake is not started or is closed
     */
    @Override
    public URI endpoint() {
        requireRunning();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shownHost + ":" + port);
    }

    /** The port the fake listens on (the chosen one when built with port 0). */
    public int port() {
        requireRunning();
        return port;
    }

    /** The region of this fake: pool and identity ids start with it. */
    @Override
    public String region() {
        return state.region();
    }

    /** The account id that owns every pool (it appears in pool ARNs). */
    @Override
    public String accountId() {
        return state.accountId();
    }

    /** The {@code iss} claim of the OpenID tokens this fake signs. */
    @Override
    public String issuer() {
        return issuer.issuer();
    }

    /**
     * Whether the fake refuses calls without a valid AWS Signature Version 4 (see
     * {@link Builder#requireSignatures()}).
     */
    public boolean requiresSignatures() {
        return requireSignatures;
    }

    /**
     * An access key id clients can sign with: the first given to {@link Builder#credentials(String, String)},
     * else {@code test} (any key works then).
     */
    public String accessKeyId() {
        return firstAccessKeyId;
    }

    /** The secret access key of {@link #accessKeyId()}: the one configured with it, else {@code test}. */
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
        World created = seeder.seed(fixtures);
        if (declared.isEmpty()) {
            return created;
        }
        List<Fault> injected =
                faults.injectAll(declared).stream().map(FaultHandle::fault).toList();
        return new World(created.identityPools(), injected);
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
     * ({@link Builder#keepLoginTokensInJournal}).
     */
    @Override
    public RequestLog requests() {
        return journal.log();
    }

    /**
     * Drops all state: every pool and identity, the request journal and every fault. The signing key stays.
     * API calls that arrived before and have not run yet (held by a latency fault) never run: their
     * connections are reset, as a restart of the server would; calls running meanwhile finish first.
     */
    @Override
    public void reset() {
        calls.reset(this::clear); // calls still held (e.g. by a latency fault) are cut off, never run after
    }

    private void clear() {
        faults.clear();
        state.reset();
        journal.clear();
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

    /** Stops listening and frees the port. The fake cannot be started again. */
    @Override
    public synchronized void close() {
        if (port >= 0) {
            server.stop();
            port = -2;
        }
    }

    private void requireRunning() {
        if (port < 0) {
            throw new IllegalStateException(
                    port == -1 ? "The fake is not started: call start()" : "The fake is closed");
        }
    }

    /** Configures a {@link FakeCognitoIdentity}. */
    public static final class Builder {
        private int port = 0;
        private String host = "127.0.0.1";
        private String region = DEFAULT_REGION;
        private String accountId = DEFAULT_ACCOUNT_ID;
        private String issuer = DEFAULT_ISSUER;
        private Clock clock = Clock.systemUTC();
        private KeyPair signingKey;
        private final List<Fixtures> fixtures = new ArrayList<>();
        private int journalSize = RequestJournal.DEFAULT_CAPACITY;
        private boolean requireSignatures;
        private final Map<String, String> credentials = new LinkedHashMap<>();
        private boolean keepLoginTokens;
        private boolean adminEndpoints = true;
        private boolean uiReadOnly;
        private String adminToken;
        private final Set<String> allowedHosts = new LinkedHashSet<>();
        private HttpTimeouts httpTimeouts = HttpTimeouts.DEFAULTS;

        private Builder() {}

        /** Internal, for tests: how long the HTTP listener waits for slow or idle clients. */
        Builder httpTimeouts(HttpTimeouts timeouts) {
            this.httpTimeouts = Objects.requireNonNull(timeouts, "timeouts");
            return this;
        }

        /**
         * Refuses calls the SDKs sign unless they carry a valid AWS Signature Version 4 {@code Authorization}
         * header: its credential scope must name this fake's region and the service {@code cognito-identity},
         * and its request date must be within 15 minutes of the fake's {@link #clock(Clock) clock}. The calls
         * the SDKs send unsigned ({@code GetId}, {@code GetCredentialsForIdentity}, {@code GetOpenIdToken},
         * {@code UnlinkIdentity}) may still come unsigned; when they are signed, their signature is checked
         * too. Refusals are the real service's errors ({@code MissingAuthenticationTokenException},
         * {@code InvalidSignatureException}, {@code IncompleteSignatureException},
         * {@code UnrecognizedClientException}). Any access key is accepted unless
         * {@link #credentials(String, String)} are given. Off by default: then nothing is checked.
         *
         * @return this builder
         */
        public Builder requireSignatures() {
            this.requireSignatures = true;
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
         * Adds credentials the fake knows (several calls add up): with {@link #requireSignatures()}, a
         * signature by one of these access keys is verified against its secret, and any other access key is
         * refused ({@code UnrecognizedClientException}).
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
         * An admin token: every admin endpoint but {@code GET /_fake/health} then answers 401 unless the
         * header {@code X-Fake-Cognito-Admin} carries it ({@code FakeAdminClient.connect(endpoint, token)}
         * sends it). None by default; for fakes in shared environments.
         */
        public Builder adminToken(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("an admin token must not be blank");
            }
            this.adminToken = token;
            return this;
        }

        /**
         * Host names (as clients write them in URLs, e.g. a Docker Compose service name) that may call the
         * admin endpoints, besides IP addresses, {@code localhost}, {@code *.localhost} and the listen
         * address, which always may; {@code "*"} allows any. Other names get 403, so that a web page whose
         * name was made to resolve to this machine (DNS rebinding) cannot read or change the fake.
         */
        public Builder allowedHosts(String... names) {
            for (String name : names) {
                String trimmed = Objects.requireNonNull(name, "name").trim().toLowerCase(Locale.ROOT);
                if (trimmed.isEmpty()) {
                    throw new IllegalArgumentException("an allowed host name must not be blank");
                }
                allowedHosts.add(trimmed);
            }
            return this;
        }

        /** How many API calls the request journal keeps (5,000 by default; older ones are dropped and counted). */
        public Builder requestJournalSize(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("the journal size must be >= 0, got " + size);
            }
            this.journalSize = size;
            return this;
        }

        /**
         * Whether the request journal keeps the values of {@code Logins} (provider tokens, JWTs) as
         * received. False by default: they are masked, keeping the provider and, for a JWT, its
         * {@code sub} ({@code [masked JWT sub=…]}, {@code [masked N characters]}), so that a journal read
         * by anyone who can reach the fake never holds usable tokens.
         */
        public Builder keepLoginTokensInJournal(boolean keep) {
            this.keepLoginTokens = keep;
            return this;
        }

        /** Fixtures to seed when the fake starts (several calls add up, seeded in order). */
        public Builder fixtures(Fixtures fixtures) {
            this.fixtures.add(Objects.requireNonNull(fixtures, "fixtures"));
            return this;
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to listen on; 127.0.0.1 by default, 0.0.0.0 for all interfaces. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The region, e.g. {@code eu-west-1}; us-east-1 by default. */
        public Builder region(String region) {
            if (region == null || !REGION.matcher(region).matches()) {
                throw new IllegalArgumentException("not an AWS region name: " + region);
            }
            this.region = region;
            return this;
        }

        /** The 12-digit account id in pool ARNs; 123456789012 by default. */
        public Builder accountId(String accountId) {
            if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
                throw new IllegalArgumentException("an account id has 12 digits, got " + accountId);
            }
            this.accountId = accountId;
            return this;
        }

        /** The {@code iss} of the OpenID tokens; the real {@code https://cognito-identity.amazonaws.com} by default. */
        public Builder issuer(String issuer) {
            this.issuer = Objects.requireNonNull(issuer, "issuer");
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
         * @throws IllegalStateException when credentials are given without {@link #requireSignatures()}
         */
        public FakeCognitoIdentity build() {
            if (!credentials.isEmpty() && !requireSignatures) {
                throw new IllegalStateException("credentials are only used to verify signatures: require signatures "
                        + "too (requireSignatures(); --require-signatures or FAKE_COGNITO_REQUIRE_SIGNATURES=true "
                        + "for the standalone server), or leave the credentials out");
            }
            return new FakeCognitoIdentity(this);
        }

        /** Builds and starts the fake. */
        public FakeCognitoIdentity start() {
            return build().start();
        }
    }
}
