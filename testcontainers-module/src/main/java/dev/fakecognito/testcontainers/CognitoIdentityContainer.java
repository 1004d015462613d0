package dev.fakecognito.testcontainers;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
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
 *         .endpointOverride(cognito.getEndpoint())
 *         .region(Region.of(cognito.getRegion()))
 *         .credentialsProvider(StaticCredentialsProvider.create(
 *                 AwsBasicCredentials.create(cognito.getAccessKeyId(), cognito.getSecretAccessKey())))
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
 * <p>Configuration goes through the container's environment; the getters read the same environment,
 * so they always say what the container was started with. The fake is ready when
 * {@code GET /_fake/health} answers 200.
 */
public class CognitoIdentityContainer extends GenericContainer<CognitoIdentityContainer> implements FakeAdmin {

    /** The image repository, {@code fakecognito/fake-cognito-identity} (Docker Hub style, no registry host). */
    public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse("fakecognito/fake-cognito-identity");

    /** The default image tag: this module's version (the image of the same release). */
    public static final String DEFAULT_TAG = readDefaultTag();

    /** The port the fake listens on inside the container. */
    public static final int PORT = 9230;

    /** The region used unless {@link #withRegion(String)} says otherwise. */
    public static final String DEFAULT_REGION = "us-east-1";

    /** The account used unless {@link #withAccountId(String)} says otherwise. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    /** The issuer of the fake's OpenID tokens unless {@link #withIssuer(String)} says otherwise. */
    public static final String DEFAULT_ISSUER = "https://cognito-identity.amazonaws.com";

    /** Where {@link #withFixtures(MountableFile)} puts the fixture file inside the container. */
    public static final String FIXTURES_PATH = "/fixtures/world.yaml";

    static final String ENV_HOST = "FAKE_COGNITO_HOST";
    static final String ENV_PORT = "FAKE_COGNITO_PORT";
    static final String ENV_REGION = "FAKE_COGNITO_REGION";
    static final String ENV_ACCOUNT_ID = "FAKE_COGNITO_ACCOUNT_ID";
    static final String ENV_ISSUER = "FAKE_COGNITO_ISSUER";
    static final String ENV_FIXTURES = "FAKE_COGNITO_FIXTURES";
    static final String ENV_LOG_LEVEL = "FAKE_COGNITO_LOG_LEVEL";
    static final String ENV_REQUIRE_SIGNATURES = "FAKE_COGNITO_REQUIRE_SIGNATURES";
    static final String ENV_CREDENTIALS = "FAKE_COGNITO_CREDENTIALS";
    static final String ENV_ADMIN_TOKEN = "FAKE_COGNITO_ADMIN_TOKEN";
    static final String ENV_NO_ADMIN = "FAKE_COGNITO_NO_ADMIN";
    static final String ENV_UI_READ_ONLY = "FAKE_COGNITO_UI_READ_ONLY";
    static final String ENV_ALLOWED_HOSTS = "FAKE_COGNITO_ALLOWED_HOSTS";
    static final String ENV_KEEP_LOGIN_TOKENS = "FAKE_COGNITO_KEEP_LOGIN_TOKENS";

    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error", "off");
    /** What clients sign with when no credentials are configured: any key works then. */
    private static final String ANY_CREDENTIAL = "test";

    private FakeAdminClient admin;
    private final Set<String> allowedHosts = new LinkedHashSet<>();

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
        withEnv(ENV_HOST, "0.0.0.0");
        withEnv(ENV_PORT, String.valueOf(PORT));
        withEnv(ENV_REGION, DEFAULT_REGION);
        withEnv(ENV_ACCOUNT_ID, DEFAULT_ACCOUNT_ID);
        waitingFor(Wait.forHttp("/_fake/health")
                .forPort(PORT)
                .forStatusCode(200)
                .withStartupTimeout(Duration.ofSeconds(60)));
    }

    /**
     * Seeds the fake at start with a YAML or JSON fixture file (the model of
     * {@link dev.fakecognito.model.World}). The file is copied into the container, readable by its
     * non-root user; a file the fake cannot load makes the start fail with the fake's message in the
     * container log.
     *
     * @param fixtures e.g. {@code MountableFile.forClasspathResource("cognito/world.yaml")}
     * @return this container
     */
    public CognitoIdentityContainer withFixtures(MountableFile fixtures) {
        Objects.requireNonNull(fixtures, "fixtures");
        withCopyFileToContainer(MountableFile.forHostPath(fixtures.getResolvedPath(), 0644), FIXTURES_PATH);
        return withEnv(ENV_FIXTURES, FIXTURES_PATH);
    }

    /**
     * Sets the region of the fake: the prefix of pool and identity ids, and what {@link #getRegion()}
     * returns.
     *
     * @param region e.g. {@code "eu-west-1"}
     * @return this container
     */
    public CognitoIdentityContainer withRegion(String region) {
        return withEnv(ENV_REGION, requireText(region, "region"));
    }

    /**
     * Sets the 12-digit account id of the fake, used in pool ARNs.
     *
     * @param accountId e.g. {@code "111122223333"}
     * @return this container
     */
    public CognitoIdentityContainer withAccountId(String accountId) {
        return withEnv(ENV_ACCOUNT_ID, requireText(accountId, "accountId"));
    }

    /**
     * Sets the {@code iss} claim of the OpenID tokens the fake issues (default
     * {@code https://cognito-identity.amazonaws.com}).
     *
     * @param issuer the issuer URL
     * @return this container
     */
    public CognitoIdentityContainer withIssuer(String issuer) {
        return withEnv(ENV_ISSUER, requireText(issuer, "issuer"));
    }

    /**
     * Sets the fake's log level.
     *
     * @param level {@code trace}, {@code debug}, {@code info} (the image's default), {@code warn},
     *              {@code error} or {@code off}, in any case
     * @return this container
     * @throws IllegalArgumentException for another level
     */
    public CognitoIdentityContainer withLogLevel(String level) {
        String normalized = requireText(level, "level").trim().toLowerCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(normalized)) {
            throw new IllegalArgumentException("log level '" + level + "' is none of " + LOG_LEVELS);
        }
        return withEnv(ENV_LOG_LEVEL, normalized);
    }

    /**
     * Makes the fake refuse calls the SDKs sign unless they carry a valid AWS Signature Version 4 whose
     * credential scope names its region and {@code cognito-identity}, dated within 15 minutes of its clock;
     * {@code GetId}, {@code GetCredentialsForIdentity}, {@code GetOpenIdToken} and {@code UnlinkIdentity} may
     * still come unsigned. Any access key is accepted unless {@link #withCredentials(String, String)} are given.
     *
     * @return this container
     */
    public CognitoIdentityContainer withRequireSignatures() {
        return withEnv(ENV_REQUIRE_SIGNATURES, "true");
    }

    /**
     * Adds credentials the fake verifies signatures with (several calls add up); other access keys are then
     * refused. Needs {@link #withRequireSignatures()}. {@link #getAccessKeyId()} and
     * {@link #getSecretAccessKey()} return the first ones given.
     *
     * @param accessKeyId     the access key id, e.g. {@code AKIAIOSFODNN7EXAMPLE}
     * @param secretAccessKey its secret access key
     * @return this container
     * @throws IllegalArgumentException when either is blank or holds white space or a comma, or the access key
     *                                  a slash or colon
     */
    public CognitoIdentityContainer withCredentials(String accessKeyId, String secretAccessKey) {
        Credentials.check(accessKeyId, secretAccessKey);
        String credential = accessKeyId + ":" + secretAccessKey;
        String known = getEnvMap().get(ENV_CREDENTIALS);
        return withEnv(ENV_CREDENTIALS, known == null ? credential : known + "," + credential);
    }

    /**
     * Starts the container, after checking its settings.
     *
     * @throws IllegalStateException for credentials without {@link #withRequireSignatures()}, before any
     *                               container is created
     */
    @Override
    public void start() {
        if (getEnvMap().containsKey(ENV_CREDENTIALS) && !requiresSignatures()) {
            throw new IllegalStateException("withCredentials(...) are only used to verify signatures: call "
                    + "withRequireSignatures() too, or leave the credentials out");
        }
        super.start();
    }

    /**
     * Protects the fake's admin endpoints with a token (env {@code FAKE_COGNITO_ADMIN_TOKEN}), for a
     * container other people or processes can reach: every admin call but {@code GET /_fake/health}
     * then needs it in the header {@code X-Fake-Cognito-Admin}. This container's own {@link FakeAdmin}
     * methods send it.
     *
     * @param token the admin token
     * @return this container
     */
    public CognitoIdentityContainer withAdminToken(String token) {
        return withEnv(ENV_ADMIN_TOKEN, requireText(token, "token"));
    }

    /**
     * Keeps login tokens in the request journal as received (env
     * {@code FAKE_COGNITO_KEEP_LOGIN_TOKENS=true}); by default the values of {@code Logins} are masked,
     * keeping the provider and a JWT's {@code sub}.
     *
     * @return this container
     */
    public CognitoIdentityContainer withLoginTokensKeptInJournal() {
        return withEnv(ENV_KEEP_LOGIN_TOKENS, "true");
    }

    /**
     * Hides the buttons of the fake's browser page ({@code /_fake/ui}) that change it, reset and fixture
     * loading (env {@code FAKE_COGNITO_UI_READ_ONLY=true}), for a fake many people look at. It protects
     * nothing: {@link #withAdminToken(String)} does.
     *
     * @return this container
     */
    public CognitoIdentityContainer withReadOnlyUi() {
        return withEnv(ENV_UI_READ_ONLY, "true");
    }

    /**
     * Disables the fake's admin endpoints but {@code GET /_fake/health} (env
     * {@code FAKE_COGNITO_NO_ADMIN=true}); this container's {@link FakeAdmin} methods other than the
     * configuration getters then fail with the fake's 404.
     *
     * @return this container
     */
    public CognitoIdentityContainer withoutAdminEndpoints() {
        return withEnv(ENV_NO_ADMIN, "true");
    }

    /**
     * Host names other containers use to call the fake's admin endpoints (env
     * {@code FAKE_COGNITO_ALLOWED_HOSTS}), besides IP addresses and {@code localhost}, which always may.
     * The container's network aliases are added on start; {@code "*"} allows any name.
     *
     * @param names host names, e.g. a Docker Compose service name
     * @return this container
     */
    public CognitoIdentityContainer withAllowedHosts(String... names) {
        for (String name : names) {
            allowedHosts.add(requireText(name, "name").trim());
        }
        return self();
    }

    /** Allows the network aliases (other containers call the fake by them) besides the names given. */
    @Override
    protected void configure() {
        super.configure();
        Set<String> names = new LinkedHashSet<>(allowedHosts);
        names.addAll(getNetworkAliases());
        if (!names.isEmpty()) {
            withEnv(ENV_ALLOWED_HOSTS, String.join(",", names));
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
    public URI getEndpoint() {
        return URI.create("http://" + getHost() + ":" + getMappedPort(PORT));
    }

    /** The region the fake was configured with. */
    public String getRegion() {
        return getEnvMap().get(ENV_REGION);
    }

    /** The account id the fake was configured with. */
    public String getAccountId() {
        return getEnvMap().get(ENV_ACCOUNT_ID);
    }

    /**
     * An access key id for AWS clients: the first given to {@link #withCredentials(String, String)}, else the
     * conventional {@code test} (without credentials the fake accepts any).
     */
    public String getAccessKeyId() {
        String first = firstCredential();
        return first == null ? ANY_CREDENTIAL : first.substring(0, first.indexOf(':'));
    }

    /** The secret access key of {@link #getAccessKeyId()}: the one given with it, else {@code test}. */
    public String getSecretAccessKey() {
        String first = firstCredential();
        return first == null ? ANY_CREDENTIAL : first.substring(first.indexOf(':') + 1);
    }

    /** Whether the fake was configured to require signatures ({@link #withRequireSignatures()}). */
    public boolean requiresSignatures() {
        return getEnvMap().containsKey(ENV_REQUIRE_SIGNATURES);
    }

    private String firstCredential() {
        String credentials = getEnvMap().get(ENV_CREDENTIALS);
        return credentials == null ? null : credentials.split(",", 2)[0];
    }

    /**
     * Drops every pool and identity, the request journal and every fault ({@code POST /_fake/reset}).
     * Fixtures given with {@link #withFixtures(MountableFile)} are not loaded again.
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

    /** The same as {@link #getEndpoint()}. */
    @Override
    public URI endpoint() {
        return getEndpoint();
    }

    /**
     * The {@code iss} claim of the OpenID tokens the fake signs: the one given to
     * {@link #withIssuer(String)}, else the real service's {@code https://cognito-identity.amazonaws.com}.
     */
    @Override
    public String issuer() {
        return getEnvMap().getOrDefault(ENV_ISSUER, DEFAULT_ISSUER);
    }

    /** The same as {@link #getRegion()}. */
    @Override
    public String region() {
        return getRegion();
    }

    /** The same as {@link #getAccountId()}. */
    @Override
    public String accountId() {
        return getAccountId();
    }

    /** The admin client of the running container (its mapped port changes with each start). */
    private synchronized FakeAdminClient admin() {
        URI endpoint = getEndpoint();
        if (admin == null || !admin.endpoint().equals(endpoint)) {
            String token = getEnvMap().get(ENV_ADMIN_TOKEN);
            admin = token == null ? FakeAdminClient.connect(endpoint) : FakeAdminClient.connect(endpoint, token);
        }
        return admin;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
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
