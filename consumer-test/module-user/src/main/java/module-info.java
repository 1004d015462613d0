/**
 * A user's module: its code signs guests in through the AWS SDK, and its tests run on the module path
 * with the fake (the JUnit extension, the assertions and the server as named modules). The README's
 * "On the module path" shows it.
 */
// snippet:start module-user
module com.example.moduleuser {
    requires software.amazon.awssdk.services.cognitoidentity;
    // The SDK's jars are automatic modules: require those the code names.
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.http.urlconnection;
    requires software.amazon.awssdk.regions;

    // For the tests (the server also comes with the JUnit extension).
    requires dev.fakecognito.junit5;
    requires dev.fakecognito.assertj;
    requires dev.fakecognito.server;
    requires org.junit.jupiter.api;

    exports com.example.moduleuser;
    // JUnit creates the test classes; the extension injects fakes and clients into their fields.
    opens com.example.moduleuser to
            org.junit.platform.commons,
            dev.fakecognito.junit5;
}
// snippet:end
