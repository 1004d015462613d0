/*
 * The descriptor of the published jar, added to it at package time by moditect-maven-plugin (see
 * CONTRIBUTING.md, "Module descriptors"). Checked against the jar by the build's ModuleDescriptorsIT
 * (api-check) and run on the module path by consumer-test/module-user.
 */
module dev.fakecognito.assertj {
    // The assertions take the model's types (FakeAdmin, World, RequestLog, ...) and extend AssertJ's.
    requires transitive dev.fakecognito.model;
    requires transitive org.assertj.core;

    exports dev.fakecognito.assertj;
}
