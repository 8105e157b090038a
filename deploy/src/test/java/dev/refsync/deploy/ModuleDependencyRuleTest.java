package dev.refsync.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.refsync.core.archfixture.CoreClassReachingIntoDeploy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module dependency rule of DESIGN 1, checked on the compiled classes of every module (deploy
 * has them all on its classpath). Maven already stops a module from importing what it does not
 * declare; this test stops anyone from declaring it.
 */
class ModuleDependencyRuleTest {

  private static final String[] VENDOR_SDKS = {
    "com.stripe..", "com.sforce..", "org.apache.camel.component.salesforce..", "okhttp3.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.refsync");
  }

  /** DESIGN 1: connector-core depends on no vendor SDK and no adapter. */
  private static final ArchRule CORE_RULE =
      noClasses()
          .that()
          .resideInAPackage("dev.refsync.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              concat(
                  VENDOR_SDKS,
                  "dev.refsync.mappings..",
                  "dev.refsync.salesforce..",
                  "dev.refsync.hubspot..",
                  "dev.refsync.stripe..",
                  "dev.refsync.sandbox..",
                  "dev.refsync.deploy.."));

  @Test
  void coreDependsOnNoVendorSdkAndNoOtherModule() {
    CORE_RULE.check(classes);
  }

  @Test
  void theCoreRuleCatchesAViolation() {
    JavaClasses fixture = new ClassFileImporter().importClasses(CoreClassReachingIntoDeploy.class);
    assertThatThrownBy(() -> CORE_RULE.check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CoreClassReachingIntoDeploy")
        .hasMessageContaining("RefsyncMain");
  }

  @Test
  void mappingsDependOnCoreOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.refsync.mappings..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            concat(
                VENDOR_SDKS,
                "dev.refsync.salesforce..",
                "dev.refsync.hubspot..",
                "dev.refsync.stripe..",
                "dev.refsync.sandbox..",
                "dev.refsync.deploy.."))
        .check(classes);
  }

  @Test
  void adaptersNeverDependOnEachOtherNorOnSandboxOrDeploy() {
    String[][] adapters = {
      {"dev.refsync.salesforce..", "dev.refsync.hubspot..", "dev.refsync.stripe.."},
      {"dev.refsync.hubspot..", "dev.refsync.salesforce..", "dev.refsync.stripe.."},
      {"dev.refsync.stripe..", "dev.refsync.salesforce..", "dev.refsync.hubspot.."}
    };
    for (String[] a : adapters) {
      noClasses()
          .that()
          .resideInAPackage(a[0])
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(a[1], a[2], "dev.refsync.sandbox..", "dev.refsync.deploy..")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void sandboxDependsOnNoProductionModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.refsync.sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.refsync.core..",
            "dev.refsync.mappings..",
            "dev.refsync.salesforce..",
            "dev.refsync.hubspot..",
            "dev.refsync.stripe..",
            "dev.refsync.deploy..")
        .allowEmptyShould(true)
        .check(classes);
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
