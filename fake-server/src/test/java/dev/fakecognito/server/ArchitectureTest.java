package dev.fakecognito.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers of the server depend one way: protocol → operations → state/tokens/validation → errors. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fakecognito.server");

    @Test
    void layersDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Server").definedBy("dev.fakecognito.server")
                .layer("Protocol").definedBy("dev.fakecognito.server.protocol..")
                .layer("Operations").definedBy("dev.fakecognito.server.operations..")
                .layer("Wire").definedBy("dev.fakecognito.server.wire..")
                .layer("Validation").definedBy("dev.fakecognito.server.validation..")
                .layer("Tokens").definedBy("dev.fakecognito.server.tokens..")
                .layer("State").definedBy("dev.fakecognito.server.state..")
                .layer("Errors").definedBy("dev.fakecognito.server.errors..")
                .whereLayer("Server").mayNotBeAccessedByAnyLayer()
                .whereLayer("Protocol").mayOnlyBeAccessedByLayers("Server")
                .whereLayer("Operations").mayOnlyBeAccessedByLayers("Protocol", "Server")
                .whereLayer("Wire").mayOnlyBeAccessedByLayers("Operations")
                .whereLayer("Validation").mayOnlyBeAccessedByLayers("Protocol", "Server")
                .whereLayer("Tokens").mayOnlyBeAccessedByLayers("Operations", "Protocol", "Server")
                .whereLayer("State").mayOnlyBeAccessedByLayers("Operations", "Protocol", "Server")
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.fakecognito.server.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
