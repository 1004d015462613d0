package dev.fakecognito.server;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.Credentials;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone server: {@code java -jar fake-cognito-identity-server-<version>-standalone.jar [options]}.
 * Options win over environment variables, which win over the defaults. Stops cleanly on SIGTERM.
 */
public final class Main {
    private static final String USAGE = """
            Usage: java -jar fake-cognito-identity-server-<version>-standalone.jar [options]

              --port N           port to listen on (env FAKE_COGNITO_PORT, default {port}; 0 = any free port)
              --host ADDRESS     address to listen on (env FAKE_COGNITO_HOST, default 127.0.0.1; 0.0.0.0 = all)
              --region REGION    region of pool and identity ids (env FAKE_COGNITO_REGION, default {region})
              --account-id ID    12-digit account id in pool ARNs (env FAKE_COGNITO_ACCOUNT_ID, default {account})
              --issuer URL       iss claim of OpenID tokens (env FAKE_COGNITO_ISSUER, default {issuer})
              --fixtures FILE    YAML or JSON world to seed at start (env FAKE_COGNITO_FIXTURES)
              --require-signatures
                                 refuse calls the SDKs sign unless they carry a valid AWS Signature Version 4
                                 for this region and cognito-identity, dated within 15 minutes
                                 (env FAKE_COGNITO_REQUIRE_SIGNATURES=true; off by default: any credentials work)
              --credentials ACCESS_KEY_ID:SECRET_ACCESS_KEY
                                 with --require-signatures: verify signatures against this secret and refuse
                                 other access keys; repeatable (env FAKE_COGNITO_CREDENTIALS, comma-separated)
              --admin-token T    require T in the X-Fake-Cognito-Admin header of admin calls
                                 (env FAKE_COGNITO_ADMIN_TOKEN; GET /_fake/health stays open)
              --allowed-hosts H  comma-separated host names that may call the admin endpoints besides
                                 IP addresses and localhost, e.g. a Compose service name; * = any
                                 (env FAKE_COGNITO_ALLOWED_HOSTS)
              --no-admin         disable the admin endpoints but GET /_fake/health (env FAKE_COGNITO_NO_ADMIN=true)
              --keep-login-tokens  keep login tokens in the request journal instead of masking them
                                 (env FAKE_COGNITO_KEEP_LOGIN_TOKENS=true)
              --ui-read-only     the browser page (/_fake/ui) hides reset and fixture loading
                                 (env FAKE_COGNITO_UI_READ_ONLY=true; protects nothing: use --admin-token)
              --verify-login-tokens
                                 refuse JWT logins whose signature does not verify with their provider's
                                 keys (env FAKE_COGNITO_VERIFY_LOGIN_TOKENS=true; off by default)
              --help             print this help

            Log level: env FAKE_COGNITO_LOG_LEVEL = trace, debug, info (default), warn, error or off.
            """
            // filled in without String.format, whose locale data would add ~10 ms to every start
            .replace("{port}", Integer.toString(FakeCognitoIdentity.DEFAULT_PORT))
            .replace("{region}", FakeCognitoIdentity.DEFAULT_REGION)
            .replace("{account}", FakeCognitoIdentity.DEFAULT_ACCOUNT_ID)
            .replace("{issuer}", FakeCognitoIdentity.DEFAULT_ISSUER);

    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    /** slf4j-simple's level of the libraries relocated into the jar (their loggers' names are relocated too). */
    private static final String BUNDLED_LIBRARIES_LEVEL = "org.slf4j.simpleLogger.log.dev.fakecognito.shaded";

    private static final String REQUIRE_SIGNATURES = "--require-signatures";

    /** Options without a value, with their environment variables (set to {@code true} to switch them on). */
    private static final Map<String, String> FLAGS = Map.of(
            REQUIRE_SIGNATURES,
            "FAKE_COGNITO_REQUIRE_SIGNATURES",
            "--no-admin",
            "FAKE_COGNITO_NO_ADMIN",
            "--keep-login-tokens",
            "FAKE_COGNITO_KEEP_LOGIN_TOKENS",
            "--ui-read-only",
            "FAKE_COGNITO_UI_READ_ONLY",
            "--verify-login-tokens",
            "FAKE_COGNITO_VERIFY_LOGIN_TOKENS");

    private Main() {}

    /**
     * Runs the fake until the process is stopped.
     *
     * @param args the command-line options (see {@code --help})
     */
    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        logLevel(System.getenv("FAKE_COGNITO_LOG_LEVEL"));
        FakeCognitoIdentity.Builder builder;
        try {
            builder = configure(args, System.getenv());
        } catch (IllegalArgumentException | FixtureException e) {
            fail(System.err, e.getMessage());
            return;
        }
        if (builder == null) {
            System.out.print(USAGE);
            return;
        }
        Logger log = LoggerFactory.getLogger("dev.fakecognito");
        FakeCognitoIdentity fake;
        try {
            fake = builder.start();
        } catch (IllegalStateException | FixtureException e) {
            fail(System.err, e.getMessage());
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log.info("Stopping Fake Cognito Identity on {}", fake.endpoint());
                            fake.close();
                            stopped.countDown();
                        },
                        "fake-cognito-shutdown"));
        World world = fake.snapshot();
        int faults = fake.faults().size();
        log.info(
                "Fake Cognito Identity {} listening on {} (region {}, account {}; loaded {} identity pools, {} identities{}){}{}",
                version(),
                fake.endpoint(),
                fake.region(),
                fake.accountId(),
                world.identityPools().size(),
                world.identityCount(),
                faults == 0 ? "" : faults == 1 ? ", 1 fault" : ", " + faults + " faults",
                signatures(fake),
                ui(fake));
        stopped.await();
    }

    /** Where the banner says the browser page is: nowhere when the admin endpoints are off. */
    static String ui(FakeCognitoIdentity fake) {
        return fake.adminEndpointsEnabled() ? "; UI at " + fake.endpoint() + "/_fake/ui" : "";
    }

    /** What the banner says of signatures: nothing when they are not required. */
    static String signatures(FakeCognitoIdentity fake) {
        if (!fake.requiresSignatures()) {
            return "";
        }
        return fake.knownAccessKeyIds().isEmpty()
                ? "; signatures required (any access key)"
                : "; signatures required and verified for access keys " + String.join(", ", fake.knownAccessKeyIds());
    }

    /**
     * Sets slf4j-simple's level from the environment, unless given as a system property already. At the
     * default level ({@code info}) the bundled libraries (Undertow, XNIO) say only warnings: their
     * version lines at start are noise beside the banner, and show from {@code debug} on.
     */
    static void logLevel(String level) {
        if (level != null && !level.isBlank() && System.getProperty(SIMPLE_LOGGER_LEVEL) == null) {
            System.setProperty(SIMPLE_LOGGER_LEVEL, level.trim().toLowerCase(Locale.ROOT));
        }
        if ("info".equals(System.getProperty(SIMPLE_LOGGER_LEVEL, "info"))
                && System.getProperty(BUNDLED_LIBRARIES_LEVEL) == null) {
            System.setProperty(BUNDLED_LIBRARIES_LEVEL, "warn");
        }
    }

    private static void fail(PrintStream err, String message) {
        err.println("fake-cognito-identity: " + message);
        err.println("Run with --help for the options.");
        System.exit(2);
    }

    /** Reads options and environment into a builder; {@code null} when help was asked for. */
    static FakeCognitoIdentity.Builder configure(String[] args, Map<String, String> env) {
        FakeCognitoIdentity.Builder builder = FakeCognitoIdentity.builder().port(FakeCognitoIdentity.DEFAULT_PORT);
        // Fixtures and credentials add up, so the option must replace the variable rather than be applied after it.
        env = withoutVariablesReplacedByOptions(args, env);
        applyEnv(builder, env);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            if (FLAGS.containsKey(arg)) {
                apply(builder, arg, "true");
                continue;
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
            apply(builder, name, value);
        }
        return builder;
    }

    /** The environment without the variables of the list options given on the command line. */
    private static Map<String, String> withoutVariablesReplacedByOptions(String[] args, Map<String, String> env) {
        Map<String, String> kept = new HashMap<>(env);
        Map.of("--fixtures", "FAKE_COGNITO_FIXTURES", "--credentials", "FAKE_COGNITO_CREDENTIALS")
                .forEach((option, variable) -> {
                    if (Arrays.stream(args).anyMatch(arg -> arg.equals(option) || arg.startsWith(option + "="))) {
                        kept.remove(variable);
                    }
                });
        return kept;
    }

    private static void applyEnv(FakeCognitoIdentity.Builder builder, Map<String, String> env) {
        Map<String, String> options = new HashMap<>(Map.of(
                "FAKE_COGNITO_PORT", "--port",
                "FAKE_COGNITO_HOST", "--host",
                "FAKE_COGNITO_REGION", "--region",
                "FAKE_COGNITO_ACCOUNT_ID", "--account-id",
                "FAKE_COGNITO_ISSUER", "--issuer",
                "FAKE_COGNITO_FIXTURES", "--fixtures",
                "FAKE_COGNITO_CREDENTIALS", "--credentials",
                "FAKE_COGNITO_ADMIN_TOKEN", "--admin-token",
                "FAKE_COGNITO_ALLOWED_HOSTS", "--allowed-hosts"));
        FLAGS.forEach((flag, variable) -> options.put(variable, flag));
        options.forEach((variable, option) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                try {
                    if (option.equals("--credentials")) { // a comma-separated list
                        for (String credential : value.split(",", -1)) {
                            apply(builder, option, credential.trim());
                        }
                    } else {
                        apply(builder, option, value.trim());
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
                }
            }
        });
    }

    private static void apply(FakeCognitoIdentity.Builder builder, String option, String value) {
        switch (option) {
            case "--port" -> {
                try {
                    builder.port(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--port takes a number, got '" + value + "'", e);
                }
            }
            case "--host" -> builder.host(value);
            case "--region" -> builder.region(value);
            case "--account-id" -> builder.accountId(value);
            case "--issuer" -> builder.issuer(value);
            case "--fixtures" -> builder.fixtures(Fixtures.fromPath(Path.of(value)));
            case REQUIRE_SIGNATURES -> {
                if (flag(option, value)) {
                    builder.requireSignatures();
                }
            }
            case "--credentials" -> {
                Map.Entry<String, String> credential = Credentials.parse(value, "--credentials");
                builder.credentials(credential.getKey(), credential.getValue());
            }
            case "--admin-token" -> builder.adminToken(value);
            case "--allowed-hosts" ->
                builder.allowedHosts(Arrays.stream(value.split(","))
                        .filter(name -> !name.isBlank())
                        .toArray(String[]::new));
            case "--no-admin" -> builder.adminEndpoints(!flag(option, value));
            case "--keep-login-tokens" -> builder.keepLoginTokensInJournal(flag(option, value));
            case "--ui-read-only" -> builder.uiReadOnly(flag(option, value));
            case "--verify-login-tokens" -> builder.verifyLoginTokens(flag(option, value));
            default -> throw new IllegalArgumentException("unknown option " + option);
        }
    }

    /** A flag's value from the environment: {@code true} or {@code false}. */
    private static boolean flag(String option, String value) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(option + " is true or false, got '" + value + "'");
    }

    private static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
