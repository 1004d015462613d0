package dev.fakecognito.model.internal;

import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Values given for some {@link Setting}s, in the order given; a setting not given has its default.
 * Immutable: {@link #with} returns a changed copy. Equal when the same settings have equal values, so
 * it can be part of a cache key. Not API.
 */
public final class SettingValues {
    private static final SettingValues NONE = new SettingValues(Map.of());

    private final Map<Setting<?>, Object> values;

    private SettingValues(Map<Setting<?>, Object> values) {
        this.values = values;
    }

    /** No setting given: every one has its default. */
    public static SettingValues none() {
        return NONE;
    }

    /**
     * The settings of an annotation whose attributes are named like the settings of a surface (such as
     * {@code @CognitoIdentityTest}): an attribute is given when it differs from the setting's default; an
     * empty text stands for "none" where the setting has no default (e.g. no admin token).
     *
     * @param annotation the annotation
     * @param surface    the surface whose settings it has an attribute for, each
     * @return the values given
     * @throws IllegalArgumentException naming the attribute whose value is wrong
     * @throws IllegalStateException    when the annotation lacks an attribute of the surface's settings
     */
    public static SettingValues of(Annotation annotation, Setting.Surface surface) {
        SettingValues values = NONE;
        for (Setting<?> setting : FakeSettings.of(surface)) {
            values = values.withAttribute(annotation, setting);
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private <T> SettingValues withAttribute(Annotation annotation, Setting<T> setting) {
        Object raw;
        try {
            raw = annotation.annotationType().getMethod(setting.name()).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "@" + annotation.annotationType().getSimpleName() + " has no attribute " + setting.name(), e);
        }
        Object value = raw instanceof String[] array ? List.of(array) : raw;
        if ("".equals(value) && setting.defaultValue() == null || value.equals(setting.defaultValue())) {
            return this;
        }
        return with(setting, setting.check((T) value, setting.name()));
    }

    /** A copy with this setting's value replaced (checked already by whoever read it). */
    public <T> SettingValues with(Setting<T> setting, T value) {
        Map<Setting<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(setting, "setting"), Objects.requireNonNull(value, "value"));
        return new SettingValues(Collections.unmodifiableMap(copy));
    }

    /** A copy with the values given in {@code over} replacing these (the others kept). */
    public SettingValues overriddenBy(SettingValues over) {
        Map<Setting<?>, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(over.values);
        return new SettingValues(Collections.unmodifiableMap(copy));
    }

    /** A copy without this setting's value (it then has its default). */
    public SettingValues without(Setting<?> setting) {
        Map<Setting<?>, Object> copy = new LinkedHashMap<>(values);
        copy.remove(setting);
        return new SettingValues(Collections.unmodifiableMap(copy));
    }

    /** The value given, else the setting's default. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        return values.containsKey(setting) ? (T) values.get(setting) : setting.defaultValue();
    }

    /** Whether a value was given for the setting. */
    public boolean isGiven(Setting<?> setting) {
        return values.containsKey(setting);
    }

    /** The values given, in the order given. */
    public Map<Setting<?>, Object> given() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SettingValues that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** The values given, secrets (the admin token, credentials) hidden. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        values.forEach((setting, value) -> {
            if (out.length() > 1) {
                out.append(", ");
            }
            boolean secret = setting == FakeSettings.ADMIN_TOKEN || setting == FakeSettings.CREDENTIALS;
            out.append(setting.name()).append('=').append(secret ? "[hidden]" : value);
        });
        return out.append('}').toString();
    }
}
