package dev.fakecognito.model.internal;

import dev.fakecognito.model.internal.Setting.Surface;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every setting of a fake, in the order the documentation lists them: the one place that names them,
 * gives their defaults and checks their values, for every surface (builder, command line and
 * environment, JUnit, Spring, container). A test reads this catalog and each surface, so a setting
 * cannot be half-added. Not API.
 */
public final class FakeSettings {
    /** The port of the standalone server (and of the fake inside the container) unless told otherwise. */
    public static final int STANDALONE_PORT = 9230;

    /** The log levels of {@link #LOG_LEVEL}. */
    public static final List<String> LOG_LEVELS = List.of("trace", "debug", "info", "warn", "error", "off");

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    /** Everywhere but the container, which fixes its own port and host. */
    private static final Set<Surface> NOT_IN_CONTAINER =
            EnumSet.of(Surface.BUILDER, Surface.CLI, Surface.JUNIT, Surface.SPRING);

    public static final Setting<Integer> PORT = Setting.number(
            "port",
            0,
            "0 (a free port); " + STANDALONE_PORT + " for the standalone server",
            "The port to listen on; 0 picks a free one.",
            NOT_IN_CONTAINER,
            text -> {
                int port = Integer.parseInt(text);
                if (port < 0 || port > 65535) {
                    throw new IllegalArgumentException("a port is 0..65535, got " + port);
                }
                return text;
            });

    public static final Setting<String> HOST = Setting.text(
            "host",
            "127.0.0.1",
            "127.0.0.1",
            "The address to listen on; 0.0.0.0 for every interface.",
            NOT_IN_CONTAINER,
            text -> requireText(text, "an address"));

    public static final Setting<String> REGION = Setting.text(
            "region",
            "us-east-1",
            "us-east-1",
            "The default region: of calls that name none by their signature, host or id (the fake serves every"
                    + " region).",
            Setting.everywhere(),
            text -> {
                if (!Regions.isName(text)) {
                    throw new IllegalArgumentException("not an AWS region name: '" + text + "'");
                }
                return text;
            });

    public static final Setting<String> ACCOUNT_ID = Setting.text(
            "accountId",
            "123456789012",
            "123456789012",
            "The default 12-digit account id: of calls whose access key names none (in their pools' ARNs).",
            Setting.everywhere(),
            text -> {
                if (!TWELVE_DIGITS.matcher(text).matches()) {
                    throw new IllegalArgumentException("an account id has 12 digits, got '" + text + "'");
                }
                return text;
            });

    public static final Setting<String> ISSUER = Setting.text(
            "issuer",
            null,
            "AWS's for the pool's region",
            "The iss claim of the OpenID tokens the fake signs; by default AWS's issuer for the pool's region"
                    + " (https://cognito-identity.amazonaws.com in most regions).",
            Setting.everywhere(),
            text -> requireText(text, "an issuer"));

    public static final Setting<List<String>> FIXTURES = Setting.list(
            "fixtures",
            "YAML or JSON fixture documents to seed at start, in order: files for the standalone server and the"
                    + " container, classpath resources for JUnit and Spring.",
            Setting.everywhere(),
            text -> requireText(text, "a fixture location"));

    public static final Setting<Boolean> REQUIRE_SIGNATURES = Setting.flag(
            "requireSignatures",
            false,
            "Refuse calls the SDKs sign unless they carry a valid AWS Signature Version 4 (its scope's region is"
                    + " the call's), dated within 15 minutes.",
            Setting.everywhere());

    public static final Setting<List<String>> CREDENTIALS = Setting.list(
            "credentials",
            "Credentials (ACCESS_KEY_ID:SECRET_ACCESS_KEY, or with :ACCOUNT_ID the account of their calls) to"
                    + " verify signatures with; other access keys are refused. Needs requireSignatures.",
            Setting.everywhere(),
            text -> {
                Credentials.read(text, "a credential");
                return text;
            });

    public static final Setting<String> ADMIN_TOKEN = Setting.text(
            "adminToken",
            null,
            "none",
            "A token every admin call but GET /_fake/health must carry in the X-Fake-Cognito-Admin header.",
            Setting.everywhere(),
            text -> requireText(text, "an admin token"));

    public static final Setting<List<String>> ALLOWED_HOSTS = Setting.list(
            "allowedHosts",
            "Host names (e.g. a Docker Compose service) that may call the admin endpoints besides IP addresses and"
                    + " localhost; * allows any.",
            Setting.everywhere(),
            text -> requireText(text, "a host name").toLowerCase(Locale.ROOT));

    public static final Setting<Boolean> VERIFY_LOGIN_TOKENS = Setting.flag(
            "verifyLoginTokens",
            false,
            "Refuse JWT logins whose signature does not verify with their provider's keys, as AWS does.",
            Setting.everywhere());

    public static final Setting<Boolean> ADMIN_ENDPOINTS = Setting.flag(
            "adminEndpoints",
            true,
            "Whether the admin endpoints under /_fake/ (and the browser page) answer; GET /_fake/health always does.",
            Setting.everywhere());

    public static final Setting<Boolean> KEEP_LOGIN_TOKENS = Setting.flag(
            "keepLoginTokens",
            false,
            "Keep login tokens in the request journal as received instead of masking them.",
            Setting.everywhere());

    public static final Setting<Boolean> UI_READ_ONLY = Setting.flag(
            "uiReadOnly",
            false,
            "The browser page (/_fake/ui) hides reset and fixture loading; protects nothing (use adminToken).",
            Setting.everywhere());

    public static final Setting<Integer> JOURNAL_SIZE = Setting.number(
            "journalSize",
            5000,
            "5000",
            "How many API calls the request journal keeps; older ones are dropped and counted.",
            Setting.everywhere(),
            text -> {
                if (Integer.parseInt(text) < 0) {
                    throw new IllegalArgumentException("the journal size must be >= 0, got " + text);
                }
                return text;
            });

    public static final Setting<String> DATA_DIR = Setting.text(
            "dataDir",
            null,
            "none (memory only)",
            "A directory where the fake keeps its pools and identities across restarts (a log made durable before"
                    + " each answer, and snapshots); created if missing, used by one fake at a time.",
            Setting.everywhere(),
            text -> requireText(text, "a data directory"));

    public static final Setting<String> LOG_LEVEL = Setting.text(
            "logLevel",
            "info",
            "info",
            "The log level of the standalone server: trace, debug, info, warn, error or off.",
            EnumSet.of(Surface.CLI, Surface.CONTAINER),
            text -> {
                String level = text.toLowerCase(Locale.ROOT);
                if (!LOG_LEVELS.contains(level)) {
                    throw new IllegalArgumentException("'" + text + "' is none of " + String.join(", ", LOG_LEVELS));
                }
                return level;
            });

    private static final List<Setting<?>> ALL = List.of(
            PORT,
            HOST,
            REGION,
            ACCOUNT_ID,
            ISSUER,
            FIXTURES,
            REQUIRE_SIGNATURES,
            CREDENTIALS,
            VERIFY_LOGIN_TOKENS,
            ADMIN_TOKEN,
            ALLOWED_HOSTS,
            ADMIN_ENDPOINTS,
            KEEP_LOGIN_TOKENS,
            UI_READ_ONLY,
            JOURNAL_SIZE,
            DATA_DIR,
            LOG_LEVEL);

    private FakeSettings() {}

    /** Every setting, in the documentation's order. */
    public static List<Setting<?>> all() {
        return ALL;
    }

    /** The settings a surface offers, in the documentation's order. */
    public static List<Setting<?>> of(Surface surface) {
        return ALL.stream().filter(setting -> setting.appliesTo(surface)).toList();
    }

    /** The setting with this name, or {@code null}. */
    public static Setting<?> named(String name) {
        return ALL.stream()
                .filter(setting -> setting.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static String requireText(String text, String what) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text;
    }
}
