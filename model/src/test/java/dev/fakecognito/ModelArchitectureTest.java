package dev.fakecognito;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The model artifact's shape: its API packages (model, fixtures, admin, tokens) show users only JDK
 * types and their own, never an internal helper or a (relocated) library type, and have no cycles.
 */
class ModelArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fakecognito");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.fakecognito.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void publicSignaturesShowOnlyTheJdkAndTheModel() {
        assertThat(PublicSignatures.leaks(CLASSES, name -> !name.contains(".internal"), PublicSignatures::jdkOrPublic))
                .isEmpty();
    }
}
