package dev.fakecognito.testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * A test class that runs the image in a real Docker engine: its {@code @Container} fields are started
 * by Testcontainers, after {@link DockerAndImageCondition} checked that the engine and the image are
 * there (skipped without them on a developer machine, failed on CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(DockerAndImageCondition.class)
@Testcontainers
@interface ContainerTest {}
