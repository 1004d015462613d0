package dev.fakecognito.spring;

import java.net.URI;

/**
 * The AWS SDK's JVM-wide endpoint setting for Cognito Identity, owned by one application context at a
 * time. The system properties themselves are the only state: the setting, and beside it the test class
 * whose context set it, for the message to a second context that asks.
 */
final class SdkEndpointProperty {
    static final String OWNER_PROPERTY = "dev.fakecognito.spring.sdkEndpointOwner";

    private final String value;

    private SdkEndpointProperty(String value) {
        this.value = value;
    }

    /**
     * Sets the property to the endpoint.
     *
     * @throws IllegalStateException when it is already set, by another context or from outside
     */
    static SdkEndpointProperty claim(URI endpoint, String owner) {
        String value = endpoint.toString();
        Object previous =
                System.getProperties().putIfAbsent(AutoConfigureFakeCognitoIdentity.SDK_ENDPOINT_PROPERTY, value);
        if (previous != null) {
            String holder = System.getProperty(OWNER_PROPERTY);
            throw new IllegalStateException(owner
                    + " asks for sdkEndpointSystemProperty = true, but the AWS SDK's JVM-wide endpoint setting "
                    + AutoConfigureFakeCognitoIdentity.SDK_ENDPOINT_PROPERTY + " is already set (to " + previous
                    + (holder == null
                            ? ", from outside this test support"
                            : ", by the application context of " + holder + ", which Spring's context cache keeps open")
                    + "). Only one context at a time can own a JVM-wide setting: give the test classes that need"
                    + " it the same configuration so that they share one context, close the other context with"
                    + " @DirtiesContext, or point the clients at ${"
                    + AutoConfigureFakeCognitoIdentity.ENDPOINT_PROPERTY + "} instead.");
        }
        System.setProperty(OWNER_PROPERTY, owner);
        return new SdkEndpointProperty(value);
    }

    /** Clears the property, if it is still this context's. */
    void release() {
        if (System.getProperties().remove(AutoConfigureFakeCognitoIdentity.SDK_ENDPOINT_PROPERTY, value)) {
            System.clearProperty(OWNER_PROPERTY);
        }
    }
}
