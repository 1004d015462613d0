/*
 * The descriptor of the published jar, added to it at package time by moditect-maven-plugin (see
 * CONTRIBUTING.md, "Module descriptors"). Checked against the jar by the build's ModuleDescriptorsIT
 * (api-check).
 */
module dev.fakecognito.spring {
    requires transitive dev.fakecognito.server;
    // The user's own Spring Boot, AWS SDK and Testcontainers (optional dependencies).
    requires static spring.beans;
    requires static spring.boot;
    requires static spring.boot.autoconfigure;
    requires static spring.boot.test;
    requires static spring.boot.testcontainers;
    requires static spring.context;
    requires static spring.core;
    requires static spring.test;
    requires static software.amazon.awssdk.auth;
    requires static software.amazon.awssdk.awscore;
    requires static software.amazon.awssdk.core;
    requires static software.amazon.awssdk.http;
    requires static software.amazon.awssdk.regions;
    requires static software.amazon.awssdk.services.cognitoidentity;
    requires static dev.fakecognito.testcontainers;

    exports dev.fakecognito.spring;
    // Spring instantiates, proxies and binds the auto-configuration's classes reflectively.
    opens dev.fakecognito.spring;
}
