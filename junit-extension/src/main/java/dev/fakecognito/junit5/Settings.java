package dev.fakecognito.junit5;

import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.model.internal.Setting;
import dev.fakecognito.model.internal.SettingValues;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.internal.settings.BuilderSettings;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to start and prepare a fake: from {@link CognitoIdentityTest} or the extension's builder.
 *
 * @param fake                  the fake's settings given (fixtures as classpath resources)
 * @param resetBeforeEach       whether each test starts from the fixtures alone
 * @param shared                whether one fake serves the whole run
 * @param container             whether the fake runs in a container
 * @param image                 the container's image, or empty for the default
 * @param disabledWithoutDocker whether a container test is skipped (not failed) without Docker
 * @param customizer            applied to an in-process fake's builder
 * @param containerCustomizer   applied to the {@code CognitoIdentityContainer} before it starts (an
 *                              {@code Object} here, so that this class loads without the Testcontainers module)
 */
record Settings(
        SettingValues fake,
        boolean resetBeforeEach,
        boolean shared,
        boolean container,
        String image,
        boolean disabledWithoutDocker,
        Consumer<FakeCognitoIdentity.Builder> customizer,
        Consumer<Object> containerCustomizer) {

    /** The customizer of a fake that is not customized. */
    static final Consumer<FakeCognitoIdentity.Builder> NO_CUSTOMIZER = builder -> {};
    /** The customizer of a container that is not customized. */
    static final Consumer<Object> NO_CONTAINER_CUSTOMIZER = container -> {};

    static final Settings DEFAULTS =
            new Settings(SettingValues.none(), true, false, false, "", false, NO_CUSTOMIZER, NO_CONTAINER_CUSTOMIZER);

    Settings {
        Objects.requireNonNull(fake, "fake");
        if (!fake.get(FakeSettings.CREDENTIALS).isEmpty() && !fake.get(FakeSettings.REQUIRE_SIGNATURES)) {
            throw new IllegalArgumentException("credentials are only used to verify signatures: require signatures "
                    + "too (requireSignatures = true, or requireSignatures(true) on the extension's builder)");
        }
        if (container && (fake.isGiven(FakeSettings.PORT) || fake.isGiven(FakeSettings.HOST))) {
            throw new IllegalArgumentException(
                    "port and host apply to a fake in this JVM; a container fixes its own (leave them out)");
        }
        if (!container && !image.isEmpty()) {
            throw new IllegalArgumentException("image applies to a fake in a container: set container = true too");
        }
    }

    /**
     * The settings of an annotation: each attribute named like a setting is that setting, given when it
     * differs from the setting's default.
     *
     * @throws IllegalArgumentException naming the attribute whose value is wrong
     */
    static Settings of(CognitoIdentityTest annotation) {
        return new Settings(
                SettingValues.of(annotation, Setting.Surface.JUNIT),
                annotation.resetBeforeEach(),
                annotation.shared(),
                annotation.container(),
                annotation.image(),
                annotation.disabledWithoutDocker(),
                NO_CUSTOMIZER,
                NO_CONTAINER_CUSTOMIZER);
    }

    /** A builder for a fake with these settings (fixtures are seeded by the session, not the builder). */
    FakeCognitoIdentity.Builder fakeBuilder() {
        FakeCognitoIdentity.Builder builder =
                BuilderSettings.apply(FakeCognitoIdentity.builder(), fake.without(FakeSettings.FIXTURES), location -> {
                    throw new IllegalStateException("fixtures are seeded by the session");
                });
        customizer.accept(builder);
        return builder;
    }

    /** The classpath resources to seed. */
    List<String> fixtures() {
        return fake.get(FakeSettings.FIXTURES);
    }

    /**
     * Whether a fake of these settings may serve one scope after another, reset in between: not when it
     * keeps its state in a data directory (the next scope would find it restored, not reset) or is
     * customized (code this class cannot compare).
     */
    boolean reusable() {
        return !fake.isGiven(FakeSettings.DATA_DIR)
                && customizer == NO_CUSTOMIZER
                && containerCustomizer == NO_CONTAINER_CUSTOMIZER;
    }

    /**
     * What two scopes must agree on to use the same fake: everything but the fixtures (seeded per
     * scope) and the extension's own handling of it.
     */
    Object reuseKey() {
        return new ReuseKey(fake.without(FakeSettings.FIXTURES), container, image);
    }

    private record ReuseKey(SettingValues fake, boolean container, String image) {}
}
