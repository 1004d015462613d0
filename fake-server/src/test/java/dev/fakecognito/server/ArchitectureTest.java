package dev.fakecognito.server;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.fakecognito.PublicSignatures;
import org.junit.jupiter.api.Test;

/**
 * The server's shape: its public API ({@code dev.fakecognito.server}) over internal layers that depend
 * one way (http → seeding/journal/signing/faults → operations → state, tokens, validation, wire → errors), and no
 * public signature of the API mentioning an internal type.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fakecognito.server");

    @Test
    void layersDependOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Api")
                .definedBy("dev.fakecognito.server")
                .layer("Http")
                .definedBy("dev.fakecognito.server.internal.http..")
                .layer("Seeding")
                .definedBy("dev.fakecognito.server.internal.seeding..")
                .layer("Persistence")
                .definedBy("dev.fakecognito.server.internal.persistence..")
                .layer("Signing")
                .definedBy("dev.fakecognito.server.internal.signing..")
                .layer("Journal")
                .definedBy("dev.fakecognito.server.internal.journal..")
                .layer("Faults")
                .definedBy("dev.fakecognito.server.internal.faults..")
                .layer("Operations")
                .definedBy("dev.fakecognito.server.internal.operations..")
                .layer("Wire")
                .definedBy("dev.fakecognito.server.internal.wire..")
                .layer("Validation")
                .definedBy("dev.fakecognito.server.internal.validation..")
                .layer("Tokens")
                .definedBy("dev.fakecognito.server.internal.tokens..")
                .layer("State")
                .definedBy("dev.fakecognito.server.internal.state..")
                .layer("Errors")
                .definedBy("dev.fakecognito.server.internal.errors..")
                .whereLayer("Api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Http")
                .mayOnlyBeAccessedByLayers("Api")
                .whereLayer("Seeding")
                .mayOnlyBeAccessedByLayers("Persistence", "Api")
                .whereLayer("Persistence")
                .mayOnlyBeAccessedByLayers("Api")
                .whereLayer("Signing")
                .mayOnlyBeAccessedByLayers("Http", "Api")
                .whereLayer("Journal")
                .mayOnlyBeAccessedByLayers("Http", "Api")
                .whereLayer("Faults")
                .mayOnlyBeAccessedByLayers("Http", "Api")
                .whereLayer("Operations")
                .mayOnlyBeAccessedByLayers("Http", "Seeding", "Api")
                .whereLayer("Wire")
                .mayOnlyBeAccessedByLayers("Operations", "Seeding")
                .whereLayer("Validation")
                .mayOnlyBeAccessedByLayers("Http", "Seeding", "Faults", "Api")
                .whereLayer("Tokens")
                .mayOnlyBeAccessedByLayers("Operations", "Http", "Api")
                .whereLayer("State")
                .mayOnlyBeAccessedByLayers("Operations", "Seeding", "Persistence", "Http", "Api")
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.fakecognito.server.(**)")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void everyServerPackageButTheApiIsInternal() {
        assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct())
                .allMatch(name ->
                        name.equals("dev.fakecognito.server") || name.startsWith("dev.fakecognito.server.internal."));
    }

    @Test
    void publicSignaturesOfTheApiNameNoInternalType() {
        assertThat(PublicSignatures.leaks(
                        CLASSES,
                        name -> name.equals("dev.fakecognito.server"),
                        type -> PublicSignatures.jdkOrPublic(type)
                                || type.getPackageName().equals("org.slf4j")))
                .isEmpty();
    }

    @Test
    void theApiHoldsOnlyTheFakeAndTheStandaloneServer() {
        assertThat(CLASSES.stream()
                        .filter(type -> type.getPackageName().equals("dev.fakecognito.server"))
                        .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                        .map(JavaClass::getName))
                .containsExactlyInAnyOrder(
                        "dev.fakecognito.server.FakeCognitoIdentity",
                        "dev.fakecognito.server.FakeCognitoIdentity$Builder",
                        "dev.fakecognito.server.Main");
    }
}
