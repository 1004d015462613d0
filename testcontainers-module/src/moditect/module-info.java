/*
 * The descriptor of the published jar, added to it at package time by moditect-maven-plugin (see
 * CONTRIBUTING.md, "Module descriptors"). Checked against the jar by the build's ModuleDescriptorsIT
 * (api-check).
 */
module dev.fakecognito.testcontainers {
    requires transitive dev.fakecognito.model;
    // Testcontainers 2.x ships no descriptor and no Automatic-Module-Name: on the module path its
    // module is named after its jar file (testcontainers-2.x.y.jar: "testcontainers").
    requires transitive testcontainers;
    requires com.github.dockerjava.api;
    requires org.slf4j;

    exports dev.fakecognito.testcontainers;
}
