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
            .importPackages("dev.fakecognito.server", "dev.fakecognito.fixtures");

    @Test
    void layersDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Server").definedBy("dev.fakecognito.server")
                .layer("Protocol").definedBy("dev.fakecognito.server.protocol..")
                .layer("Fixtures").definedBy("dev.fakecognito.fixtures..")
                .layer("Operations").definedBy("dev.fakecognito.server.operations..")
                .layer("Wire").definedBy("dev.fakecognito.server.wire..")
                .layer("Validation").definedBy("dev.fakecognito.server.validation..")
                .layer("Tokens").definedBy("dev.fakecognito.server.tokens..")
                .layer("State").definedBy("dev.fakecognito.server.state..")
                .layer("Errors").definedBy("dev.fakecognito.server.errors..")
                .whereLayer("Server").mayNotBeAccessedByAnyLayer()
                .whereLayer("Protocol").mayOnlyBeAccessedByLayers("Server")
                .whereLayer("Fixtures").mayOnlyBeAccessedByLayers("Protocol", "Server")
                .whereLayer("Operations").mayOnlyBeAccessedByLayers("Protocol", "Fixtures", "Server")
                .whereLayer("Wire").mayOnlyBeAccessedByLayers("Operations", "Fixtures")
                .whereLayer("Validation").mayOnlyBeAccessedByLayers("Protocol", "Fixtures", "Server")
                .whereLayer("Tokens").mayOnlyBeAccessedByLayers("Operations", "Protocol", "Server")
                .whereLayer("State").mayOnlyBeAccessedByLayers("Operations", "Fixtures", "Protocol", "Server")
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.fakecognito.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
