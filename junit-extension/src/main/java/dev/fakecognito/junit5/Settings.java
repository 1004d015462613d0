package dev.fakecognito.junit5;

import dev.fakecognito.model.internal.Credentials;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to start and prepare a fake: from {@link CognitoIdentityTest} or the extension's builder.
 *
 * @param containerCustomizer applied to the {@code CognitoIdentityContainer} before it starts (an
 *                            {@code Object} here, so that this class loads without the Testcontainers module)
 * @param requireSignatures   whether the fake refuses calls without a valid signature
 * @param credentials         access key ids and their secrets the fake verifies signatures with, in order
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
        Consumer<Object> containerCustomizer,
        boolean requireSignatures,
        List<Map.Entry<String, String>> credentials) {

    static final Settings DEFAULTS = new Settings(
            List.of(),
            FakeCognitoIdentity.DEFAULT_REGION,
            FakeCognitoIdentity.DEFAULT_ACCOUNT_ID,
            true,
            false,
            builder -> {},
            false,
            "",
            container -> {},
            false,
            List.of());

    Settings {
        fixtures = List.copyOf(fixtures);
        credentials = List.copyOf(credentials);
        if (!credentials.isEmpty() && !requireSignatures) {
            throw new IllegalArgumentException("credentials are only used to verify signatures: require signatures "
                    + "too (requireSignatures = true, or requireSignatures() on the extension's builder)");
        }
        credentials.forEach(credential -> Credentials.check(credential.getKey(), credential.getValue()));
    }

    /**
     * The settings of an annotation.
     *
     * @throws IllegalArgumentException for credentials that are not {@code ACCESS_KEY_ID:SECRET_ACCESS_KEY}
     */
    static Settings of(CognitoIdentityTest annotation) {
        List<Map.Entry<String, String>> credentials = new ArrayList<>();
        for (String credential : annotation.credentials()) {
            credentials.add(Credentials.parse(credential, "each of credentials"));
        }
        return new Settings(
                List.of(annotation.fixtures()),
                annotation.region(),
                annotation.accountId(),
                annotation.resetBeforeEach(),
                annotation.shared(),
                builder -> {},
                annotation.container(),
                annotation.image(),
                container -> {},
                annotation.requireSignatures(),
                credentials);
    }

    /** A builder for a fake with these settings; throws IllegalArgumentException for a bad region or account. */
    FakeCognitoIdentity.Builder fakeBuilder() {
        FakeCognitoIdentity.Builder builder =
                FakeCognitoIdentity.builder().region(region).accountId(accountId);
        if (requireSignatures) {
            builder.requireSignatures();
        }
        credentials.forEach(credential -> builder.credentials(credential.getKey(), credential.getValue()));
        customizer.accept(builder);
        return builder;
    }

    /** The key of the run-wide fake these settings share. */
    String sharedKey() {
        return "shared-fake:" + (container ? "container:" + image + ":" : "") + region + ":" + accountId
                + (requireSignatures ? ":signed" + credentials : "");
    }
}
