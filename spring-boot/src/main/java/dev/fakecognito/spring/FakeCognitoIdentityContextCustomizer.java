package dev.fakecognito.spring;

import dev.fakecognito.admin.internal.Lease;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.model.internal.Setting;
import dev.fakecognito.model.internal.SettingValues;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.internal.settings.BuilderSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the fake of one application context before the context refreshes, so that its properties are
 * there for the application's configuration, and registers it, its connection details and its lease
 * as singletons that the context stops and releases when it closes. Equal settings give equal
 * customizers: that is how Spring's context cache shares one context, and one fake, between test classes.
 */
final class FakeCognitoIdentityContextCustomizer implements ContextCustomizer {
    static final String FAKE_BEAN = "fakeCognitoIdentity";
    static final String LEASE_BEAN = "fakeCognitoIdentityLease";
    static final String DETAILS_BEAN = "fakeCognitoIdentityConnectionDetails";
    static final String PROPERTY_SOURCE = "fakeCognitoIdentity";

    private final ContextSettings settings;

    FakeCognitoIdentityContextCustomizer(ContextSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        String owner = config.getTestClass().getName();
        if (settings.mistake() != null) {
            throw new IllegalStateException(
                    "Invalid @AutoConfigureFakeCognitoIdentity of " + owner + ": " + settings.mistake());
        }
        SettingValues values = effective(context.getEnvironment(), owner);
        List<Fixtures> fixtures = load(values.get(FakeSettings.FIXTURES), owner);
        FakeCognitoIdentity fake = start(values, owner);
        Lease lease = new Lease(fake, fixtures, IllegalStateException::new);
        SdkEndpointProperty sdkEndpoint = null;
        try {
            lease.seed(fixtures, "test class " + owner); // for beans that call the fake while the context starts
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
        beans.registerSingleton(LEASE_BEAN, lease);
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
                                AutoConfigureFakeCognitoIdentity.ACCOUNT_ID_PROPERTY, fake.accountId(),
                                AutoConfigureFakeCognitoIdentity.ISSUER_PROPERTY, fake.issuer(),
                                AutoConfigureFakeCognitoIdentity.ACCESS_KEY_ID_PROPERTY, fake.accessKeyId(),
                                AutoConfigureFakeCognitoIdentity.SECRET_ACCESS_KEY_PROPERTY, fake.secretAccessKey())));
    }

    /**
     * The settings in force: each from its {@code fake.cognito-identity.*} property, unless the annotation
     * sets the attribute.
     */
    private SettingValues effective(ConfigurableEnvironment environment, String owner) {
        Binder binder = Binder.get(environment);
        SettingValues values = SettingValues.none();
        for (Setting<?> setting : FakeSettings.of(Setting.Surface.SPRING)) {
            try {
                values = property(values, binder, setting);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Invalid property of " + owner + ": " + e.getMessage(), e);
            }
        }
        return values.overriddenBy(settings.fake());
    }

    private static <T> SettingValues property(SettingValues values, Binder binder, Setting<T> setting) {
        String name = setting.springProperty();
        if (setting.kind() == Setting.Kind.LIST) {
            List<String> list = binder.bind(name, Bindable.listOf(String.class)).orElse(null);
            return list == null ? values : values.with(setting, setting.parse(String.join(",", list), name));
        }
        String text = binder.bind(name, String.class).orElse(null);
        return text == null ? values : values.with(setting, setting.parse(text, name));
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

    private static FakeCognitoIdentity start(SettingValues values, String owner) {
        FakeCognitoIdentity.Builder builder;
        try {
            builder = BuilderSettings.apply(
                    FakeCognitoIdentity.builder(), values.without(FakeSettings.FIXTURES), location -> {
                        throw new IllegalStateException("fixtures are seeded through the lease");
                    });
            return builder.start();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Invalid @AutoConfigureFakeCognitoIdentity of " + owner + ": " + e.getMessage(), e);
        }
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
