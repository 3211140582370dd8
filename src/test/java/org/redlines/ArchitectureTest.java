package org.redlines;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md: views never touch repositories, and features depend on the core, not on each other. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.redlines");

    @Test
    void views_do_not_use_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..internal..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_by_their_own_feature() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.redlines.positions", "org.redlines.positions.internal")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.redlines.positions.internal")
                .check(CLASSES);
    }

    @Test
    void the_core_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("org.redlines.positions..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.redlines.matrix..",
                        "org.redlines.exchange..",
                        "org.redlines.point..",
                        "org.redlines.compare..",
                        "org.redlines.charts..",
                        "org.redlines.curation..",
                        "org.redlines.security..",
                        "org.redlines.changes..",
                        "org.redlines.ui..")
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_each_other() {
        slices().matching("org.redlines.(matrix|exchange|point|compare|changes|charts|curation|security)..")
                .should()
                .notDependOnEachOther()
                .check(CLASSES);
    }

    @Test
    void the_core_does_not_depend_on_vaadin() {
        noClasses()
                .that()
                .resideInAPackage("org.redlines.positions..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }
}
