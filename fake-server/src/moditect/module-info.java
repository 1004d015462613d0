/*
 * The descriptor of the published (shaded) server jar, added to it after shading by moditect-maven-plugin
 * (see CONTRIBUTING.md, "Module descriptors"). It describes the jar as shipped: Undertow, XNIO, JBoss
 * Logging/Threads, WildFly Common, SmallRye Common and Nimbus JOSE+JWT relocated under
 * dev.fakecognito.shaded. The standalone jar carries no descriptor (java -jar runs it on the class path).
 * Not compiled with the sources: the build's ModuleDescriptorsIT (api-check) checks it against the jar,
 * and consumer-test/module-user runs it on the module path.
 */
module dev.fakecognito.server {
    // FakeCognitoIdentity's API is made of the model's types (World, FakeAdmin, RequestLog, ...).
    requires transitive dev.fakecognito.model;
    requires org.slf4j;

    // The relocated libraries' needs: JBoss Logging (java.logging), JBoss Threads and XNIO
    // (java.management, jdk.unsupported), Nimbus (java.sql), WildFly's client configuration and the
    // SAML login tokens (java.xml).
    requires java.logging;
    requires java.net.http; // fetching identity providers' keys (verifyLoginTokens)
    requires java.management;
    requires java.sql;
    requires java.xml;
    requires jdk.unsupported;
    // Undertow's and XNIO's features the fake never turns on: JNDI, Kerberos (SPNEGO) and SASL.
    requires static java.naming;
    requires static java.security.jgss;
    requires static java.security.sasl;

    exports dev.fakecognito.server;
    // The builder's settings, shared with the JUnit extension and the Spring module.
    exports dev.fakecognito.server.internal.settings to
            dev.fakecognito.junit5,
            dev.fakecognito.spring;

    // The model's relocated Jackson binds the JSON types of every internal package.
    opens dev.fakecognito.server.internal.errors to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.faults to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.http to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.journal to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.operations to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.persistence to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.seeding to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.settings to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.signing to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.state to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.tokens to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.validation to dev.fakecognito.model;
    opens dev.fakecognito.server.internal.wire to dev.fakecognito.model;

    // Every ServiceLoader lookup of the relocated libraries (a named module must declare them). The fake
    // makes one of them, XNIO's provider, and provides it below; the others (Undertow's configuration
    // language, ALPN and HTTP client, XNIO's worker configurators, JBoss Logging's provider) find
    // nothing on the module path, where the jar's META-INF/services files are not read, and fall back
    // to their defaults (JBoss Logging to SLF4J, which FakeCognitoIdentity selects anyway).
    uses dev.fakecognito.shaded.org.xnio.XnioProvider;
    uses dev.fakecognito.shaded.org.xnio.XnioWorkerConfigurator;
    uses dev.fakecognito.shaded.org.jboss.logging.LoggerProvider;
    uses dev.fakecognito.shaded.io.undertow.attribute.ExchangeAttributeBuilder;
    uses dev.fakecognito.shaded.io.undertow.client.ClientProvider;
    uses dev.fakecognito.shaded.io.undertow.predicate.PredicateBuilder;
    uses dev.fakecognito.shaded.io.undertow.protocols.alpn.ALPNEngineManager;
    uses dev.fakecognito.shaded.io.undertow.protocols.alpn.ALPNProvider;
    uses dev.fakecognito.shaded.io.undertow.server.handlers.builder.HandlerBuilder;

    provides dev.fakecognito.shaded.org.xnio.XnioProvider with
            dev.fakecognito.shaded.org.xnio.nio.NioXnioProvider;
}
