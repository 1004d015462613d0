package dev.fakecognito.testcontainers;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.admin.FakeClock;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.Credentials;
import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.model.internal.Regions;
import dev.fakecognito.model.internal.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The fake Cognito Identity service in a container, for tests that want it out of process.
 *
 * <pre>{@code
 * @Container
 * static CognitoIdentityContainer cognito = new CognitoIdentityContainer()
 *         .withFixtures(MountableFile.forClasspathResource("cognito/world.yaml"))
 *         .withRegion("eu-west-1");
 *
 * CognitoIdentityClient client = CognitoIdentityClient.builder()
 *         .endpointOverride(cognito.endpoint())
 *         .region(Region.of(cognito.region()))
 *         .credentialsProvider(StaticCredentialsProvider.create(
 *                 AwsBasicCredentials.create(cognito.accessKeyId(), cognito.secretAccessKey())))
 *         .build();
 * }</pre>
 *
 * <p>The default image is {@code fakecognito/fake-cognito-identity} with this module's version as tag
 * (a Docker Hub style name: an organisation and a repository, no registry host). It is not on any
 * registry yet: build it with {@code scripts/build-image.sh}. With the default image name the
 * container never pulls: a missing image fails at once with a message that says how to build it.
 * Other names (a compatible substitute pushed to your own registry) use Testcontainers' usual pull
 * policy.
 *
 * <p>Each {@code withX} method is the setting {@code x} of the fake, named as on every other surface
 * (the builder's {@code x(...)}, the standalone server's {@code --x} option), checked at once, and
 * passed to the container as its environment variable ({@code FAKE_COGNITO_X}). The getters read the
 * same environment, so they always say what the container was started with. The container fixes the
 * fake's port ({@value #PORT}, mapped to a free one on the host: see {@link #endpoint()}) and host. The
 * fake is ready when {@code GET /_fake/health} answers 200.
 */
public class CognitoIdentityContainer extends GenericContainer<CognitoIdentityContainer> implements FakeAdmin {

    /** The image repository, {@code fakecognito/fake-cognito-identity} (Docker Hub style, no registry host). */
    public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse("fakecognito/fake-cognito-identity");

    /** The default image tag: this module's version (the image of the same release). */
    public static final String DEFAULT_TAG = readDefaultTag();

    /** The port the fake listens on inside the container. */
    public static final int PORT = FakeSettings.STANDALONE_PORT;

    /** Where {@link #withDataDir(Path)} mounts the data directory inside the container. */
    public static final String DATA_DIR = "/data";

    /** Where fixture documents are copied inside the container. */
    private static final String FIXTURES_DIRECTORY = "/fixtures/";

    /** What clients sign with when no credentials are configured: any key works then. */
    private static final String ANY_CREDENTIAL = "test";

    private FakeAdminClient admin;
    private final List<String> allowedHosts = new ArrayList<>();
    private int fixtureCount;

    /** A container of the default image, {@code fakecognito/fake-cognito-identity:<this version>}. */
    public CognitoIdentityContainer() {
        this(DEFAULT_IMAGE_NAME.withTag(DEFAULT_TAG));
    }

    /**
     * A container of the given image.
     *
     * @param dockerImageName e.g. {@code "fakecognito/fake-cognito-identity:0.1.0"}
     * @throws IllegalStateException when the image is not this fake (see {@link #CognitoIdentityContainer(DockerImageName)})
     */
    public CognitoIdentityContainer(String dockerImageName) {
        this(DockerImageName.parse(dockerImageName));
    }

    /**
     * A container of the given image: {@code fakecognito/fake-cognito-identity} with any tag, or
     * another name declared as a substitute, e.g.
     * {@code DockerImageName.parse("registry.example/cognito:1").asCompatibleSubstituteFor("fakecognito/fake-cognito-identity")}.
     *
     * @param dockerImageName the image
     * @throws IllegalStateException when the image is neither this fake nor declared a substitute for it
     */
    public CognitoIdentityContainer(DockerImageName dockerImageName) {
        super(dockerImageName);
        dockerImageName.assertCompatibleWith(DEFAULT_IMAGE_NAME);
        if (dockerImageName.getUnversionedPart().equals(DEFAULT_IMAGE_NAME.getUnversionedPart())) {
            withImagePullPolicy(new LocalImageOnly());
        }
        withExposedPorts(PORT);
        withEnv(FakeSettings.HOST.environmentVariable(), "0.0.0.0");
        withEnv(FakeSettings.PORT.environmentVariable(), String.valueOf(PORT));
        waitingFor(Wait.forHttp("/_fake/health")
                .forPort(PORT)
                .forStatusCode(200)
                .withStartupTimeout(Duration.ofSeconds(60)));
    }

    /** Checks a value and passes it to the fake as the setting's environment variable. */
    private <T> CognitoIdentityContainer set(Setting<T> setting, T value) {
        T checked = setting.check(value, setting.containerMethod());
        return withEnv(setting.environmentVariable(), setting.format(checked));
    }

    /** The value the container was given for a setting, else its default. */
    private <T> T get(Setting<T> setting) {
        String text = getEnvMap().get(setting.environmentVariable());
        return text == null ? setting.defaultValue() : setting.parse(text, setting.environmentVariable());
    }

    /** Adds elements to a list setting. */
    private CognitoIdentityContainer add(Setting<List<String>> setting, List<String> more) {
        List<String> all = new ArrayList<>(get(setting));
        all.addAll(setting.check(more, setting.containerMethod()));
        return set(setting, all);
    }

    /**
     * Adds YAML or JSON fixture files to seed at start, after the ones already added (several calls add
     * up). Each is copied into the container, readable by its non-root user; a file the fake cannot load
     * makes the start fail with the fake's message (file, line, field) in the container log.
     *
     * @param files e.g. {@code MountableFile.forClasspathResource("cognito/world.yaml")}
     * @return this container
     */
    public CognitoIdentityContainer withFixtures(MountableFile... files) {
        List<String> paths = new ArrayList<>();
        for (MountableFile file : files) {
            Objects.requireNonNull(file, "withFixtures");
            String path = fixturePath(file.getResolvedPath());
            withCopyFileToContainer(MountableFile.forHostPath(file.getResolvedPath(), 0644), path);
            paths.add(path);
        }
        return add(FakeSettings.FIXTURES, paths);
    }

    /**
     * Adds fixture documents to seed at start, after the ones already added (several calls add up), as
     * the builder's {@code fixtures(Fixtures...)} does: each document's text is copied into the container.
     *
     * @param documents e.g. {@code Fixtures.fromResource("cognito/world.yaml")}
     * @return this container
     */
    public CognitoIdentityContainer withFixtures(Fixtures... documents) {
        List<String> paths = new ArrayList<>();
        for (Fixtures document : documents) {
            Objects.requireNonNull(document, "withFixtures");
            String path = fixturePath(document.source());
            withCopyToContainer(Transferable.of(document.document().getBytes(StandardCharsets.UTF_8), 0644), path);
            paths.add(path);
        }
        return add(FakeSettings.FIXTURES, paths);
    }

    /** A path in the container for the next fixture, keeping the file's name for the fake's messages. */
    private String fixturePath(String source) {
        String fileName = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return FIXTURES_DIRECTORY + (++fixtureCount) + "-" + (safe.isEmpty() ? "fixture.yaml" : safe);
    }

    /**
     * The region of the fake: the prefix of pool and identity ids, and what {@link #region()} returns.
     *
     * @param region e.g. {@code "eu-west-1"}
     * @return this container
     * @throws IllegalArgumentException when it is not a region name
     */
    public CognitoIdentityContainer withRegion(String region) {
        return set(FakeSettings.REGION, region);
    }

    /**
     * The 12-digit account id of the fake, used in pool ARNs.
     *
     * @param accountId e.g. {@code "111122223333"}
     * @return this container
     * @throws IllegalArgumentException when it is not 12 digits
     */
    public CognitoIdentityContainer withAccountId(String accountId) {
        return set(FakeSettings.ACCOUNT_ID, accountId);
    }

    /**
     * The {@code iss} claim of every OpenID token the fake issues (default: AWS's issuer for each pool's
     * region, {@code https://cognito-identity.amazonaws.com} in most regions).
     *
     * @param issuer the issuer URL
     * @return this container
     */
    public CognitoIdentityContainer withIssuer(String issuer) {
        return set(FakeSettings.ISSUER, issuer);
    }

    /**
     * Whether the fake refuses calls the SDKs sign unless they carry a valid AWS Signature Version 4 whose
     * credential scope names its region and {@code cognito-identity}, dated within 15 minutes of its clock
     * (false by default); {@code GetId}, {@code GetCredentialsForIdentity}, {@code GetOpenIdToken} and
     * {@code UnlinkIdentity} may still come unsigned. Any access key is accepted unless
     * {@link #withCredentials(String, String)} are given.
     *
     * @param require true to require signatures
     * @return this container
     */
    public CognitoIdentityContainer withRequireSignatures(boolean require) {
        return set(FakeSettings.REQUIRE_SIGNATURES, require);
    }

    /**
     * Adds credentials the fake verifies signatures with (several calls add up); other access keys are then
     * refused. Needs {@link #withRequireSignatures(boolean)}. {@link #accessKeyId()} and
     * {@link #secretAccessKey()} return the first ones given.
     *
     * @param accessKeyId     the access key id, e.g. {@code AKIAIOSFODNN7EXAMPLE}
     * @param secretAccessKey its secret access key
     * @return this container
     * @throws IllegalArgumentException when either is blank or holds white space or a comma, or the access key
     *                                  a slash or colon
     */
    public CognitoIdentityContainer withCredentials(String accessKeyId, String secretAccessKey) {
        Credentials.check(accessKeyId, secretAccessKey);
        return add(FakeSettings.CREDENTIALS, List.of(accessKeyId + ":" + secretAccessKey));
    }

    /**
     * Adds credentials of an account (see {@link #withCredentials(String, String)}): calls signed with this
     * access key are made from that account and see only its pools. A 12-digit access key id needs none of
     * this: it is its own account.
     *
     * @param accessKeyId     the access key id
     * @param secretAccessKey its secret access key
     * @param accountId       the 12-digit account its calls are made from
     * @return this container
     * @throws IllegalArgumentException as {@link #withCredentials(String, String)} does, or for an account id
     *                                  that is not 12 digits
     */
    public CognitoIdentityContainer withCredentials(String accessKeyId, String secretAccessKey, String accountId) {
        Credentials.check(accessKeyId, secretAccessKey);
        FakeSettings.ACCOUNT_ID.check(accountId);
        return add(FakeSettings.CREDENTIALS, List.of(accessKeyId + ":" + secretAccessKey + ":" + accountId));
    }

    /**
     * Whether JWT logins must carry a valid signature of their provider, as the real service requires
     * (false by default). The fake fetches a provider's keys from a URL made from its configured name; for
     * tokens minted with {@code LoginTokens} in the test's JVM, seed that JVM's key in a fixture
     * ({@code loginTokenKeys}, from {@code LoginTokens.jwks()}).
     *
     * @param verify true to verify signatures
     * @return this container
     */
    public CognitoIdentityContainer withVerifyLoginTokens(boolean verify) {
        return set(FakeSettings.VERIFY_LOGIN_TOKENS, verify);
    }

    /**
     * Protects the fake's admin endpoints with a token, for a container other people or processes can
     * reach: every admin call but {@code GET /_fake/health} then needs it in the header
     * {@code X-Fake-Cognito-Admin}. This container's own {@link FakeAdmin} methods send it.
     *
     * @param token the admin token
     * @return this container
     */
    public CognitoIdentityContainer withAdminToken(String token) {
        return set(FakeSettings.ADMIN_TOKEN, token);
    }

    /**
     * Host names other containers use to call the fake's admin endpoints, besides IP addresses and
     * {@code localhost}, which always may (several calls add up). The container's network aliases are
     * added on start; {@code "*"} allows any name.
     *
     * @param names host names, e.g. a Docker Compose service name
     * @return this container
     */
    public CognitoIdentityContainer withAllowedHosts(String... names) {
        allowedHosts.addAll(FakeSettings.ALLOWED_HOSTS.check(Arrays.asList(names), "withAllowedHosts"));
        return self();
    }

    /**
     * Whether the fake's admin endpoints answer (true by default). When false only
     * {@code GET /_fake/health} does, and this container's {@link FakeAdmin} methods other than the
     * configuration getters fail with the fake's 404.
     *
     * @param enabled false to disable them
     * @return this container
     */
    public CognitoIdentityContainer withAdminEndpoints(boolean enabled) {
        return set(FakeSettings.ADMIN_ENDPOINTS, enabled);
    }

    /**
     * Whether the request journal keeps login tokens as received (false by default: the values of
     * {@code Logins} are masked, keeping the provider and a JWT's {@code sub}).
     *
     * @param keep true to keep them
     * @return this container
     */
    public CognitoIdentityContainer withKeepLoginTokens(boolean keep) {
        return set(FakeSettings.KEEP_LOGIN_TOKENS, keep);
    }

    /**
     * Whether the fake's browser page ({@code /_fake/ui}) hides its buttons that change the fake, reset
     * and fixture loading (false by default), for a fake many people look at. It protects nothing:
     * {@link #withAdminToken(String)} does.
     *
     * @param readOnly true to hide them
     * @return this container
     */
    public CognitoIdentityContainer withUiReadOnly(boolean readOnly) {
        return set(FakeSettings.UI_READ_ONLY, readOnly);
    }

    /**
     * How many API calls the request journal keeps (5,000 by default).
     *
     * @param size 0 or more
     * @return this container
     */
    public CognitoIdentityContainer withJournalSize(int size) {
        return set(FakeSettings.JOURNAL_SIZE, size);
    }

    /**
     * Keeps the fake's state in a directory of this machine, mounted into the container (at
     * {@value #DATA_DIR}): pools, identities, logins, merges and tags survive the container, and a new
     * container given the same directory starts where the last one stopped. Every change is made durable
     * before the fake answers. The directory is created if missing (readable by this user only), and the
     * fake runs as the directory's owner so that it can write there. One container at a time may use it.
     *
     * @param dir the directory on this machine
     * @return this container
     * @throws IllegalArgumentException when the directory cannot be created
     */
    public CognitoIdentityContainer withDataDir(Path dir) {
        Path absolute = Objects.requireNonNull(dir, "withDataDir").toAbsolutePath();
        try {
            if (!Files.isDirectory(absolute)) {
                if (absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(
                            absolute,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(absolute);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("withDataDir: cannot create " + absolute + ": " + e.getMessage(), e);
        }
        // Bound on the create command, not with withFileSystemBind: for those Testcontainers first checks
        // that mounting works by running its tiny image (alpine), which a machine without a registry
        // cannot pull (the start then waits for the pull to time out).
        Bind bind = new Bind(absolute.toString(), new Volume(DATA_DIR), AccessMode.rw);
        withCreateContainerCmdModifier(command -> {
            HostConfig host = command.getHostConfig();
            Bind[] binds = host.getBinds() == null ? new Bind[0] : host.getBinds();
            Bind[] more = Arrays.copyOf(binds, binds.length + 1);
            more[binds.length] = bind;
            host.withBinds(more);
        });
        String owner = owner(absolute);
        if (owner != null) {
            withCreateContainerCmdModifier(command -> command.withUser(owner));
        }
        return set(FakeSettings.DATA_DIR, DATA_DIR);
    }

    /** The directory's owner as {@code uid:gid}, or {@code null} where the file system does not say. */
    private static String owner(Path dir) {
        try {
            return Files.getAttribute(dir, "unix:uid") + ":" + Files.getAttribute(dir, "unix:gid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The fake's log level.
     *
     * @param level {@code trace}, {@code debug}, {@code info} (the default), {@code warn}, {@code error} or
     *              {@code off}, in any case
     * @return this container
     * @throws IllegalArgumentException for another level
     */
    public CognitoIdentityContainer withLogLevel(String level) {
        return set(FakeSettings.LOG_LEVEL, level);
    }

    /**
     * Starts the container, after checking its settings.
     *
     * @throws IllegalStateException for credentials without {@link #withRequireSignatures(boolean)}, before
     *                               any container is created
     */
    @Override
    public void start() {
        if (!get(FakeSettings.CREDENTIALS).isEmpty() && !requiresSignatures()) {
            throw new IllegalStateException("withCredentials(...) are only used to verify signatures: call "
                    + "withRequireSignatures(true) too, or leave the credentials out");
        }
        super.start();
    }

    /** Allows the network aliases (other containers call the fake by them) besides the names given. */
    @Override
    protected void configure() {
        super.configure();
        Set<String> names = new LinkedHashSet<>(allowedHosts);
        names.addAll(getNetworkAliases());
        if (!names.isEmpty()) {
            set(FakeSettings.ALLOWED_HOSTS, List.copyOf(names));
        }
    }

    /**
     * Forwards the container's output to an SLF4J logger, each line at INFO, prefixed with
     * {@code STDOUT: } or {@code STDERR: }. Short for
     * {@code withLogConsumer(new Slf4jLogConsumer(logger))}.
     *
     * @param logger where the lines go
     * @return this container
     */
    public CognitoIdentityContainer withSlf4jLogs(Logger logger) {
        return withLogConsumer(new Slf4jLogConsumer(Objects.requireNonNull(logger, "logger")));
    }

    /**
     * The endpoint to give AWS clients ({@code endpointOverride}), on the mapped port.
     *
     * @return e.g. {@code http://localhost:32771}
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public URI endpoint() {
        return URI.create("http://" + getHost() + ":" + getMappedPort(PORT));
    }

    /** The region the fake was configured with ({@link #withRegion(String)}), else {@code us-east-1}. */
    @Override
    public String region() {
        return get(FakeSettings.REGION);
    }

    /** The account id the fake was configured with ({@link #withAccountId(String)}), else {@code 123456789012}. */
    @Override
    public String accountId() {
        return get(FakeSettings.ACCOUNT_ID);
    }

    /**
     * The {@code iss} claim of the OpenID tokens the fake signs for pools of its {@link #region()}: the one
     * given to {@link #withIssuer(String)}, else AWS's issuer for that region
     * ({@code https://cognito-identity.amazonaws.com} in most regions).
     */
    @Override
    public String issuer() {
        String given = get(FakeSettings.ISSUER);
        return given != null ? given : Regions.issuerOf(region());
    }

    /**
     * The access key id for AWS clients: the first given to {@link #withCredentials(String, String)}, else
     * the conventional {@code test} (without credentials the fake accepts any).
     */
    @Override
    public String accessKeyId() {
        List<String> credentials = get(FakeSettings.CREDENTIALS);
        return credentials.isEmpty()
                ? ANY_CREDENTIAL
                : Credentials.read(credentials.get(0), "credentials").accessKeyId();
    }

    /** The secret access key of {@link #accessKeyId()}: the one given with it, else {@code test}. */
    @Override
    public String secretAccessKey() {
        List<String> credentials = get(FakeSettings.CREDENTIALS);
        return credentials.isEmpty()
                ? ANY_CREDENTIAL
                : Credentials.read(credentials.get(0), "credentials").secretAccessKey();
    }

    /** Whether the fake was configured to require signatures ({@link #withRequireSignatures(boolean)}). */
    public boolean requiresSignatures() {
        return get(FakeSettings.REQUIRE_SIGNATURES);
    }

    /**
     * Drops every pool and identity, the request journal and every fault ({@code POST /_fake/reset}).
     * Fixtures given with {@code withFixtures} are not loaded again.
     *
     * @throws IllegalStateException when the fake refuses or the container is not running
     */
    @Override
    public void reset() {
        admin().reset();
    }

    /**
     * Adds the pools and identities of a fixture document to the fake, all or nothing
     * ({@code POST /_fake/fixtures}). The document's own text is sent, so that a mistake is reported
     * with its source, line and column.
     *
     * @param fixtures the document
     * @return what was created, with generated ids filled in
     * @throws dev.fakecognito.fixtures.FixtureException when the fake refuses the document
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public World seed(Fixtures fixtures) {
        return admin().seed(fixtures);
    }

    /**
     * A snapshot of everything in the fake ({@code GET /_fake/state}): pools, identities, merges and
     * the roles last chosen; the same model as {@code FakeCognitoIdentity.snapshot()}.
     *
     * @return the current world
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public World snapshot() {
        return admin().snapshot();
    }

    /**
     * The pools of one region and account ({@code GET /_fake/state?region=&accountId=}).
     *
     * @param region    the region, or {@code null} for every region
     * @param accountId the 12-digit account id, or {@code null} for every account
     * @return the world of those pools
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public World snapshot(String region, String accountId) {
        return admin().snapshot(region, accountId);
    }

    /**
     * The request journal ({@code GET /_fake/requests}): the most recent API calls with their outcome.
     *
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public RequestLog requests() {
        return admin().requests();
    }

    /**
     * Injects a fault into the fake ({@code POST /_fake/faults}); see {@link FakeAdmin#inject(Fault)}.
     *
     * @param fault the fault
     * @return its handle, which reads its hits from the container
     * @throws dev.fakecognito.admin.InvalidFaultException naming the field and value when the fake refuses it
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public FaultHandle inject(Fault fault) {
        return admin().inject(fault);
    }

    /**
     * The faults in the fake ({@code GET /_fake/faults}), in the order they apply.
     *
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public List<FaultHandle> faults() {
        return admin().faults();
    }

    /**
     * Removes every fault from the fake ({@code DELETE /_fake/faults}).
     *
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public void clearFaults() {
        admin().clearFaults();
    }

    /**
     * The fake's clock ({@code GET /_fake/clock}).
     *
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public FakeClock clock() {
        return admin().clock();
    }

    /**
     * Freezes the fake's clock at an instant ({@code POST /_fake/clock}); see {@link FakeAdmin#freezeClock}.
     *
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public FakeClock freezeClock(Instant instant) {
        return admin().freezeClock(instant);
    }

    /**
     * Moves the fake's clock ({@code POST /_fake/clock}); see {@link FakeAdmin#advanceClock}.
     *
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public FakeClock advanceClock(Duration duration) {
        return admin().advanceClock(duration);
    }

    /**
     * Gives the fake its real clock back ({@code POST /_fake/clock}).
     *
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public FakeClock useSystemClock() {
        return admin().useSystemClock();
    }

    /** The admin client of the running container (its mapped port changes with each start). */
    private synchronized FakeAdminClient admin() {
        URI endpoint = endpoint();
        if (admin == null || !admin.endpoint().equals(endpoint)) {
            String token = get(FakeSettings.ADMIN_TOKEN);
            admin = token == null ? FakeAdminClient.connect(endpoint) : FakeAdminClient.connect(endpoint, token);
        }
        return admin;
    }

    private static String readDefaultTag() {
        Properties properties = new Properties();
        try (InputStream in = CognitoIdentityContainer.class.getResourceAsStream("image.properties")) {
            if (in == null) {
                throw new IllegalStateException("image.properties is missing from the testcontainers module");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("image.tag");
    }
}
