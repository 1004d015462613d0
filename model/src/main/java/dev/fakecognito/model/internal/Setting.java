package dev.fakecognito.model.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One setting of a fake, as every surface names, defaults, reads and checks it: the builder method and
 * the annotation attribute carry {@link #name()}, the standalone server's option is its kebab-case
 * {@link #cliOption()}, the environment variable {@link #environmentVariable()}, the Spring property
 * {@link #springProperty()} and the container method {@link #containerMethod()}. The catalog of all of
 * them is {@link FakeSettings}. Not API.
 *
 * @param <T> the value's type: {@code Boolean}, {@code Integer}, {@code String}, or {@code List<String>}
 */
public final class Setting<T> {

    /** Where a setting can be given. */
    public enum Surface {
        /** {@code FakeCognitoIdentity.Builder}. */
        BUILDER,
        /** The standalone server's command line, and its environment variables. */
        CLI,
        /** {@code @CognitoIdentityTest} and {@code CognitoIdentityExtension.Builder}. */
        JUNIT,
        /** {@code @AutoConfigureFakeCognitoIdentity} and {@code fake.cognito-identity.*} properties. */
        SPRING,
        /** {@code CognitoIdentityContainer}. */
        CONTAINER
    }

    /** The shape of a value, which decides how text is read. */
    public enum Kind {
        /** {@code true} or {@code false}, in any case. */
        BOOLEAN,
        /** A whole number. */
        INT,
        /** A text. */
        TEXT,
        /** A list of texts; as one text, comma-separated. */
        LIST
    }

    private final String name;
    private final Kind kind;
    private final T defaultValue;
    private final String defaultText;
    private final String description;
    private final Set<Surface> surfaces;
    private final UnaryOperator<String> check;

    private Setting(
            String name,
            Kind kind,
            T defaultValue,
            String defaultText,
            String description,
            Set<Surface> surfaces,
            UnaryOperator<String> check) {
        this.name = name;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.defaultText = defaultText;
        this.description = description;
        this.surfaces = surfaces;
        this.check = check;
    }

    static Setting<Boolean> flag(String name, boolean defaultValue, String description, Set<Surface> surfaces) {
        return new Setting<>(
                name, Kind.BOOLEAN, defaultValue, Boolean.toString(defaultValue), description, surfaces, t -> t);
    }

    static Setting<Integer> number(
            String name,
            int defaultValue,
            String defaultText,
            String description,
            Set<Surface> surfaces,
            UnaryOperator<String> check) {
        return new Setting<>(name, Kind.INT, defaultValue, defaultText, description, surfaces, check);
    }

    static Setting<String> text(
            String name,
            String defaultValue,
            String defaultText,
            String description,
            Set<Surface> surfaces,
            UnaryOperator<String> check) {
        return new Setting<>(name, Kind.TEXT, defaultValue, defaultText, description, surfaces, check);
    }

    static Setting<List<String>> list(
            String name, String description, Set<Surface> surfaces, UnaryOperator<String> checkEach) {
        return new Setting<>(name, Kind.LIST, List.of(), "none", description, surfaces, checkEach);
    }

    /** Every surface. */
    static Set<Surface> everywhere() {
        return EnumSet.allOf(Surface.class);
    }

    /** The name of the builder method and of the annotation attribute, e.g. {@code keepLoginTokens}. */
    public String name() {
        return name;
    }

    /** The shape of the value. */
    public Kind kind() {
        return kind;
    }

    /** The value when the setting is not given; {@code null} for none (e.g. no admin token). */
    public T defaultValue() {
        return defaultValue;
    }

    /** The default as the reference documentation words it, e.g. {@code a free port} or {@code none}. */
    public String defaultText() {
        return defaultText;
    }

    /** One sentence on what it does, for {@code --help} and the reference documentation. */
    public String description() {
        return description;
    }

    /** Whether the surface offers this setting. */
    public boolean appliesTo(Surface surface) {
        return surfaces.contains(surface);
    }

    /** The standalone server's option, e.g. {@code --keep-login-tokens}. */
    public String cliOption() {
        return "--" + words("-");
    }

    /** The environment variable, e.g. {@code FAKE_COGNITO_KEEP_LOGIN_TOKENS}. */
    public String environmentVariable() {
        return "FAKE_COGNITO_" + words("_").toUpperCase(Locale.ROOT);
    }

    /** The Spring property, e.g. {@code fake.cognito-identity.keep-login-tokens}. */
    public String springProperty() {
        return "fake.cognito-identity." + words("-");
    }

    /** The container's method, e.g. {@code withKeepLoginTokens}. */
    public String containerMethod() {
        return "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The name's words in lower case, joined with the separator: {@code keep-login-tokens}. */
    private String words(String separator) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append(separator).append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Checks a value given in code.
     *
     * @param value the value; {@code null} only where the setting has no default
     * @param where how the surface names the setting, for the message (e.g. {@code region} or
     *              {@code @CognitoIdentityTest(region)})
     * @return the value, normalized where the setting has a normal form (a log level in lower case)
     * @throws IllegalArgumentException naming {@code where}, the value (unless secret) and what is wrong
     */
    @SuppressWarnings("unchecked")
    public T check(T value, String where) {
        if (value == null) {
            throw new IllegalArgumentException(where + " must not be null");
        }
        return switch (kind) {
            case BOOLEAN -> value;
            case INT -> {
                checkText(Integer.toString((Integer) value), where);
                yield value;
            }
            case TEXT -> (T) checkText((String) value, where);
            case LIST -> {
                List<String> checked = new ArrayList<>();
                for (String element : (List<String>) value) {
                    if (element == null) {
                        throw new IllegalArgumentException(where + " must not hold null");
                    }
                    checked.add(checkText(element, where));
                }
                yield (T) List.copyOf(checked);
            }
        };
    }

    /** Checks a value given in code, naming the setting by its {@link #name()} in a message. */
    public T check(T value) {
        return check(value, name);
    }

    /**
     * Reads a value from text: {@code true}/{@code false} for a flag, a number, a text, or a
     * comma-separated list (blank elements dropped).
     *
     * @param text  the text, e.g. an option's value or an environment variable
     * @param where how the surface names the setting, for the message (e.g. {@code --region})
     * @return the value, checked
     * @throws IllegalArgumentException naming {@code where} and what is wrong
     */
    @SuppressWarnings("unchecked")
    public T parse(String text, String where) {
        if (text == null) {
            throw new IllegalArgumentException(where + " needs a value");
        }
        String trimmed = text.trim();
        return switch (kind) {
            case BOOLEAN -> {
                if (trimmed.equalsIgnoreCase("true")) {
                    yield (T) Boolean.TRUE;
                }
                if (trimmed.equalsIgnoreCase("false")) {
                    yield (T) Boolean.FALSE;
                }
                throw new IllegalArgumentException(where + " is true or false, got '" + text + "'");
            }
            case INT -> {
                Integer number;
                try {
                    number = Integer.valueOf(trimmed);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + " takes a whole number, got '" + text + "'", e);
                }
                yield check((T) number, where);
            }
            case TEXT -> (T) checkText(trimmed, where);
            case LIST -> {
                List<String> elements = new ArrayList<>();
                for (String element : trimmed.split(",")) {
                    if (!element.isBlank()) {
                        elements.add(checkText(element.trim(), where));
                    }
                }
                yield (T) List.copyOf(elements);
            }
        };
    }

    /** Writes a value as {@link #parse} reads it (a list comma-separated). */
    @SuppressWarnings("unchecked")
    public String format(T value) {
        return kind == Kind.LIST ? String.join(",", (List<String>) value) : String.valueOf(value);
    }

    private String checkText(String text, String where) {
        try {
            return check.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
