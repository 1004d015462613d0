/**
 * A user's module: its code signs guests in through the AWS SDK, and its tests run on the module path
 * with the fake (the JUnit extension, the assertions and the server as named modules).
 */
module com.example.moduleuser {
    requires software.amazon.awssdk.services.cognitoidentity;
    // The SDK's automatic modules its tests build a client with (Surefire puts on the module path only
    // the modules that are required by name).
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.http.urlconnection;
    requires software.amazon.awssdk.regions;
    // For its tests: what the README's "On the module path" asks of a user's module.
    requires dev.fakecognito.junit5;
    requires dev.fakecognito.assertj;
    requires dev.fakecognito.server;
    requires org.junit.jupiter.api;

    exports com.example.moduleuser;
    // JUnit creates the test classes, and the extension injects fakes and clients into their fields.
    opens com.example.moduleuser to
            org.junit.platform.commons,
            dev.fakecognito.junit5;
}
