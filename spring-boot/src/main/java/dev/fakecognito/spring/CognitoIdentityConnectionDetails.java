package dev.fakecognito.spring;

import java.net.URI;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * How to reach a fake Cognito Identity service: what a client needs. Spring Boot creates one for a
 * {@code CognitoIdentityContainer} marked {@code @ServiceConnection} (a {@code @Container} field or a
 * {@code @Bean}), and {@link AutoConfigureFakeCognitoIdentity} registers one for its in-process fake;
 * {@link CognitoIdentityClientAutoConfiguration} builds the SDK clients from it.
 */
public interface CognitoIdentityConnectionDetails extends ConnectionDetails {

    /**
     * The endpoint to give AWS clients ({@code endpointOverride}).
     *
     * @return e.g. {@code http://localhost:32771}
     */
    URI endpoint();

    /**
     * The fake's region.
     *
     * @return e.g. {@code us-east-1}
     */
    String region();

    /**
     * The access key id clients sign with: the fake's first configured credentials, else {@code test}.
     *
     * @return the access key id
     */
    String accessKeyId();

    /**
     * The secret access key that goes with {@link #accessKeyId()}.
     *
     * @return the secret access key
     */
    String secretAccessKey();
}
