package dev.fakecognito.spring;

import dev.fakecognito.model.internal.Setting;
import dev.fakecognito.model.internal.SettingValues;

/**
 * What {@link AutoConfigureFakeCognitoIdentity} asks of the context: part of Spring's context cache key,
 * so that test classes asking for the same fake share one context. {@code resetBeforeEach} is not here:
 * it is about each test class, not the context.
 *
 * @param fake        the fake's settings given by the annotation's attributes
 * @param sdkEndpoint whether to set the SDK's endpoint system property
 */
record ContextSettings(SettingValues fake, boolean sdkEndpoint) {

    static ContextSettings of(AutoConfigureFakeCognitoIdentity annotation) {
        return new ContextSettings(
                SettingValues.of(annotation, Setting.Surface.SPRING), annotation.sdkEndpointSystemProperty());
    }
}
