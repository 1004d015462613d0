package dev.fakecognito.junit5;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against its own fake Cognito Identity service: in this JVM (the default), or in
 * a container ({@link #container()}).
 *
 * <p>The class has the fake from before its first test to after its last one (on a free port of
 * 127.0.0.1); {@code @Nested} classes share it. A fake a class is done with is kept, reset, for the
 * next class with the same settings (fixtures aside), which seeds its fixtures into it rather than
 * start a fake; the test run's end stops it. Classes run at the same time each have their own. Before each test its state is reset and the
 * {@link #fixtures()} seeded again, so tests never depend on each other's order. Tests, lifecycle
 * methods and constructors may declare parameters of these types, and fields of these types may be
 * annotated with {@link InjectCognito}:
 * <ul>
 *   <li>{@code CognitoIdentityClient} and {@code CognitoIdentityAsyncClient}: SDK clients for the fake
 *       (endpoint, region, and static credentials it accepts), closed by the extension;</li>
 *   <li>{@link FakeAdmin}: the fake's admin contract ({@code seed}, {@code snapshot}, {@code requests},
 *       {@code reset}, its endpoint and region), the same for both kinds of fake;</li>
 *   <li>{@link FakeCognitoIdentity} (in-process fakes) or {@code CognitoIdentityContainer}
 *       ({@link #container()}): the fake itself;</li>
 *   <li>{@link java.net.URI}, marked {@link InjectCognito}: its endpoint, for other clients.</li>
 * </ul>
 *
 * <p>A test body written against {@code FakeAdmin} and the SDK clients runs unchanged against either
 * kind of fake: put it in an abstract class and annotate two subclasses, one with
 * {@code @CognitoIdentityTest(fixtures = ...)} and one with
 * {@code @CognitoIdentityTest(fixtures = ..., container = true)}.
 *
 * <pre>{@code
 * @CognitoIdentityTest(fixtures = "cognito/world.yaml")
 * class SignInTest {
 *     @Test
 *     void returningUserKeepsTheirIdentity(CognitoIdentityClient client) { ... }
 * }
 * }</pre>
 *
 * <p>Classes run in parallel each get their own fake; nothing is shared through system properties
 * or static fields. For programmatic configuration use {@link CognitoIdentityExtension#builder()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CognitoIdentityExtension.class)
public @interface CognitoIdentityTest {

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
     * The port of a fake in this JVM; 0 (the default) picks a free one. Not for a container.
     *
     * @return the port
     */
    int port() default 0;

    /**
     * The address a fake in this JVM listens on; 127.0.0.1 by default. Not for a container.
     *
     * @return the address
     */
    String host() default "127.0.0.1";

    /**
     * Whether to reset the fake and seed the fixtures again before each test (the default). With
     * {@code false} the fixtures are seeded once and the tests of the class see each other's changes.
     *
     * @return whether each test starts from the fixtures alone
     */
    boolean resetBeforeEach() default true;

    /**
     * Whether to use a single fake for the whole test run. Without it, classes with the same settings
     * already take turns on the fakes that earlier classes finished with, and classes run at the same
     * time each get their own; with it, there is only one: the fake is reset and this class's fixtures
     * seeded when the class starts, and it stops when the run ends, but classes sharing it must not run
     * at the same time (the extension fails a class that starts while another uses it). Classes with
     * other settings (fixtures aside) get another shared fake.
     *
     * @return whether to share one fake across the test run
     */
    boolean shared() default false;

    /**
     * Whether to run the fake as a container ({@code CognitoIdentityContainer} of
     * {@code dev.fakecognito:fake-cognito-identity-testcontainers}, which must be on the test classpath,
     * with a Docker engine) instead of in this JVM. Reset, seeding, injection and failure messages are
     * the same; {@code FakeCognitoIdentity} cannot be injected (inject {@link FakeAdmin} or the container).
     * Without a Docker engine the tests fail, unless {@link #disabledWithoutDocker()}.
     *
     * @return whether the fake runs in a container
     */
    boolean container() default false;

    /**
     * Whether the tests of a {@link #container()} class are skipped (reported as disabled, with the
     * reason) instead of failed when no Docker engine answers; false by default, as Testcontainers'
     * {@code @Testcontainers(disabledWithoutDocker)}: a missing engine is a broken build, unless you say
     * otherwise (e.g. on developer machines without Docker).
     *
     * @return whether to skip container tests without Docker
     */
    boolean disabledWithoutDocker() default false;

    /**
     * The image of the container when {@link #container()} is set, e.g.
     * {@code "registry.example.com/fake-cognito-identity:0.1.0"}; by default the Testcontainers
     * module's own ({@code CognitoIdentityContainer.DEFAULT_IMAGE_NAME} at its version).
     *
     * @return the image name, or empty for the default
     */
    String image() default "";

    /**
     * Whether the fake refuses calls the SDKs sign unless they carry a valid AWS Signature Version 4 for its
     * region and {@code cognito-identity}, dated within 15 minutes of its clock (see
     * {@code FakeCognitoIdentity.Builder.requireSignatures(boolean)}). Injected clients sign with the first
     * of {@link #credentials()}, else with dummy credentials, which any fake without credentials accepts.
     *
     * @return whether signatures are required ({@code false} by default: any credentials work)
     */
    boolean requireSignatures() default false;

    /**
     * Credentials the fake verifies signatures with, each {@code "ACCESS_KEY_ID:SECRET_ACCESS_KEY"}; other
     * access keys are refused. Needs {@link #requireSignatures()}.
     *
     * @return the credentials, none by default (any access key is accepted)
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
     * {@code X-Fake-Cognito-Admin}; none by default (empty). The extension's own calls carry it.
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
     * Whether the admin endpoints under {@code /_fake/} answer over HTTP (true by default); the
     * extension's own calls to a fake in this JVM do not need them.
     *
     * @return whether the admin endpoints answer
     */
    boolean adminEndpoints() default true;

    /**
     * Whether the request journal keeps login tokens as received instead of masking them (false by
     * default).
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
     * (before each test, unless {@code resetBeforeEach = false}) empties it: use it with
     * {@code resetBeforeEach = false} to keep a fake's state from one run to the next. In a container,
     * the directory is mounted into it.
     *
     * @return the directory, or empty for none
     */
    String dataDir() default "";
}
