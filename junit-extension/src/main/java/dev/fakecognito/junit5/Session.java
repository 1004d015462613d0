package dev.fakecognito.junit5;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.admin.InvalidFaultException;
import dev.fakecognito.admin.internal.Lease;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * One fake as a scope (a test class, or one test) sees it: the fake, the fixtures to seed into it and
 * the SDK clients handed out for it. Kept in the scope's store, which closes it at the scope's end.
 */
final class Session implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final StartedFake started;
    private final FakeAdmin fake;
    private final SharedFake shared;
    /** Where the fake goes when the scope ends, for a fake that may serve later scopes; else null. */
    private final IdleFakes idle;

    private final Settings settings;
    private final String owner;
    private final String ownerId;
    private final Lease lease;
    private CognitoIdentityClient client;
    private CognitoIdentityAsyncClient asyncClient;
    private boolean closed;

    private Session(
            StartedFake started,
            SharedFake shared,
            IdleFakes idle,
            Settings settings,
            String owner,
            String ownerId,
            List<Fixtures> fixtures) {
        this.started = started;
        this.fake = started.admin();
        this.shared = shared;
        this.idle = idle;
        this.settings = settings;
        this.owner = owner;
        this.ownerId = ownerId;
        this.lease = new Lease(fake, fixtures, ExtensionConfigurationException::new);
    }

    /**
     * Gives a scope a fake of its own and seeds the fixtures: one that an earlier scope with the same
     * settings finished with, reset, or else a new one (or, shared, the run's one).
     *
     * @param scope the scope's extension context
     * @param owner how to name the scope in messages: the test class, or class and method
     */
    static Session open(Settings settings, ExtensionContext scope, String owner) {
        ExtensionContext.Store run = scope.getRoot().getStore(CognitoIdentityExtension.NAMESPACE);
        if (!settings.shared()) {
            IdleFakes idle = settings.reusable()
                    ? run.getOrComputeIfAbsent(IdleFakes.key(settings), key -> new IdleFakes(), IdleFakes.class)
                    : null;
            StartedFake reused = idle == null ? null : idle.take();
            // A new fake starts while its fixtures are parsed, when they are not yet: in a fresh JVM each
            // takes a few hundred milliseconds (Undertow; YAML and data binding), and test machines have
            // more than one core.
            FutureTask<List<Fixtures>> loading =
                    new FutureTask<>(() -> load(scope, settings.fixtures(), owner, DECLARED));
            if (reused == null && settings.fixtures().stream().anyMatch(resource -> !parsed(run, resource))) {
                Thread parser = new Thread(loading, "fake-cognito-identity-fixtures");
                parser.setDaemon(true);
                parser.start();
            } else {
                loading.run();
            }
            StartedFake started;
            try {
                started = reused != null ? reused : StartedFake.start(settings, owner);
            } catch (RuntimeException | Error e) {
                try {
                    fixtures(loading);
                } catch (RuntimeException | Error mistake) { // reported first, as when the fixtures were read first
                    mistake.addSuppressed(e);
                    throw mistake;
                }
                throw e;
            }
            List<Fixtures> fixtures;
            try {
                fixtures = fixtures(loading);
            } catch (RuntimeException | Error e) {
                started.close();
                throw e;
            }
            Session session = new Session(started, null, idle, settings, owner, scope.getUniqueId(), fixtures);
            try {
                if (reused != null) {
                    session.lease.reseed(owner);
                } else {
                    session.lease.seed(fixtures, owner);
                }
            } catch (RuntimeException e) {
                started.close();
                throw e;
            }
            return session;
        }
        List<Fixtures> fixtures = load(scope, settings.fixtures(), owner, DECLARED);
        SharedFake shared = run.getOrComputeIfAbsent(
                settings.reuseKey(), key -> new SharedFake(StartedFake.start(settings, owner)), SharedFake.class);
        shared.acquire(owner);
        Session session = new Session(shared.fake(), shared, null, settings, owner, scope.getUniqueId(), fixtures);
        try {
            session.lease.reseed(owner);
        } catch (RuntimeException e) {
            shared.release(owner);
            throw e;
        }
        return session;
    }

    /**
     * Loads fixture resources, naming the test in the error when one is missing or malformed. Each
     * resource is read and parsed once per test run (kept in the root context's store: a {@link Fixtures}
     * is immutable), so a hundred classes declaring the same fixture parse it once.
     */
    static List<Fixtures> load(ExtensionContext context, List<String> resources, String owner, String declaredBy) {
        ExtensionContext.Store run = context.getRoot().getStore(CognitoIdentityExtension.NAMESPACE);
        List<Fixtures> loaded = new ArrayList<>();
        for (String resource : resources) {
            try {
                loaded.add(run.getOrComputeIfAbsent(
                        new ParsedFixture(resource), key -> Fixtures.fromResource(resource), Fixtures.class));
            } catch (FixtureException e) {
                throw new ExtensionConfigurationException(
                        "Cannot load fixture '" + resource + "' of " + owner + " (" + declaredBy + "): "
                                + e.getMessage(),
                        e);
            }
        }
        return List.copyOf(loaded);
    }

    /** The store key of a parsed fixture resource. */
    private record ParsedFixture(String resource) {}

    private static final String DECLARED = "@CognitoIdentityTest(fixtures)";

    /** Whether this test run has parsed the resource already. */
    private static boolean parsed(ExtensionContext.Store run, String resource) {
        return run.get(new ParsedFixture(resource)) != null;
    }

    /** The fixtures a task loads, once it has; its failure as thrown. */
    private static List<Fixtures> fixtures(FutureTask<List<Fixtures>> loading) {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the fixtures were read", e);
        }
    }

    /** Whether this session was opened for the given scope (and so is freshly seeded at its start). */
    boolean ownedBy(ExtensionContext scope) {
        return ownerId.equals(scope.getUniqueId());
    }

    /**
     * Prepares the fake for a test: reset and seed again (unless the fake was opened for this very test
     * or the settings keep state), then the test's own fixtures, then its faults.
     *
     * @param clock  the instant the test's {@link CognitoClock} freezes the clock at, or {@code null}
     * @param faults the faults the test declares, with how to name each in an error
     * @return the faults injected, to remove after the test
     */
    List<FaultHandle> beforeTest(
            ExtensionContext test, List<Fixtures> extra, Instant clock, List<DeclaredFault> faults) {
        boolean reset = settings.resetBeforeEach() && !ownedBy(test);
        List<FaultHandle> injected = new ArrayList<>();
        lease.begin(
                "Test " + test.getDisplayName() + " of " + owner,
                reset || !extra.isEmpty() || clock != null || !faults.isEmpty(),
                "Run the class's tests in one thread (@Execution(SAME_THREAD)), register the extension in an"
                        + " instance field (a fake per test), or keep state (resetBeforeEach = false) and use"
                        + " unique names.",
                () -> {
                    if (reset) {
                        lease.reseed(owner);
                    }
                    lease.seed(extra, owner);
                    if (clock != null) {
                        fake.freezeClock(clock);
                    }
                    injected.addAll(inject(faults));
                });
        return injected;
    }

    /**
     * Removes the test's faults (if still there), gives the clock its real time back if the test froze
     * it, and marks the test as finished.
     */
    void afterTest(List<FaultHandle> injected, boolean frozeClock) {
        try {
            injected.forEach(FaultHandle::remove);
            if (frozeClock) {
                fake.useSystemClock();
            }
        } finally {
            lease.end();
        }
    }

    /**
     * A fault declared by a {@link CognitoFault} annotation.
     *
     * @param fault       the fault
     * @param declaration how to name it in an error, e.g. {@code @CognitoFault(operation = "GetId") on test …}
     */
    record DeclaredFault(Fault fault, String declaration) {}

    private List<FaultHandle> inject(List<DeclaredFault> faults) {
        List<FaultHandle> injected = new ArrayList<>();
        for (DeclaredFault declared : faults) {
            try {
                injected.add(fake.inject(declared.fault()));
            } catch (InvalidFaultException e) {
                injected.forEach(FaultHandle::remove);
                throw new ExtensionConfigurationException(
                        "Cannot inject " + declared.declaration() + ": " + e.getMessage(), e);
            }
        }
        return injected;
    }

    /**
     * The object to inject for a supported type.
     *
     * @throws ParameterResolutionException for the fake of the other kind (a container asked for in an
     *                                      in-process test, or the other way round)
     */
    Object resolve(Class<?> type) {
        if (type == FakeAdmin.class) {
            return fake;
        }
        if (type == FakeCognitoIdentity.class || type.getName().equals(StartedFake.CONTAINER_CLASS)) {
            if (!started.is(type)) {
                throw new ParameterResolutionException("Cannot inject " + type.getSimpleName() + " into " + owner
                        + ": its fake runs "
                        + (settings.container() ? "in a container (container = true)" : "in this JVM")
                        + ". Inject FakeAdmin, the same for both kinds of fake"
                        + (settings.container() ? ", or CognitoIdentityContainer." : ", or FakeCognitoIdentity."));
            }
            return fake;
        }
        if (type == URI.class) {
            return fake.endpoint();
        }
        if (type == CognitoIdentityClient.class) {
            return client();
        }
        if (type == CognitoIdentityAsyncClient.class) {
            return asyncClient();
        }
        throw new IllegalArgumentException("unsupported type " + type.getName());
    }

    synchronized CognitoIdentityClient client() {
        requireOpen();
        if (client == null) {
            client = CognitoIdentityClient.builder()
                    .endpointOverride(fake.endpoint())
                    .region(Region.of(fake.region()))
                    .credentialsProvider(credentials())
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
        }
        return client;
    }

    synchronized CognitoIdentityAsyncClient asyncClient() {
        requireOpen();
        if (asyncClient == null) {
            asyncClient = CognitoIdentityAsyncClient.builder()
                    .endpointOverride(fake.endpoint())
                    .region(Region.of(fake.region()))
                    .credentialsProvider(credentials())
                    .build();
        }
        return asyncClient;
    }

    /** The credentials the fake accepts: its configured ones when it verifies signatures, else dummy ones. */
    private StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(fake.accessKeyId(), fake.secretAccessKey()));
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The fake of " + owner + " is closed");
        }
    }

    /**
     * Closes an async client without holding up the test run: the SDK's Netty client waits out a quiet
     * period of 2 s when it closes, which would add 2 s of idle time to every test class that injects
     * one. Its threads are the SDK's daemon threads, and its connections are to a fake about to close.
     */
    private static void closeInTheBackground(CognitoIdentityAsyncClient asyncClient) {
        Thread closer = new Thread(asyncClient::close, "fake-cognito-identity-async-client-close");
        closer.setDaemon(true);
        closer.start();
    }

    /**
     * Closes the clients, then the fake; a shared fake is only released, and a reusable one kept idle
     * for a later scope (the run closes them).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (client != null) {
                client.close();
            }
            if (asyncClient != null) {
                closeInTheBackground(asyncClient);
            }
        } finally {
            if (shared != null) {
                shared.release(owner);
            } else if (idle != null) {
                idle.give(started);
            } else {
                started.close();
            }
        }
    }
}
