package org.emend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.emend.web.ProblemException;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules the code keeps, checked on the compiled classes (ArchUnit): a class that breaks one
 * fails the build, not a review.
 */
class ArchitectureTest {

    private static final JavaClasses EMEND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.emend");

    /**
     * Structure recovery is plain Java, text in and records out: no HTTP, database or container, so that it
     * is tested in milliseconds and a rule for the next kind of document touches nothing else. Only
     * {@code ocr.engine}, which runs Tesseract as background jobs, belongs to the application.
     */
    @Test
    void shouldKeepTheOcrPipelinePlainJava() {
        classes().that().resideInAPackage("org.emend.ocr..").and().resideOutsideOfPackage("org.emend.ocr.engine..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..", "org.emend.ocr..",
                        // the word list, pinyin, charset detection and diffs it reads with
                        "morfologik..", "net.sourceforge.pinyin4j..", "org.mozilla.universalchardet..", "com.github.difflib..")
                .andShould().onlyDependOnClassesThat().resideOutsideOfPackage("org.emend.ocr.engine..").check(EMEND);
    }

    /**
     * The domain refuses in its own words ({@code Failure}, with a kind and the fields at fault); the web
     * chooses the status and writes the problem document. So services, persistence and the failures
     * themselves know nothing of HTTP, and only the web's own filters and mappers build problems.
     */
    @Test
    void shouldKeepTheDomainsRefusalsFreeOfHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().resideInAnyPackage("org.emend.persistence..",
                "org.emend.failure..", "org.emend.history..")
                .and().haveSimpleNameNotEndingWith("Mapper")
                .should().dependOnClassesThat().resideInAPackage("org.emend.web..")
                .check(EMEND);
        noClasses().that().resideOutsideOfPackages("org.emend.web..", "org.emend.crud..")
                .should().dependOnClassesThat().areAssignableTo(ProblemException.class)
                .check(EMEND);
    }

    /**
     * A text block is one concept: {@code block} holds what every kind shares (the entity's base, the one
     * write path with its workflow, limits, revisions and rescoring, the API's service) and names no kind,
     * so that a new kind is a package depending on it and nothing in {@code block} changes. The history's
     * pages and reverts reach blocks through it too.
     */
    @Test
    void shouldKeepTheBlockConceptFreeOfItsKinds() {
        noClasses().that().resideInAnyPackage("org.emend.block..", "org.emend.history..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.emend.section..", "org.emend.footnote..", "org.emend.abstracts..")
                .check(EMEND);
    }

    /**
     * Packages depend on one another one way, so that each can be read, tested and changed from what it
     * builds on. In the journal's tree of records an entity names its parent and never its children: a
     * parent's deletion is an event its children answer ({@code JournalDeletion}, {@code IssueDeletion}),
     * and an article with its parts is read by {@code article.contents}, above them all.
     */
    @Test
    void shouldKeepPackagesFreeOfCycles() {
        slices().matching("org.emend.(**)").should().beFreeOfCycles().check(EMEND);
    }

    /**
     * The command line's side of the API runs in a plain JVM, before anything of Emend starts: it may use
     * picocli, Jackson and its progress bars, never the application's beans, entities or database.
     */
    @Test
    void shouldKeepTheClientFreeOfTheApplication() {
        classes().that().resideInAPackage("org.emend.client..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.emend.client..", "picocli..", "com.fasterxml.jackson..",
                        "me.tongfei.progressbar..")
                .check(EMEND);
    }
}
