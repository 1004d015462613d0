package dev.fakecognito.spring;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The application of the module's tests: auto-configuration only, as a service's would have. */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApplication {}
