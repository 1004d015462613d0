package dev.fakecognito.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/** The tests run on the Spring Boot line the build says (3.5 here, 4.0 in boot4/spring-boot). */
class SpringBootLineTest {

    @Test
    void runsOnTheExpectedSpringBoot() {
        assertThat(System.getProperty("expected.spring-boot.version")).isNotBlank();
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.spring-boot.version"));
    }
}
