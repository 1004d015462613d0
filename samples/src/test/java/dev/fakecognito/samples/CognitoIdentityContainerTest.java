package dev.fakecognito.samples;

import dev.fakecognito.testcontainers.DockerAndImageCondition;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class run against the fake's image in a real Docker engine: {@link DockerAndImageCondition}
 * checks that the engine and the image are there (skipped without them on a developer machine, failed
 * on CI), then {@link SampleContainers} starts one container for the class, seeds {@link #fixtures()}
 * before each test and injects the container and a client into the constructor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith({DockerAndImageCondition.class, SampleContainers.class})
@interface CognitoIdentityContainerTest {
    /** The fixture file (test classpath) seeded before each test, after emptying the fake. */
    String fixtures();
}
