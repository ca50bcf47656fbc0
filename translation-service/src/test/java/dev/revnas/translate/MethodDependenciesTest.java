package dev.revnas.translate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The service serves trained models: it uses the method's decoding and the shared formats, never search or training. */
class MethodDependenciesTest {
    @Test
    void theServiceReachesNeitherSearchNorTraining() {
        JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.revnas.translate");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.revnas.search..", "dev.revnas.train..",
                "dev.revnas.experiment..").check(service);
    }

    /** One Jackson major version: Spring Boot 4's (3, tools.jackson); only the annotations keep Jackson 2's package. */
    @Test
    void jsonGoesThroughJackson3Only() {
        JavaClasses service = new ClassFileImporter().importPackages("dev.revnas.translate");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..")
                .check(service);
    }
}
