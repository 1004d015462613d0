package dev.fakecognito.spring;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Reads {@link AutoConfigureFakeCognitoIdentity} from a test class (its superclasses and, for
 * {@code @Nested} classes, its enclosing classes too) for Spring's TestContext framework. Registered in
 * {@code META-INF/spring.factories}.
 */
class FakeCognitoIdentityContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureFakeCognitoIdentity annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureFakeCognitoIdentity.class);
        return annotation == null ? null : new FakeCognitoIdentityContextCustomizer(ContextSettings.of(annotation));
    }
}
