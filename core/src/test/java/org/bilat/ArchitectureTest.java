package org.bilat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final String[] FACT_KINDS = {
        "org.bilat.extract.text..",
        "org.bilat.extract.time..",
        "org.bilat.extract.names..",
        "org.bilat.extract.events..",
        "org.bilat.extract.figures..",
        "org.bilat.extract.relations..",
        "org.bilat.extract.levels.."
    };
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bilat");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.bilat.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void factKindPackagesHaveNoCycles() {
        slices().matching("org.bilat.extract.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void factKindPackagesDoNotCallTheExtractionEntry() {
        noClasses()
                .that()
                .resideInAnyPackage(FACT_KINDS)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.bilat.extract")
                .check(classes);
    }

    @Test
    void onlyNlpTalksToCoreNlp() {
        onlyPackageUses("org.bilat.nlp..", "edu.stanford.nlp..");
    }

    @Test
    void onlyIngestReadsFileFormats() {
        onlyPackageUses(
                "org.bilat.ingest..", "org.apache.tika..", "org.jsoup..", "org.apache.pdfbox..", "org.apache.poi..");
    }

    @Test
    void onlyStoreTalksToTheDatabase() {
        onlyPackageUses("org.bilat.store..", "java.sql..", "org.flywaydb..", "org.sqlite..");
    }

    @Test
    void onlyCliUsesTheCommandLineLibraries() {
        onlyPackageUses("org.bilat.cli..", "picocli..", "me.tongfei..");
    }

    @Test
    void onlySearchTalksToLucene() {
        onlyPackageUses("org.bilat.search..", "org.apache.lucene..");
    }

    @Test
    void onlyWebServesHttp() {
        onlyPackageUses("org.bilat.web..", "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..");
    }

    @Test
    void onlyExportWritesExchangeFormats() {
        onlyPackageUses("org.bilat.export..", "tech.followthemoney..", "com.fasterxml.jackson.dataformat.csv..");
    }

    @Test
    void featurePackagesDoNotCallTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.bilat.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.bilat.cli..")
                .check(classes);
    }

    private static void onlyPackageUses(String home, String... libraries) {
        noClasses()
                .that()
                .resideOutsideOfPackage(home)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(libraries)
                .check(classes);
    }
}
