package dev.fakecognito.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Imports {@link CognitoIdentityClientAutoConfiguration} into a test context that has no
 * auto-configuration of its own: a test slice, or a {@code @SpringBootTest(classes = ...)} of some
 * configuration classes. Needed there with a {@code @ServiceConnection} container;
 * {@link AutoConfigureFakeCognitoIdentity} implies it. A {@code @SpringBootTest} of an application with
 * {@code @SpringBootApplication} has the auto-configuration already.
 *
 * <pre>{@code
 * @SpringBootTest(classes = SignInConfiguration.class)
 * @AutoConfigureCognitoIdentityClient
 * @Testcontainers
 * class SignInContainerTest {
 *     @Container @ServiceConnection
 *     static CognitoIdentityContainer cognito = new CognitoIdentityContainer();
 *     ...
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureCognitoIdentityClient {}
