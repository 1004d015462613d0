/*
 * The descriptor of the published (shaded) model jar, added to it after shading by moditect-maven-plugin
 * (see CONTRIBUTING.md, "Module descriptors"). It describes the jar as shipped: Jackson and SnakeYAML
 * relocated under dev.fakecognito.shaded. Not compiled with the sources: the build's ModuleDescriptorsIT
 * (api-check) checks it against the jar, and consumer-test/module-user runs it on the module path.
 */
module dev.fakecognito.model {
    // FakeAdminClient and Jwks speak HTTP through the JDK's client; LoginTokens reads SAML assertions.
    // No public signature shows their types, so neither is transitive.
    requires java.net.http;
    requires java.xml;
    // Used by the relocated Jackson and SnakeYAML only for JDK types the fake never binds (java.beans, java.sql).
    requires static java.desktop;
    requires static java.sql;

    exports dev.fakecognito.admin;
    exports dev.fakecognito.fixtures;
    exports dev.fakecognito.model;
    exports dev.fakecognito.tokens;

    // Shared with the project's own modules only.
    exports dev.fakecognito.admin.internal to
            dev.fakecognito.server,
            dev.fakecognito.junit5,
            dev.fakecognito.spring;
    exports dev.fakecognito.model.internal to
            dev.fakecognito.server,
            dev.fakecognito.junit5,
            dev.fakecognito.testcontainers,
            dev.fakecognito.spring;
    // The server binds its JSON with this jar's relocated Jackson rather than a copy of its own.
    exports dev.fakecognito.shaded.com.fasterxml.jackson.annotation to
            dev.fakecognito.server;
    exports dev.fakecognito.shaded.com.fasterxml.jackson.core to
            dev.fakecognito.server;
    exports dev.fakecognito.shaded.com.fasterxml.jackson.core.util to
            dev.fakecognito.server;
    exports dev.fakecognito.shaded.com.fasterxml.jackson.core.json to
            dev.fakecognito.server;
    exports dev.fakecognito.shaded.com.fasterxml.jackson.databind to
            dev.fakecognito.server;
    exports dev.fakecognito.shaded.com.fasterxml.jackson.databind.cfg to
            dev.fakecognito.server;
    exports dev.fakecognito.shaded.com.fasterxml.jackson.databind.json to
            dev.fakecognito.server;
    exports dev.fakecognito.shaded.com.fasterxml.jackson.databind.module to
            dev.fakecognito.server;
    exports dev.fakecognito.shaded.com.fasterxml.jackson.databind.node to
            dev.fakecognito.server;
    exports dev.fakecognito.shaded.com.fasterxml.jackson.databind.ser.std to
            dev.fakecognito.server;

    // The lookups the relocated Jackson makes (as jackson-databind's own descriptor declares them).
    uses dev.fakecognito.shaded.com.fasterxml.jackson.databind.Module;
    uses java.nio.file.spi.FileSystemProvider;

    provides dev.fakecognito.shaded.com.fasterxml.jackson.databind.Module with
            dev.fakecognito.shaded.com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
}
