package dev.fakecognito.spring;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test's application context an in-process fake Cognito Identity service. Put it on a
 * {@code @SpringBootTest} or a test slice ({@code @JsonTest}, {@code @WebMvcTest}, …):
 *
 * <pre>{@code
 * @SpringBootTest(properties = "app.cognito.endpoint=${fake.cognito-identity.endpoint}")
 * @AutoConfigureFakeCognitoIdentity(fixtures = "cognito/world.yaml")
 * class SignInTest {
 *     @Autowired SignInService signIn;
 *     @Autowired FakeCognitoIdentity fake;
 *     ...
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Lifetime.</b> The fake starts (on a free port of 127.0.0.1, seeded with the {@link #fixtures()})
 *       when the application context starts, and stops when the context closes. Spring caches contexts:
 *       test classes with the same context configuration, these attributes included, share one context
 *       and so one fake.</li>
 *   <li><b>State.</b> Before each test method the fake is reset and the fixtures seeded again
 *       ({@link #resetBeforeEach()}), so tests never see each other's changes, whichever class ran
 *       before on the shared context. Tests sharing a fake must therefore not run at the same time: a
 *       test that would reset it while another runs on it fails, saying so.</li>
 *   <li><b>Settings.</b> Each attribute named like a setting of the fake is that setting, with the same
 *       name, default and meaning as the builder's method, {@code @CognitoIdentityTest}'s attribute and
 *       the standalone server's option. Each may also come from a property, its name in kebab-case under
 *       {@code fake.cognito-identity.} (e.g. {@code fake.cognito-identity.region=eu-west-1} in
 *       {@code application-test.properties} or {@code @SpringBootTest(properties = ...)}); an attribute
 *       set on the annotation wins over the property.</li>
 *   <li><b>Properties.</b> The environment gets {@value #ENDPOINT_PROPERTY},
 *       {@value #REGION_PROPERTY}, {@value #ACCOUNT_ID_PROPERTY}, {@value #ISSUER_PROPERTY},
 *       {@value #ACCESS_KEY_ID_PROPERTY} and {@value #SECRET_ACCESS_KEY_PROPERTY}: point your own client
 *       configuration at the fake with e.g. {@code app.cognito.endpoint=${fake.cognito-identity.endpoint}}.</li>
 *   <li><b>Beans.</b> The fake itself ({@link FakeCognitoIdentity}, also a
 *       {@link dev.fakecognito.admin.FakeAdmin}), its {@link CognitoIdentityConnectionDetails}, and, when
 *       the AWS SDK's {@code cognitoidentity} is on the classpath and the context defines none of its
 *       own, a {@code CognitoIdentityClient} and (with an async HTTP client such as
 *       {@code netty-nio-client} on the classpath) a {@code CognitoIdentityAsyncClient} pointed at the
 *       fake ({@link CognitoIdentityClientAutoConfiguration}).</li>
 * </ul>
 *
 * <p>A fixture that is missing or invalid fails the context with the resource, the test class and, for an
 * invalid one, the line and field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AutoConfigureCognitoIdentityClient
public @interface AutoConfigureFakeCognitoIdentity {

    /** The property with the fake's endpoint, e.g. {@code http://127.0.0.1:41234}. */
    String ENDPOINT_PROPERTY = "fake.cognito-identity.endpoint";

    /** The property with the fake's region. */
    String REGION_PROPERTY = "fake.cognito-identity.region";

    /** The property with the fake's account id. */
    String ACCOUNT_ID_PROPERTY = "fake.cognito-identity.account-id";

    /** The property with the {@code iss} of the fake's OpenID tokens. */
    String ISSUER_PROPERTY = "fake.cognito-identity.issuer";

    /** The property with the access key id clients should sign with. */
    String ACCESS_KEY_ID_PROPERTY = "fake.cognito-identity.access-key-id";

    /** The property with the secret access key clients should sign with. */
    String SECRET_ACCESS_KEY_PROPERTY = "fake.cognito-identity.secret-access-key";

    /** The AWS SDK for Java's system property for the Cognito Identity endpoint (see {@link #sdkEndpointSystemProperty()}). */
    String SDK_ENDPOINT_PROPERTY = "aws.endpointUrlCognitoIdentity";

    /**
     * Classpath resources with fixture documents (YAML or JSON) to seed, in order, e.g.
     * {@code "cognito/world.yaml"} from {@code src/test/resources}. None by default.
     *
     * @return the fixture resources
     */
    String[] fixtures() default {};

    /**
     * The fake's default region: of calls that name none by their signature, host or id (the fake serves
     * every region; docs/guides/regions-and-accounts.md).
     *
     * @return a region name such as {@code eu-west-1}
     */
    String region() default FakeCognitoIdentity.DEFAULT_REGION;

    /**
     * The default 12-digit account id: of calls whose access key names none (in their pools' ARNs).
     *
     * @return the account id
     */
    String accountId() default FakeCognitoIdentity.DEFAULT_ACCOUNT_ID;

    /**
     * The {@code iss} claim of the OpenID tokens the fake signs; empty (the default) for AWS's issuer of
     * each pool's region: {@code https://cognito-identity.amazonaws.com} in most regions, the regional host
     * in opt-in regions, GovCloud (US-West) and China (Beijing).
     *
     * @return the issuer URL, or empty for AWS's
     */
    String issuer() default "";

    /**
     * The port of the fake; 0 (the default) picks a free one.
     *
     * @return the port
     */
    int port() default 0;

    /**
     * The address the fake listens on; 127.0.0.1 by default.
     *
     * @return the address
     */
    String host() default "127.0.0.1";

    /**
     * Whether the fake refuses calls the SDKs sign unless they carry a valid AWS Signature Version 4 for its
     * region and {@code cognito-identity}, dated within 15 minutes (see
     * {@code FakeCognitoIdentity.Builder.requireSignatures(boolean)}). The client beans sign with the first
     * of {@link #credentials()}, else with dummy credentials, which any fake without credentials accepts.
     *
     * @return whether signatures are required ({@code false} by default)
     */
    boolean requireSignatures() default false;

    /**
     * Credentials the fake verifies signatures with, each {@code "ACCESS_KEY_ID:SECRET_ACCESS_KEY"}; other
     * access keys are refused. Needs {@link #requireSignatures()}.
     *
     * @return the credentials, none by default
     */
    String[] credentials() default {};

    /**
     * Whether JWT logins must carry a valid signature of their provider, as the real service requires
     * (false by default); tokens minted with {@code LoginTokens} in this JVM verify without setup.
     *
     * @return whether login tokens are verified
     */
    boolean verifyLoginTokens() default false;

    /**
     * A token every admin call but {@code GET /_fake/health} must carry in the header
     * {@code X-Fake-Cognito-Admin}; none by default (empty).
     *
     * @return the admin token, or empty for none
     */
    String adminToken() default "";

    /**
     * Host names that may call the admin endpoints besides IP addresses and {@code localhost}; {@code *}
     * allows any. None by default.
     *
     * @return the host names
     */
    String[] allowedHosts() default {};

    /**
     * Whether the admin endpoints under {@code /_fake/} answer over HTTP (true by default).
     *
     * @return whether the admin endpoints answer
     */
    boolean adminEndpoints() default true;

    /**
     * Whether the request journal keeps login tokens as received instead of masking them (false by default).
     *
     * @return whether to keep login tokens
     */
    boolean keepLoginTokens() default false;

    /**
     * Whether the browser page ({@code /_fake/ui}) hides reset and fixture loading (false by default).
     *
     * @return whether the page is read-only
     */
    boolean uiReadOnly() default false;

    /**
     * How many API calls the request journal keeps (5,000 by default).
     *
     * @return the journal size
     */
    int journalSize() default 5000;

    /**
     * A directory where the fake keeps its pools and identities across runs (none by default: memory
     * only); a relative path is resolved against the working directory. Every change is made durable
     * before the fake answers. Fixtures are seeded only when the directory holds no pools, and a reset
     * (before each test, unless {@code resetBeforeEach = false}) empties it.
     *
     * @return the directory, or empty for none
     */
    String dataDir() default "";

    /**
     * Whether to reset the fake and seed the fixtures again before each test method (the default). With
     * {@code false} that happens once, before the class's first test, and the tests of the class see each
     * other's changes.
     *
     * @return whether each test starts from the fixtures alone
     */
    boolean resetBeforeEach() default true;

    /**
     * Whether to also set the AWS SDK's own endpoint setting for Cognito Identity, the system property
     * {@value #SDK_ENDPOINT_PROPERTY}, to the fake while the context is open, so
     * that clients the code builds without {@code endpointOverride} reach the fake too. Off by default.
     *
     * <p>Limits: a system property is JVM-wide, so it reaches every Cognito Identity client the JVM
     * builds, and only one context at a time can own it. Spring keeps cached contexts open until the
     * test run ends, so two test classes that ask for it with different configurations (two contexts)
     * fail the second one with a message saying so: give them the same configuration, or close the
     * first context with {@code @DirtiesContext}. It does not mix with classes running in parallel in
     * one JVM. Region and credentials still come from the SDK's usual chain (e.g. {@code aws.region},
     * {@code aws.accessKeyId}); the fake accepts any.
     *
     * @return whether to set the SDK's JVM-wide endpoint for the service
     */
    boolean sdkEndpointSystemProperty() default false;
}
