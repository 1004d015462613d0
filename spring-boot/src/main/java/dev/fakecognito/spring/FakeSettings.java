package dev.fakecognito.spring;

import java.util.List;

/**
 * What {@link AutoConfigureFakeCognitoIdentity} asks of the context: part of Spring's context cache key,
 * so that test classes asking for the same fake share one context. {@code resetBeforeEach} is not here:
 * it is about each test class, not the context.
 */
record FakeSettings(List<String> fixtures, String region, String accountId, String issuer, boolean sdkEndpoint) {

    FakeSettings {
        fixtures = List.copyOf(fixtures);
    }

    static FakeSettings of(AutoConfigureFakeCognitoIdentity annotation) {
        return new FakeSettings(
                List.of(annotation.fixtures()),
                annotation.region(),
                annotation.accountId(),
                annotation.issuer(),
                annotation.sdkEndpointSystemProperty());
    }
}
