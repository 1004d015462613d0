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
 * @param mistake     what is wrong with the annotation, reported when the context loads; {@code null} if nothing
 */
record ContextSettings(SettingValues fake, boolean sdkEndpoint, String mistake) {

    static ContextSettings of(AutoConfigureFakeCognitoIdentity annotation) {
        try {
            return new ContextSettings(
                    SettingValues.of(annotation, Setting.Surface.SPRING), annotation.sdkEndpointSystemProperty(), null);
        } catch (IllegalArgumentException e) {
            return new ContextSettings(SettingValues.none(), false, e.getMessage());
        }
    }
}
