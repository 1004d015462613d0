package dev.fakecognito.spring;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the fake of one application context before the context refreshes, so that its properties are
 * there for the application's configuration, and registers it, its connection details and its fixtures
 * as singletons that the context stops and releases when it closes. Equal settings give equal
 * customizers: that is how Spring's context cache shares one context, and one fake, between test classes.
 */
final class FakeCognitoIdentityContextCustomizer implements ContextCustomizer {
    static final String FAKE_BEAN = "fakeCognitoIdentity";
    static final String SEEDER_BEAN = "fakeCognitoIdentitySeeder";
    static final String DETAILS_BEAN = "fakeCognitoIdentityConnectionDetails";
    static final String PROPERTY_SOURCE = "fakeCognitoIdentity";

    private final FakeSettings settings;

    FakeCognitoIdentityContextCustomizer(FakeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        String owner = config.getTestClass().getName();
        List<Fixtures> fixtures = load(settings.fixtures(), owner);
        FakeCognitoIdentity fake = start(owner);
        FakeSeeder seeder = new FakeSeeder(fake, fixtures);
        SdkEndpointProperty sdkEndpoint = null;
        try {
            seeder.seed(owner); // for beans that call the fake while the context starts
            if (settings.sdkEndpoint()) {
                sdkEndpoint = SdkEndpointProperty.claim(fake.endpoint(), owner);
            }
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }

        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        beans.registerSingleton(FAKE_BEAN, fake);
        beans.registerSingleton(DETAILS_BEAN, InProcessConnectionDetails.of(fake));
        beans.registerSingleton(SEEDER_BEAN, seeder);
        DefaultSingletonBeanRegistry registry = (DefaultSingletonBeanRegistry) beans;
        registry.registerDisposableBean(FAKE_BEAN, fake::close);
        if (sdkEndpoint != null) {
            registry.registerDisposableBean(SdkEndpointProperty.class.getName(), sdkEndpoint::release);
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        PROPERTY_SOURCE,
                        Map.of(
                                AutoConfigureFakeCognitoIdentity.ENDPOINT_PROPERTY,
                                        fake.endpoint().toString(),
                                AutoConfigureFakeCognitoIdentity.REGION_PROPERTY, fake.region(),
                                AutoConfigureFakeCognitoIdentity.ACCOUNT_ID_PROPERTY, fake.accountId())));
    }

    private static List<Fixtures> load(List<String> resources, String owner) {
        List<Fixtures> loaded = new ArrayList<>();
        for (String resource : resources) {
            try {
                loaded.add(Fixtures.fromResource(resource));
            } catch (FixtureException e) {
                throw new IllegalStateException(
                        "Cannot load fixture '" + resource + "' of " + owner + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(loaded);
    }

    private FakeCognitoIdentity start(String owner) {
        FakeCognitoIdentity.Builder builder;
        try {
            builder = FakeCognitoIdentity.builder()
                    .region(settings.region())
                    .accountId(settings.accountId())
                    .issuer(settings.issuer());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Invalid @AutoConfigureFakeCognitoIdentity of " + owner + ": " + e.getMessage(), e);
        }
        return builder.start();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FakeCognitoIdentityContextCustomizer that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    @Override
    public String toString() {
        return "FakeCognitoIdentityContextCustomizer" + settings;
    }
}
