package org.convergence.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward: runners -> model/persistence/connectors -> core. Checked on the compiled classes (every
 * library module is on this module's classpath) and on the POMs (which also covers the cloud runners).
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.convergence");
  }

  @Test
  void coreIsPureDomain() {
    assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("org.convergence.core"))).isNotEmpty();
    noClasses().that().resideInAPackage("org.convergence.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.convergence.model..", "org.convergence.persistence..", "org.convergence.connectors..",
            "org.convergence.local..", "org.convergence.cloud..", "org.convergence.retrain..",
            "java.sql..", "javax.sql..", "java.net.http..", "com.fasterxml.jackson..", "smile..",
            "com.google.cloud..", "io.javalin..", "org.flywaydb..", "com.zaxxer..")
        .because("convergence-core is the pure domain: no I/O frameworks, no SQL, no HTTP")
        .check(classes);
  }

  @Test
  void libraryModulesDependOnlyOnCore() {
    noClasses().that().resideInAnyPackage(
            "org.convergence.model..", "org.convergence.persistence..", "org.convergence.connectors..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.convergence.local..", "org.convergence.cloud..", "org.convergence.retrain..")
        .because("nothing depends on a runner")
        .check(classes);
    noClasses().that().resideInAPackage("org.convergence.connectors..")
        .should().dependOnClassesThat().resideInAnyPackage("org.convergence.model..", "org.convergence.persistence..")
        .because("convergence-connectors depends on core only")
        .check(classes);
  }

  private static final Set<String> RUNNERS =
      Set.of("convergence-local-runner", "convergence-cloud-runner", "convergence-retrain", "convergence-beam");
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "convergence-core", Set.of(),
      "convergence-model", Set.of("convergence-core"),
      "convergence-persistence", Set.of("convergence-core"),
      "convergence-connectors", Set.of("convergence-core"));

  @Test
  void pomsPointInward() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> problems = new ArrayList<>();
    List<Path> modules;
    try (Stream<Path> s = Files.list(root)) {
      modules = s.filter(p -> Files.isRegularFile(p.resolve("pom.xml")) && p.getFileName().toString().startsWith("convergence-")).toList();
    }
    assertThat(modules).hasSizeGreaterThanOrEqualTo(7);
    Pattern dep = Pattern.compile("<artifactId>(convergence-[a-z-]+)</artifactId>");
    for (Path module : modules) {
      String name = module.getFileName().toString();
      String pom = Files.readString(module.resolve("pom.xml"));
      String deps = pom.contains("<dependencies>") ? pom.substring(pom.indexOf("<dependencies>")) : "";
      Matcher m = dep.matcher(deps);
      while (m.find()) {
        String target = m.group(1);
        if (RUNNERS.contains(target)) {
          problems.add(name + " depends on the runner " + target);
        }
        if (ALLOWED.containsKey(name) && !ALLOWED.get(name).contains(target)) {
          problems.add(name + " may not depend on " + target);
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
