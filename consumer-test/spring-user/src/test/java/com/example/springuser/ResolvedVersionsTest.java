package com.example.springuser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;
import software.amazon.awssdk.core.util.VersionInfo;

/**
 * Adding the Spring Boot test support changes none of the user's versions: every Spring, Jackson and AWS
 * SDK jar on the test classpath is at the version this project's POM (its Spring Boot parent, its AWS SDK
 * BOM) chose, and no artifact comes in two versions.
 */
class ResolvedVersionsTest {
    /** The build's local repository, wherever it is (passed by the POM from Maven's own setting). */
    private static final Path REPOSITORY =
            Path.of(System.getProperty("local.repository")).toAbsolutePath();

    /** A jar from the local repository: its coordinates, read from its path. */
    record Jar(String groupId, String artifactId, String version) {
        String key() {
            return groupId + ":" + artifactId;
        }
    }

    static List<Jar> classpathJars() {
        List<Jar> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (!path.startsWith(REPOSITORY) || !entry.endsWith(".jar")) {
                continue; // this project's and the reactor's classes
            }
            Path relative = REPOSITORY.relativize(path);
            int n = relative.getNameCount();
            jars.add(new Jar(
                    relative.subpath(0, n - 3).toString().replace(File.separatorChar, '.'),
                    relative.getName(n - 3).toString(),
                    relative.getName(n - 2).toString()));
        }
        return jars;
    }

    /** The version of each jar of a group, or of its subgroups ({@code com.fasterxml.jackson.*}). */
    static Map<String, String> versionsOf(String group) {
        return classpathJars().stream()
                .filter(jar -> jar.groupId().equals(group)
                        || (group.endsWith(".*") && jar.groupId().startsWith(group.substring(0, group.length() - 1))))
                .collect(Collectors.toMap(Jar::key, Jar::version, (a, b) -> a + "," + b, TreeMap::new));
    }

    @Test
    void theLocalRepositoryIsWhereTheClasspathJarsAre() {
        assertThat(classpathJars()).as("jars found under " + REPOSITORY).hasSizeGreaterThan(20);
    }

    @Test
    void springIsAtTheParentsVersions() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.spring-boot.version"));
        assertThat(SpringVersion.getVersion()).isEqualTo(System.getProperty("expected.spring-framework.version"));
        assertThat(versionsOf("org.springframework.boot"))
                .containsKey("org.springframework.boot:spring-boot-test")
                .allSatisfy((artifact, version) ->
                        assertThat(version).as(artifact).isEqualTo(System.getProperty("expected.spring-boot.version")));
        assertThat(versionsOf("org.springframework"))
                .containsKey("org.springframework:spring-core")
                .allSatisfy((artifact, version) -> assertThat(version)
                        .as(artifact)
                        .isEqualTo(System.getProperty("expected.spring-framework.version")));
    }

    @Test
    void jacksonIsAtTheParentsVersion() {
        assertThat(PackageVersion.VERSION.toString()).isEqualTo(System.getProperty("expected.jackson.version"));
        assertThat(versionsOf("com.fasterxml.jackson.*"))
                .containsKey("com.fasterxml.jackson.core:jackson-databind")
                .allSatisfy((artifact, version) ->
                        assertThat(version).as(artifact).isEqualTo(System.getProperty("expected.jackson.version")));
    }

    @Test
    void theAwsSdkIsAtTheUsersVersion() {
        assertThat(VersionInfo.SDK_VERSION).isEqualTo(System.getProperty("expected.aws-sdk.version"));
        assertThat(versionsOf("software.amazon.awssdk"))
                .containsKey("software.amazon.awssdk:cognitoidentity")
                .allSatisfy((artifact, version) ->
                        assertThat(version).as(artifact).isEqualTo(System.getProperty("expected.aws-sdk.version")));
    }

    @Test
    void noArtifactComesInTwoVersions() {
        Map<String, Long> copies =
                classpathJars().stream().collect(Collectors.groupingBy(Jar::key, Collectors.counting()));
        assertThat(copies)
                .allSatisfy((artifact, count) -> assertThat(count).as(artifact).isEqualTo(1L));
    }

    @Test
    void noneOfTheFakesOwnLibrariesAreOnTheClasspathUnrelocated() {
        assertThat(classpathJars().stream().map(Jar::groupId).distinct())
                .doesNotContain(
                        "io.undertow",
                        "org.jboss.xnio",
                        "org.jboss.threads",
                        "org.wildfly.common",
                        "io.smallrye.common",
                        "com.nimbusds",
                        "com.fasterxml.jackson.dataformat");
    }
}
