package dev.fakecognito.junit5;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.internal.Credentials;
import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.model.internal.Setting;
import dev.fakecognito.model.internal.SettingValues;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ModifierSupport;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The JUnit Jupiter extension behind {@link CognitoIdentityTest}: starts a fake Cognito Identity
 * service, prepares it before each test and injects it, its endpoint and SDK clients for it.
 *
 * <p>Registered through {@code @CognitoIdentityTest} it reads its settings from that annotation. For
 * programmatic settings register one built with {@link #builder()}:
 * <pre>{@code
 * @RegisterExtension
 * static CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
 *         .fixtures("cognito/world.yaml").region("eu-west-1").build();
 * }</pre>
 *
 * <p>Scope: in a {@code static} field (or through the annotation) there is one fake per test class,
 * shared by its {@code @Nested} classes; in an instance field there is one fake per test (per test
 * instance). Before each test the fake is reset and the fixtures seeded again unless
 * {@code resetBeforeEach} is off, then the test's {@link CognitoFixtures} are seeded and its
 * {@link CognitoFault}s injected (and removed after it). The clients handed out are closed when their
 * scope ends; the fake is reset and kept for the next scope with the same settings (not one with a data
 * directory or a customizer, which is closed), and the test run's end closes it.
 *
 * <p>The extension holds no state of its own (everything lives in JUnit's extension context stores),
 * so classes run in parallel each get an isolated fake.
 */
public final class CognitoIdentityExtension
        implements BeforeAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                ExecutionCondition,
                TestInstancePostProcessor,
                ParameterResolver {

    static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CognitoIdentityExtension.class);
    private static final String SESSION = "session";
    private static final String INJECTED_FAULTS = "injected-faults";
    private static final String FROZE_CLOCK = "froze-clock";
    /** Injected by type; the container by name, so that this class loads without the Testcontainers module. */
    private static final List<Class<?>> SUPPORTED = List.of(
            CognitoIdentityClient.class, CognitoIdentityAsyncClient.class, FakeAdmin.class, FakeCognitoIdentity.class);

    private static final String SUPPORTED_TEXT = "CognitoIdentityClient, CognitoIdentityAsyncClient, FakeAdmin, "
            + "FakeCognitoIdentity, CognitoIdentityContainer and java.net.URI (the endpoint, with @InjectCognito)";

    private final Settings settings;
    /** Whether a Docker engine answers; asked only for container fakes with disabledWithoutDocker. */
    private final BooleanSupplier docker;

    /**
     * The extension as {@link CognitoIdentityTest} registers it: settings come from that annotation on
     * the test class (or an enclosing class), defaults without one.
     */
    public CognitoIdentityExtension() {
        this(null, () -> ContainerLauncher.dockerAvailable());
    }

    private CognitoIdentityExtension(Settings settings, BooleanSupplier docker) {
        this.settings = settings;
        this.docker = docker;
    }

    /**
     * A builder for an extension to register with {@code @RegisterExtension}.
     *
     * @return a builder with the defaults of {@link CognitoIdentityTest}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Disables the tests of a container fake when no Docker engine answers and the settings say
     * {@code disabledWithoutDocker}; enables everything else.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Settings effective;
        try {
            effective = settings != null ? settings : settingsOf(context);
        } catch (ExtensionConfigurationException e) {
            return ConditionEvaluationResult.enabled("the settings' mistake is reported when the fake starts");
        }
        if (effective.container()
                && effective.disabledWithoutDocker()
                && StartedFake.containerModulePresent()
                && !docker.getAsBoolean()) {
            return ConditionEvaluationResult.disabled(
                    "No Docker engine answers, and the fake runs in a container with disabledWithoutDocker = true");
        }
        return ConditionEvaluationResult.enabled("the fake can start");
    }

    /** Starts the class's fake (or joins the enclosing class's) and sets static {@link InjectCognito} fields. */
    @Override
    public void beforeAll(ExtensionContext context) {
        Session session = session(context);
        injectFields(context.getRequiredTestClass(), null, session);
    }

    /** Sets the {@link InjectCognito} instance fields of a new test instance. */
    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        injectFields(testInstance.getClass(), testInstance, session(context));
    }

    /**
     * Resets and seeds the fake for the coming test, injects its {@link CognitoFault}s and sets the
     * {@link InjectCognito} instance fields.
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        Session session = session(context);
        List<Fixtures> extra = context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, CognitoFixtures.class))
                .map(annotation ->
                        Session.load(context, Arrays.asList(annotation.value()), describe(context), "@CognitoFixtures"))
                .orElse(List.of());
        Instant clock = declaredClock(context);
        List<FaultHandle> injected =
                session.beforeTest(context, extra, clock, DeclaredFaults.of(context, describe(context)));
        context.getStore(NAMESPACE).put(INJECTED_FAULTS, injected);
        context.getStore(NAMESPACE).put(FROZE_CLOCK, clock != null);
        DeclaredFaults.publishChosenSeeds(context, injected);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            injectFields(instance.getClass(), instance, session);
        }
    }

    /** Removes the test's {@link CognitoFault}s and marks the test as finished. */
    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        Session session = context.getStore(NAMESPACE).get(SESSION, Session.class);
        if (session != null) {
            List<FaultHandle> injected = context.getStore(NAMESPACE).remove(INJECTED_FAULTS, List.class);
            Boolean frozeClock = context.getStore(NAMESPACE).remove(FROZE_CLOCK, Boolean.class);
            session.afterTest(injected == null ? List.of() : injected, Boolean.TRUE.equals(frozeClock));
        }
    }

    /** The instant of the test's {@link CognitoClock}: its method's, else its class's (or an enclosing class's). */
    private static Instant declaredClock(ExtensionContext context) {
        Optional<CognitoClock> declared =
                context.getTestMethod().flatMap(method -> AnnotationSupport.findAnnotation(method, CognitoClock.class));
        for (Class<?> type = context.getRequiredTestClass();
                declared.isEmpty() && type != null;
                type = type.getEnclosingClass()) {
            declared = AnnotationSupport.findAnnotation(type, CognitoClock.class);
        }
        if (declared.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(declared.get().value());
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException(
                    "Invalid @CognitoClock(\"" + declared.get().value() + "\") of " + describe(context)
                            + ": not an ISO-8601 instant such as 2026-01-01T00:00:00Z",
                    e);
        }
    }

    /**
     * Claims parameters of the supported types ({@code URI} only when marked {@link InjectCognito}).
     * Unsupported types are left to other resolvers, except when annotated with {@link InjectCognito}
     * or evidently meant for the fake (types of the Cognito Identity SDK or of this project), which fail
     * with the list of supported types.
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (isSupported(type)) {
            return type != URI.class || parameterContext.isAnnotated(InjectCognito.class);
        }
        if (parameterContext.isAnnotated(InjectCognito.class) || meantForTheFake(type)) {
            throw new ParameterResolutionException("Cannot inject parameter [" + parameterContext.getParameter()
                    + "] of " + describe(parameterContext) + ": the Cognito Identity extension supports "
                    + SUPPORTED_TEXT + ", not " + type.getName());
        }
        return false;
    }

    /** Gives the fake, its endpoint or an SDK client for it. */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return session(extensionContext).resolve(parameterContext.getParameter().getType());
    }

    private Session session(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Session existing = store.get(SESSION, Session.class);
        if (existing != null) {
            return existing;
        }
        Settings effective = settings != null ? settings : settingsOf(context);
        return store.getOrComputeIfAbsent(
                SESSION, key -> Session.open(effective, context, describe(context)), Session.class);
    }

    private static Settings settingsOf(ExtensionContext context) {
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            Optional<CognitoIdentityTest> annotation =
                    AnnotationSupport.findAnnotation(type, CognitoIdentityTest.class);
            if (annotation.isPresent()) {
                try {
                    return Settings.of(annotation.get());
                } catch (IllegalArgumentException e) {
                    throw new ExtensionConfigurationException(
                            "Invalid @CognitoIdentityTest on " + type.getName() + ": " + e.getMessage(), e);
                }
            }
        }
        return Settings.DEFAULTS;
    }

    private static void injectFields(Class<?> type, Object instance, Session session) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(
                type,
                InjectCognito.class,
                field -> instance == null ? ModifierSupport.isStatic(field) : ModifierSupport.isNotStatic(field));
        for (Field field : fields) {
            if (!isSupported(field.getType())) {
                throw new ExtensionConfigurationException(
                        "Cannot inject field " + field.getDeclaringClass().getName()
                                + "." + field.getName() + ": @InjectCognito supports " + SUPPORTED_TEXT + ", not "
                                + field.getType().getName());
            }
            if (ModifierSupport.isFinal(field)) {
                throw new ExtensionConfigurationException(
                        "Cannot inject final field " + field.getDeclaringClass().getName() + "." + field.getName());
            }
            try {
                field.setAccessible(true);
                field.set(instance, session.resolve(field.getType()));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ExtensionConfigurationException(
                        "Cannot inject field " + field.getDeclaringClass().getName() + "." + field.getName() + ": " + e,
                        e);
            }
        }
    }

    private static boolean isSupported(Class<?> type) {
        return SUPPORTED.contains(type) || type == URI.class || type.getName().equals(StartedFake.CONTAINER_CLASS);
    }

    private static boolean meantForTheFake(Class<?> type) {
        String name = type.getName();
        return name.startsWith("software.amazon.awssdk.services.cognitoidentity.")
                || name.startsWith("dev.fakecognito.");
    }

    private static String describe(ExtensionContext context) {
        String type = context.getTestClass().map(Class::getName).orElse(context.getDisplayName());
        return context.getTestMethod()
                .map(method -> "test " + type + "." + method.getName() + "()")
                .orElse("test class " + type);
    }

    private static String describe(ParameterContext parameterContext) {
        if (parameterContext.getDeclaringExecutable() instanceof Method method) {
            return method.getDeclaringClass().getName() + "." + method.getName() + "()";
        }
        return "the constructor of "
                + parameterContext.getDeclaringExecutable().getDeclaringClass().getName();
    }

    /**
     * Settings for a {@link CognitoIdentityExtension} registered with {@code @RegisterExtension}: the same
     * settings, with the same names and defaults, as the attributes of {@link CognitoIdentityTest}. Each
     * method checks its value at once.
     */
    public static final class Builder {
        private SettingValues fake = SettingValues.none();
        private boolean resetBeforeEach = true;
        private boolean shared;
        private Consumer<FakeCognitoIdentity.Builder> customizer = Settings.NO_CUSTOMIZER;
        private boolean customized;
        private boolean container;
        private String image = "";
        private boolean disabledWithoutDocker;
        private Consumer<Object> containerCustomizer = Settings.NO_CONTAINER_CUSTOMIZER;
        private BooleanSupplier docker = () -> ContainerLauncher.dockerAvailable();

        private Builder() {}

        /** How the extension learns whether Docker answers (tests replace Testcontainers' check). */
        Builder dockerProbe(BooleanSupplier probe) {
            this.docker = Objects.requireNonNull(probe, "probe");
            return this;
        }

        private <T> Builder set(Setting<T> setting, T value) {
            fake = fake.with(setting, setting.check(value));
            return this;
        }

        private Builder add(Setting<List<String>> setting, List<String> more) {
            List<String> all = new ArrayList<>(fake.get(setting));
            all.addAll(setting.check(more));
            return set(setting, all);
        }

        /**
         * Adds classpath resources with fixture documents to seed, in order (several calls add up).
         *
         * @param resources resource names such as {@code cognito/world.yaml}
         * @return this builder
         */
        public Builder fixtures(String... resources) {
            return add(FakeSettings.FIXTURES, Arrays.asList(resources));
        }

        /**
         * Sets the fake's default region ({@code us-east-1} by default; the fake serves every region).
         *
         * @param region a region name such as {@code eu-west-1}
         * @return this builder
         * @throws IllegalArgumentException when it is not a region name
         */
        public Builder region(String region) {
            return set(FakeSettings.REGION, region);
        }

        /**
         * Sets the 12-digit account id in pool ARNs ({@code 123456789012} by default).
         *
         * @param accountId the account id
         * @return this builder
         * @throws IllegalArgumentException when it is not 12 digits
         */
        public Builder accountId(String accountId) {
            return set(FakeSettings.ACCOUNT_ID, accountId);
        }

        /**
         * Sets the {@code iss} claim of the fake's OpenID tokens; see {@link CognitoIdentityTest#issuer()}.
         *
         * @param issuer the issuer URL
         * @return this builder
         */
        public Builder issuer(String issuer) {
            return set(FakeSettings.ISSUER, issuer);
        }

        /**
         * The port of a fake in this JVM (0, a free one, by default); not for a container.
         *
         * @param port the port
         * @return this builder
         */
        public Builder port(int port) {
            return set(FakeSettings.PORT, port);
        }

        /**
         * The address a fake in this JVM listens on (127.0.0.1 by default); not for a container.
         *
         * @param host the address
         * @return this builder
         */
        public Builder host(String host) {
            return set(FakeSettings.HOST, host);
        }

        /**
         * Whether the fake refuses calls the SDKs sign unless they carry a valid AWS Signature Version 4; see
         * {@link CognitoIdentityTest#requireSignatures()}. Injected clients sign with the first
         * {@link #credentials(String, String)}, else with dummy credentials.
         *
         * @param require true to require signatures
         * @return this builder
         */
        public Builder requireSignatures(boolean require) {
            return set(FakeSettings.REQUIRE_SIGNATURES, require);
        }

        /**
         * Adds credentials the fake verifies signatures with (several calls add up); other access keys are
         * refused. Needs {@link #requireSignatures(boolean)}.
         *
         * @param accessKeyId     the access key id
         * @param secretAccessKey its secret access key
         * @return this builder
         * @throws IllegalArgumentException when either is malformed (see
         *                                  {@code FakeCognitoIdentity.Builder.credentials(String, String)})
         */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            Credentials.check(accessKeyId, secretAccessKey);
            return add(FakeSettings.CREDENTIALS, List.of(accessKeyId + ":" + secretAccessKey));
        }

        /**
         * Adds credentials of an account (see {@link #credentials(String, String)}): calls signed with this
         * access key are made from that account and see only its pools.
         *
         * @param accessKeyId     the access key id
         * @param secretAccessKey its secret access key
         * @param accountId       the 12-digit account its calls are made from
         * @return this builder
         * @throws IllegalArgumentException when any is malformed
         */
        public Builder credentials(String accessKeyId, String secretAccessKey, String accountId) {
            Credentials.check(accessKeyId, secretAccessKey);
            FakeSettings.ACCOUNT_ID.check(accountId);
            return add(FakeSettings.CREDENTIALS, List.of(accessKeyId + ":" + secretAccessKey + ":" + accountId));
        }

        /**
         * Whether JWT logins must carry a valid signature of their provider; see
         * {@link CognitoIdentityTest#verifyLoginTokens()}.
         *
         * @param verify true to verify signatures
         * @return this builder
         */
        public Builder verifyLoginTokens(boolean verify) {
            return set(FakeSettings.VERIFY_LOGIN_TOKENS, verify);
        }

        /**
         * An admin token; see {@link CognitoIdentityTest#adminToken()}.
         *
         * @param token the token
         * @return this builder
         */
        public Builder adminToken(String token) {
            return set(FakeSettings.ADMIN_TOKEN, token);
        }

        /**
         * Adds host names that may call the admin endpoints; see {@link CognitoIdentityTest#allowedHosts()}.
         *
         * @param names the host names
         * @return this builder
         */
        public Builder allowedHosts(String... names) {
            return add(FakeSettings.ALLOWED_HOSTS, Arrays.asList(names));
        }

        /**
         * Whether the admin endpoints answer over HTTP (true by default); see
         * {@link CognitoIdentityTest#adminEndpoints()}.
         *
         * @param enabled false to disable them
         * @return this builder
         */
        public Builder adminEndpoints(boolean enabled) {
            return set(FakeSettings.ADMIN_ENDPOINTS, enabled);
        }

        /**
         * Whether the request journal keeps login tokens as received (false by default).
         *
         * @param keep true to keep them
         * @return this builder
         */
        public Builder keepLoginTokens(boolean keep) {
            return set(FakeSettings.KEEP_LOGIN_TOKENS, keep);
        }

        /**
         * Whether the browser page hides reset and fixture loading (false by default).
         *
         * @param readOnly true to hide them
         * @return this builder
         */
        public Builder uiReadOnly(boolean readOnly) {
            return set(FakeSettings.UI_READ_ONLY, readOnly);
        }

        /**
         * How many API calls the request journal keeps (5,000 by default).
         *
         * @param size 0 or more
         * @return this builder
         */
        public Builder journalSize(int size) {
            return set(FakeSettings.JOURNAL_SIZE, size);
        }

        /**
         * A directory where the fake keeps its state across runs; see {@link CognitoIdentityTest#dataDir()}.
         *
         * @param dir the directory
         * @return this builder
         */
        public Builder dataDir(Path dir) {
            Objects.requireNonNull(dir, "dataDir");
            return set(FakeSettings.DATA_DIR, dir.toString());
        }

        /**
         * Whether to reset the fake and seed the fixtures again before each test ({@code true} by
         * default); see {@link CognitoIdentityTest#resetBeforeEach()}.
         *
         * @param resetBeforeEach false to keep state across the tests of a class
         * @return this builder
         */
        public Builder resetBeforeEach(boolean resetBeforeEach) {
            this.resetBeforeEach = resetBeforeEach;
            return this;
        }

        /**
         * Whether to use one fake for the whole test run ({@code false} by default); see
         * {@link CognitoIdentityTest#shared()}. Cannot be combined with {@link #configure}.
         *
         * @param shared true to share one fake across the run
         * @return this builder
         */
        public Builder shared(boolean shared) {
            this.shared = shared;
            return this;
        }

        /**
         * Further configures each fake this extension starts in this JVM with what only the Java builder
         * offers, e.g. a fixed clock or signing key. The settings of this builder are applied first.
         *
         * @param customizer called with the fake's builder before it starts
         * @return this builder
         */
        public Builder configure(Consumer<FakeCognitoIdentity.Builder> customizer) {
            this.customizer = Objects.requireNonNull(customizer, "customizer");
            this.customized = true;
            return this;
        }

        /**
         * Whether to run the fake in a container instead of in this JVM ({@code false} by default); see
         * {@link CognitoIdentityTest#container()}. Needs {@code fake-cognito-identity-testcontainers}
         * on the test classpath and a Docker engine.
         *
         * @param container true for a container
         * @return this builder
         */
        public Builder container(boolean container) {
            this.container = container;
            return this;
        }

        /**
         * Runs the fake in a container of this image; implies {@link #container(boolean) container(true)}.
         * See {@link CognitoIdentityTest#image()}.
         *
         * @param image the image name, e.g. {@code registry.example.com/fake-cognito-identity:0.1.0}
         * @return this builder
         */
        public Builder image(String image) {
            this.image = Objects.requireNonNull(image, "image");
            this.container = true;
            return this;
        }

        /**
         * Whether container tests are skipped instead of failed without a Docker engine ({@code false} by
         * default); see {@link CognitoIdentityTest#disabledWithoutDocker()}.
         *
         * @param disabled true to skip them
         * @return this builder
         */
        public Builder disabledWithoutDocker(boolean disabled) {
            this.disabledWithoutDocker = disabled;
            return this;
        }

        /**
         * Further configures each container this extension starts (log consumers, network, environment);
         * implies {@link #container(boolean) container(true)}. The settings of this builder are applied
         * first.
         *
         * @param customizer called with the container before it starts
         * @return this builder
         */
        public Builder configureContainer(Consumer<? super CognitoIdentityContainer> customizer) {
            Objects.requireNonNull(customizer, "customizer");
            this.containerCustomizer = container -> customizer.accept((CognitoIdentityContainer) container);
            this.container = true;
            this.customized = true;
            return this;
        }

        /**
         * Builds the extension.
         *
         * @return the extension, to assign to a {@code @RegisterExtension} field
         * @throws IllegalStateException when a shared fake is also customized, an in-process fake's settings
         *                               are given for a container, or credentials without required signatures
         */
        public CognitoIdentityExtension build() {
            if (shared && customized) {
                throw new IllegalStateException("A shared fake cannot be customized: other classes use it too");
            }
            if (container && customizer != Settings.NO_CUSTOMIZER) {
                throw new IllegalStateException(
                        "configure(...) sets up an in-process fake; for a container use configureContainer(...)");
            }
            try {
                return new CognitoIdentityExtension(
                        new Settings(
                                fake,
                                resetBeforeEach,
                                shared,
                                container,
                                image,
                                disabledWithoutDocker,
                                customizer,
                                containerCustomizer),
                        docker);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
