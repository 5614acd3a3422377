package erp.onlinesync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers' arrows point inwards only: the domain knows no other layer, {@code application/}
 * orchestrates through the domain's ports and knows nothing of {@code infrastructure/} (JPA, JDBC,
 * the proxy's wire) or of the screens and the API.
 */
class LayersTest {

    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("erp.onlinesync");

    @Test
    void applicationUsesNothingOfInfrastructureNorInterfaces() {
        noClasses().that().resideInAPackage("erp.onlinesync.application..")
                .should().dependOnClassesThat().resideInAnyPackage("erp.onlinesync.infrastructure..",
                        "erp.onlinesync.interfaces..", "erp.onlinesync.sandbox..")
                .check(MODULE);
    }

    @Test
    void theDomainUsesNoOtherLayer() {
        noClasses().that().resideInAPackage("erp.onlinesync.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("erp.onlinesync.application..",
                        "erp.onlinesync.infrastructure..", "erp.onlinesync.interfaces..", "erp.onlinesync.sandbox..")
                .check(MODULE);
    }
}
