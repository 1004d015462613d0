package dev.fakecognito.samples;

import dev.fakecognito.fixtures.InspectableFake;
import dev.fakecognito.testcontainers.Clients;
import dev.fakecognito.testcontainers.CognitoIdentityContainer;
import dev.fakecognito.testcontainers.DockerAndImageCondition;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What the container subclasses of the contracts share ({@link CognitoIdentityContainerTest}): one
 * container and client per test class, the class's fixtures seeded before each test as
 * {@code @CognitoIdentityTest(fixtures = …)} does in process, and both injected into the constructor.
 */
final class SampleContainers implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SampleContainers.class);

    /** The container and its client, closed by JUnit when the test class is done. */
    private record Running(CognitoIdentityContainer container, CognitoIdentityClient client)
            implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            client.close();
            container.stop();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        CognitoIdentityContainer container = new CognitoIdentityContainer();
        container.start();
        context.getStore(NAMESPACE).put(Running.class, new Running(container, Clients.cognitoIdentity(container)));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CognitoIdentityContainer container = running(context).container();
        String fixtures = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), CognitoIdentityContainerTest.class)
                .orElseThrow().fixtures();
        container.reset();
        container.seed(resource(fixtures));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == CognitoIdentityClient.class || type == InspectableFake.class
                || type == CognitoIdentityContainer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        return parameter.getParameter().getType() == CognitoIdentityClient.class ? running.client() : running.container();
    }

    private static Running running(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Running.class, Running.class);
    }

    private static String resource(String name) {
        try (InputStream in = SampleContainers.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture file " + name + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
