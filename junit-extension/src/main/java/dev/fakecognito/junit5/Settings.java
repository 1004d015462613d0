package dev.fakecognito.junit5;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.List;
import java.util.function.Consumer;

/**
 * How to start and prepare a fake: from {@link CognitoIdentityTest} or the extension's builder.
 *
 * @param containerCustomizer applied to the {@code CognitoIdentityContainer} before it starts (an
 *                            {@code Object} here, so that this class loads without the Testcontainers module)
 */
record Settings(
        List<String> fixtures,
        String region,
        String accountId,
        boolean resetBeforeEach,
        boolean shared,
        Consumer<FakeCognitoIdentity.Builder> customizer,
        boolean container,
        String image,
        Consumer<Object> containerCustomizer) {

    static final Settings DEFAULTS = new Settings(
            List.of(),
            FakeCognitoIdentity.DEFAULT_REGION,
            FakeCognitoIdentity.DEFAULT_ACCOUNT_ID,
            true,
            false,
            builder -> {},
            false,
            "",
            container -> {});

    Settings {
        fixtures = List.copyOf(fixtures);
    }

    static Settings of(CognitoIdentityTest annotation) {
        return new Settings(
                List.of(annotation.fixtures()),
                annotation.region(),
                annotation.accountId(),
                annotation.resetBeforeEach(),
                annotation.shared(),
                builder -> {},
                annotation.container(),
                annotation.image(),
                container -> {});
    }

    /** A builder for a fake with these settings; throws IllegalArgumentException for a bad region or account. */
    FakeCognitoIdentity.Builder fakeBuilder() {
        FakeCognitoIdentity.Builder builder =
                FakeCognitoIdentity.builder().region(region).accountId(accountId);
        customizer.accept(builder);
        return builder;
    }

    /** The key of the run-wide fake these settings share. */
    String sharedKey() {
        return "shared-fake:" + (container ? "container:" + image + ":" : "") + region + ":" + accountId;
    }
}
