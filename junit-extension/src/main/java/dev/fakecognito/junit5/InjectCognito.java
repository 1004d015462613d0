package dev.fakecognito.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field, or a parameter, to be given the test's fake or something configured for it. The
 * supported types are {@code CognitoIdentityClient}, {@code CognitoIdentityAsyncClient},
 * {@code FakeAdmin}, {@code FakeCognitoIdentity} (in-process fakes), {@code CognitoIdentityContainer}
 * (fakes in a container) and {@link java.net.URI} (the endpoint).
 *
 * <p>Static fields are set before {@code @BeforeAll} methods run, instance fields right after the test
 * instance is created (and again before each test, for an extension registered in an instance field).
 * Parameters of the supported types need no annotation, except {@code URI}: a {@code URI} parameter
 * is the fake's endpoint only when marked, so that other resolvers (e.g. a {@code @ParameterizedTest}'s
 * arguments) keep theirs. On a parameter of another type the annotation makes the extension report
 * the unsupported type instead of leaving the parameter to other resolvers.
 *
 * <pre>{@code
 * @InjectCognito
 * CognitoIdentityClient client;
 * }</pre>
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectCognito {}
