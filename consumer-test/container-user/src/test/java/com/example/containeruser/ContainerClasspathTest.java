package com.example.containeruser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A container user's resolved test classpath: the model artifact, the Testcontainers module and the
 * assertions, but not the server jar, nor Undertow, XNIO or Nimbus under any name.
 */
class ContainerClasspathTest {

    @Test
    void theServerArtifactAndNimbusAreNotOnTheClasspath() {
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> new File(entry).getName())
                .toList();

        assertThat(jars)
                .anyMatch(jar -> jar.startsWith("fake-cognito-identity-model-"))
                .anyMatch(jar -> jar.startsWith("fake-cognito-identity-testcontainers-"))
                .anyMatch(jar -> jar.startsWith("fake-cognito-identity-assertj-"))
                .noneMatch(jar -> jar.startsWith("fake-cognito-identity-server"))
                .noneMatch(jar -> jar.contains("nimbus"))
                .noneMatch(jar -> jar.contains("undertow") || jar.contains("xnio"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dev.fakecognito.server.FakeCognitoIdentity",
                "io.undertow.Undertow",
                "dev.fakecognito.shaded.io.undertow.Undertow",
                "org.xnio.Xnio",
                "dev.fakecognito.shaded.org.xnio.Xnio",
                "com.nimbusds.jose.JWSObject",
                "dev.fakecognito.shaded.com.nimbusds.jose.JWSObject",
                "com.fasterxml.jackson.databind.ObjectMapper",
                "org.yaml.snakeyaml.Yaml"
            })
    void notLoadable(String className) {
        assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
