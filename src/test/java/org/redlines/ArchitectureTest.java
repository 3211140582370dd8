package org.redlines;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The rules Spring Modulith does not know about (its own checks are in {@link ModulesTest}): views work with
 * records, never with entities or repositories, and the core and the dataset format stay free of Vaadin and of
 * words, also through the classes they use.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.redlines");

    @Test
    void views_never_reach_repositories_or_entities() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.redlines.positions.internal..")
                .check(CLASSES);
    }

    @Test
    void the_core_and_the_format_depend_on_no_vaadin_and_no_words_directly_or_through_what_they_use() {
        noClasses()
                .that()
                .resideInAnyPackage("org.redlines.positions..", "org.redlines.dataset..")
                .should()
                .transitivelyDependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.redlines.i18n..", "..ui..")
                .check(CLASSES);
    }
}
