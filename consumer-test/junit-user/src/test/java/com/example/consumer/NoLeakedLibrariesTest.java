package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adding the extension puts none of the fake's libraries on the user's classpath under their own names:
 * a user's Undertow, Nimbus, SnakeYAML or Jackson modules can never be shadowed or upgraded by ours.
 */
class NoLeakedLibrariesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "io.undertow.Undertow",
                "org.xnio.Xnio",
                "org.jboss.logging.Logger",
                "org.jboss.threads.EnhancedQueueExecutor",
                "org.wildfly.common.Assert",
                "io.smallrye.common.constraint.Assert",
                "com.nimbusds.jose.JWSObject",
                "com.nimbusds.jose.shaded.gson.Gson",
                "org.yaml.snakeyaml.Yaml",
                "com.fasterxml.jackson.dataformat.yaml.YAMLMapper",
                "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule"
            })
    void notOnTheClasspath(String className) {
        assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
