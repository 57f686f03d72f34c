package dev.verdict;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.verdict");

    @Test
    void only_the_publishing_git_adapter_imports_jgit() {
        noClasses().that().resideOutsideOfPackage("dev.verdict.publishing.git..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
                .check(MAIN);
    }

    @Test
    void views_never_reach_repositories_the_entity_manager_or_transactions() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.data..", "jakarta.persistence..", "org.springframework.transaction..",
                        "org.eclipse.jgit..")
                .check(MAIN);
    }

    @Test
    void user_text_is_never_set_as_markup_except_through_safe_markdown() {
        noClasses().that().resideInAPackage("..ui..")
                .and().doNotHaveSimpleName("RenderedMarkdown")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .check(MAIN);
    }

    @Test
    void nothing_reads_the_system_clock_directly() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .check(MAIN);
    }
}
