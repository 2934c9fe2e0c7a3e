package org.breachresponse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Packages depend one way only: a bottom layer everything uses, the capabilities above it, and on top what
 * assembles them. Each package's {@code package-info.java} says which layer it is in.
 */
class PackageDependencyTest {

  /** Input reading and field errors, the process vocabulary, the audit trail, the clock, PDF writing. */
  static final String[] BOTTOM = {
      "org.breachresponse.input..", "org.breachresponse.process..", "org.breachresponse.audit..",
      "org.breachresponse.clock..", "org.breachresponse.pdf.."};

  /** What a breach response does; they may use each other, without cycles. */
  static final String[] CAPABILITIES = {
      "org.breachresponse.incident..", "org.breachresponse.assessment..", "org.breachresponse.containment..",
      "org.breachresponse.directory..", "org.breachresponse.notification..", "org.breachresponse.recovery..",
      "org.breachresponse.review..", "org.breachresponse.security..", "org.breachresponse.practice..",
      "org.breachresponse.alerting.."};

  /**
   * The engine's bootstrap, our JAX-RS application, the compliance read model, the provider overview, the health
   * checks and metrics.
   */
  static final String[] TOP = {
      "org.breachresponse.engine..", "org.breachresponse.api..", "org.breachresponse.compliance..",
      "org.breachresponse.provider..", "org.breachresponse.operations.."};

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.breachresponse");
  }

  @Test
  void noCycleBetweenPackages() {
    slices().matching("org.breachresponse.(**)").namingSlices("$1")
        .should().beFreeOfCycles()
        .check(production);
  }

  @Test
  void bottomDependsOnNoCapabilityAndNothingOnTop() {
    noClasses().that().resideInAnyPackage(BOTTOM)
        .should().dependOnClassesThat().resideInAnyPackage(concat(CAPABILITIES, TOP))
        .because("the bottom layer is what everything uses; it uses only libraries and itself")
        .check(production);
  }

  @Test
  void capabilitiesDependOnNothingOnTop() {
    noClasses().that().resideInAnyPackage(CAPABILITIES)
        .should().dependOnClassesThat().resideInAnyPackage(TOP)
        .because("the engine bootstrap, the REST application and the compliance read model assemble the"
            + " capabilities, not the other way round")
        .check(production);
  }

  @Test
  void everyPackageIsInALayer() {
    classes().should().resideInAnyPackage(concat(BOTTOM, CAPABILITIES, TOP))
        .because("a new package must take its place in the layering (and PackageDependencyTest)")
        .check(production);
  }

  private static String[] concat(String[]... groups) {
    return Arrays.stream(groups).flatMap(Stream::of).toArray(String[]::new);
  }
}
