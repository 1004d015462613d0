package dev.fakecognito.spring;

import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import java.net.URI;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * {@link CognitoIdentityConnectionDetails} for a {@link CognitoIdentityContainer} marked
 * {@code @ServiceConnection}. Registered in {@code META-INF/spring.factories}; Spring Boot only uses it
 * when {@code spring-boot-testcontainers} and the Testcontainers module are on the classpath.
 */
class CognitoIdentityContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<CognitoIdentityContainer, CognitoIdentityConnectionDetails> {

    CognitoIdentityContainerConnectionDetailsFactory() {
        super(ANY_CONNECTION_NAME, "dev.fakecognito.testcontainers.CognitoIdentityContainer");
    }

    @Override
    protected CognitoIdentityConnectionDetails getContainerConnectionDetails(
            ContainerConnectionSource<CognitoIdentityContainer> source) {
        return new ContainerDetails(source);
    }

    /** Reads the running container: its mapped endpoint, region and credentials. */
    private static final class ContainerDetails extends ContainerConnectionDetails<CognitoIdentityContainer>
            implements CognitoIdentityConnectionDetails {

        ContainerDetails(ContainerConnectionSource<CognitoIdentityContainer> source) {
            super(source);
        }

        @Override
        public URI endpoint() {
            return getContainer().endpoint();
        }

        @Override
        public String region() {
            return getContainer().region();
        }

        @Override
        public String accessKeyId() {
            return getContainer().accessKeyId();
        }

        @Override
        public String secretAccessKey() {
            return getContainer().secretAccessKey();
        }
    }
}
