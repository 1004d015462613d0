/*
 * The descriptor of the published jar, added to it at package time by moditect-maven-plugin (see
 * CONTRIBUTING.md, "Module descriptors"). Checked against the jar by the build's ModuleDescriptorsIT
 * (api-check) and run on the module path by consumer-test/module-user.
 */
module dev.fakecognito.junit5 {
    // Tests receive the fake's types (FakeCognitoIdentity, FakeAdmin) and the SDK's clients.
    requires transitive dev.fakecognito.server;
    requires transitive org.junit.jupiter.api;
    requires transitive software.amazon.awssdk.services.cognitoidentity;
    requires org.junit.platform.commons;
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.http.urlconnection;
    requires software.amazon.awssdk.regions;
    // @CognitoIdentityTest(container = true) only: the user adds the Testcontainers module.
    requires static dev.fakecognito.testcontainers;

    exports dev.fakecognito.junit5;
}
