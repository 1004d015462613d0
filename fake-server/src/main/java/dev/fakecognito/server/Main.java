package dev.fakecognito.server;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.model.internal.Setting;
import dev.fakecognito.model.internal.SettingValues;
import dev.fakecognito.model.internal.Suggestions;
import dev.fakecognito.server.internal.settings.BuilderSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone server: {@code java -jar fake-cognito-identity-server-<version>-standalone.jar [options]}.
 * Every setting of the command line is also an environment variable ({@code --keep-login-tokens} is
 * {@code FAKE_COGNITO_KEEP_LOGIN_TOKENS}); an option wins over its variable, which wins over the
 * default. Stops cleanly on SIGTERM.
 */
public final class Main {
    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    /** slf4j-simple's level of the libraries relocated into the jar (their loggers' names are relocated too). */
    private static final String BUNDLED_LIBRARIES_LEVEL = "org.slf4j.simpleLogger.log.dev.fakecognito.shaded";

    private Main() {}

    /**
     * Runs the fake until the process is stopped.
     *
     * @param args the command-line options (see {@code --help})
     */
    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        SettingValues settings;
        FakeCognitoIdentity.Builder builder;
        try {
            settings = read(args, System.getenv());
            if (settings == null) {
                System.out.print(usage());
                return;
            }
            logLevel(settings.isGiven(FakeSettings.LOG_LEVEL) ? settings.get(FakeSettings.LOG_LEVEL) : null);
            builder = builder(settings);
        } catch (IllegalArgumentException | FixtureException e) {
            fail(System.err, e.getMessage());
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
                "Fake Cognito Identity {} listening on {} (default region {}, default account {}; loaded {} identity pools, {} identities{}){}{}",
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

    /** The {@code --help} text, made from the settings. */
    static String usage() {
        StringBuilder out = new StringBuilder("Usage: java -jar fake-cognito-identity-server-<version>-standalone.jar"
                + " [options]\n\nEach option is also an environment variable; an option wins over its variable."
                + "\nA flag is --name (true) or --name=false. A list is comma-separated or repeated.\n\n");
        for (Setting<?> setting : FakeSettings.of(Setting.Surface.CLI)) {
            out.append("  ").append(setting.cliOption());
            if (setting.kind() != Setting.Kind.BOOLEAN) {
                out.append(' ').append(placeholder(setting));
            }
            out.append('\n');
            for (String line : wrap(setting.description(), 92)) {
                out.append("        ").append(line).append('\n');
            }
            out.append("        env ")
                    .append(setting.environmentVariable())
                    .append("; default ")
                    .append(setting == FakeSettings.PORT ? FakeSettings.STANDALONE_PORT : setting.defaultText())
                    .append('\n');
        }
        return out.append("  --help\n        print this help\n").toString();
    }

    /** How the usage shows an option's value: its name's last word in capitals, e.g. {@code REGION}. */
    private static String placeholder(Setting<?> setting) {
        if (setting == FakeSettings.CREDENTIALS) {
            return "KEY:SECRET[,...]";
        }
        String name = setting.name();
        int lastWord = name.length() - 1;
        while (lastWord > 0 && !Character.isUpperCase(name.charAt(lastWord))) {
            lastWord--;
        }
        String word = name.substring(lastWord).toUpperCase(Locale.ROOT);
        return setting.kind() == Setting.Kind.LIST ? word + "[,...]" : word;
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
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
     * Sets slf4j-simple's level, unless given as a system property already. At the default level
     * ({@code info}) the bundled libraries (Undertow, XNIO) say only warnings: their version lines at
     * start are noise beside the banner, and show from {@code debug} on.
     *
     * @param level the level given (already checked), or {@code null}
     */
    static void logLevel(String level) {
        if (level != null && System.getProperty(SIMPLE_LOGGER_LEVEL) == null) {
            System.setProperty(SIMPLE_LOGGER_LEVEL, level);
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

    /**
     * Reads the environment, then the options (an option replaces its variable; a repeated list option
     * adds up).
     *
     * @return the settings given, or {@code null} when help was asked for
     * @throws IllegalArgumentException naming the option or variable at fault
     */
    static SettingValues read(String[] args, Map<String, String> env) {
        SettingValues fromEnv = SettingValues.none();
        for (Setting<?> setting : FakeSettings.of(Setting.Surface.CLI)) {
            String value = env.get(setting.environmentVariable());
            if (value != null && !value.isBlank()) {
                fromEnv = parsed(fromEnv, setting, value, setting.environmentVariable(), false);
            }
        }
        SettingValues fromArgs = SettingValues.none();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            int eq = arg.indexOf('=');
            String option = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
            Setting<?> setting = option(option);
            String value;
            if (eq > 0 && arg.startsWith("--")) {
                value = arg.substring(eq + 1);
            } else if (setting.kind() == Setting.Kind.BOOLEAN) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            fromArgs = parsed(fromArgs, setting, value, option, true);
        }
        return fromEnv.overriddenBy(fromArgs);
    }

    /** The setting of a command-line option. */
    private static Setting<?> option(String option) {
        for (Setting<?> setting : FakeSettings.of(Setting.Surface.CLI)) {
            if (setting.cliOption().equals(option)) {
                return setting;
            }
        }
        List<String> known = FakeSettings.of(Setting.Surface.CLI).stream()
                .map(Setting::cliOption)
                .toList();
        throw new IllegalArgumentException(
                "unknown option " + option + Suggestions.suggestion(option, known, "options"));
    }

    /** The values with one more read from text; a list given again on the command line adds up. */
    @SuppressWarnings("unchecked")
    private static SettingValues parsed(
            SettingValues values, Setting<?> setting, String text, String where, boolean addUp) {
        Object value = setting.parse(text, where);
        if (addUp && setting.kind() == Setting.Kind.LIST && values.isGiven(setting)) {
            List<String> joined = new ArrayList<>((List<String>) values.get(setting));
            joined.addAll((List<String>) value);
            value = List.copyOf(joined);
        }
        return with(values, setting, value);
    }

    @SuppressWarnings("unchecked")
    private static <T> SettingValues with(SettingValues values, Setting<T> setting, Object value) {
        return values.with(setting, (T) value); // the value was read for this very setting
    }

    /**
     * A builder with the settings given, fixtures read from files.
     *
     * @throws FixtureException when a fixture file cannot be loaded
     */
    static FakeCognitoIdentity.Builder builder(SettingValues settings) {
        FakeCognitoIdentity.Builder builder = FakeCognitoIdentity.builder().port(FakeSettings.STANDALONE_PORT);
        return BuilderSettings.apply(builder, settings, location -> Fixtures.fromPath(Path.of(location)));
    }

    /** Reads options and environment into a builder; {@code null} when help was asked for. */
    static FakeCognitoIdentity.Builder configure(String[] args, Map<String, String> env) {
        SettingValues settings = read(args, env);
        return settings == null ? null : builder(settings);
    }

    private static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
