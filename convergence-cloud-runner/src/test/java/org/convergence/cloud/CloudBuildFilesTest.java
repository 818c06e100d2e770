package org.convergence.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Loads each Cloud Build file and checks that it refers only to what exists: modules of the reactor, files of the
 * repository, main classes, the Jib configuration, substitutions it defines, and environment variables the code
 * reads. Cloud Build itself cannot run here; this catches the mistakes that would only show there.
 */
class CloudBuildFilesTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{(_[A-Z0-9_]+)}");
  static final Set<String> BUILT_IN = Set.of("PROJECT_ID", "PROJECT_NUMBER", "BUILD_ID", "LOCATION");
  static final Pattern BUILT_IN_USE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

  static JsonNode load(String file) throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("cloudbuild").resolve(file).toFile());
  }

  /** A step's arguments as words: a {@code bash -c} script is split on white space. */
  static List<String> words(JsonNode step) {
    List<String> out = new ArrayList<>();
    if (step.has("entrypoint")) {
      out.add(step.get("entrypoint").asText());
    }
    step.path("args").forEach(a -> out.addAll(List.of(a.asText().trim().split("\\s+"))));
    return out;
  }

  static List<String> reactorModules() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
    NodeList modules = pom.getElementsByTagName("module");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < modules.getLength(); i++) {
      out.add(modules.item(i).getTextContent().trim());
    }
    return out;
  }

  static Element jibPlugin(Document pom) {
    NodeList plugins = pom.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element p = (Element) plugins.item(i);
      if (p.getElementsByTagName("artifactId").item(0).getTextContent().equals("jib-maven-plugin")) {
        return p;
      }
    }
    return null;
  }

  static String text(Element e, String tag) {
    NodeList l = e.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : l.item(0).getTextContent().trim();
  }

  @ParameterizedTest
  @ValueSource(strings = {"service.yaml", "retrain.yaml"})
  void everyStepRefersToModulesAndFilesThatExist(String file) throws Exception {
    JsonNode build = load(file);
    JsonNode steps = build.get("steps");
    assertThat(steps).as(file + " steps").isNotNull();
    assertThat(steps.size()).isGreaterThanOrEqualTo(3);
    List<String> modules = reactorModules();
    Set<String> ids = new LinkedHashSet<>();
    String builtImage = null;
    String deployedImage = null;
    boolean tested = false;

    for (JsonNode step : steps) {
      String id = step.path("id").asText();
      assertThat(ids.add(id)).as(file + ": step id '" + id + "' is unique").isTrue();
      assertThat(step.path("name").asText()).as(file + " " + id + ": builder image").isNotBlank();
      List<String> w = words(step);
      if (w.contains("./mvnw") || w.stream().anyMatch(x -> x.equals("./mvnw"))) {
        assertThat(ROOT.resolve("mvnw")).as("mvnw").isExecutable();
      }
      for (int i = 0; i < w.size(); i++) {
        if (w.get(i).equals("-pl") || w.get(i).equals("--projects")) {
          for (String m : w.get(i + 1).split(",")) {
            assertThat(modules).as(file + " " + id + ": -pl " + m + " is a reactor module").contains(m);
            assertThat(ROOT.resolve(m).resolve("pom.xml")).as(file + " " + id + ": " + m + "/pom.xml").exists();
          }
        }
        if (w.get(i).equals("verify")) {
          tested = true;
        }
        if (w.get(i).startsWith("-Djib.to.image=")) {
          builtImage = w.get(i).substring("-Djib.to.image=".length());
        }
        if (w.get(i).startsWith("--image=")) {
          deployedImage = w.get(i).substring("--image=".length());
        }
      }
      if (w.stream().anyMatch(x -> x.endsWith("jib-maven-plugin:build"))) {
        String module = w.get(w.indexOf("-pl") + 1);
        checkJib(file, module);
        assertThat(builtImage).as(file + ": image name ends with the module").endsWith("/" + module + ":${BUILD_ID}");
      }
    }
    assertThat(tested).as(file + ": a step runs the tests (verify)").isTrue();
    assertThat(builtImage).as(file + ": an image is built with Jib").isNotNull();
    assertThat(deployedImage).as(file + ": the image deployed is the one built").isEqualTo(builtImage);
  }

  static void checkJib(String file, String module) throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(ROOT.resolve(module).resolve("pom.xml").toFile());
    Element jib = jibPlugin(pom);
    assertThat(jib).as(file + ": " + module + " configures jib-maven-plugin").isNotNull();
    assertThat(text(pom.getDocumentElement(), "jib.skip")).as(module + " builds an image").isEqualTo("false");
    String main = text(jib, "mainClass");
    Path source = ROOT.resolve(module).resolve("src/main/java").resolve(main.replace('.', '/') + ".java");
    assertThat(source).as(file + ": main class " + main).exists();
    assertThat(Files.readString(source)).contains("public static void main(String[] args)");
    for (String include : List.of(text(jib, "includes"))) {
      assertThat(ROOT.resolve(include)).as(module + ": extra file " + include).exists();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"service.yaml", "retrain.yaml"})
  void substitutionsAreDefinedAndUsed(String file) throws IOException {
    JsonNode build = load(file);
    String steps = build.get("steps").toString();
    Set<String> defined = new TreeSet<>();
    build.path("substitutions").fieldNames().forEachRemaining(defined::add);
    Set<String> used = new TreeSet<>();
    Matcher m = SUBSTITUTION.matcher(steps);
    while (m.find()) {
      used.add(m.group(1));
    }
    String defaults = build.path("substitutions").toString();
    Matcher d = SUBSTITUTION.matcher(defaults);
    while (d.find()) {
      used.add(d.group(1));
    }
    assertThat(defined).as(file + ": substitutions defined").containsAll(used);
    assertThat(used).as(file + ": substitutions used").containsAll(defined);
    Matcher b = BUILT_IN_USE.matcher(steps + defaults);
    while (b.find()) {
      assertThat(BUILT_IN).as(file + ": built-in substitution " + b.group(1)).contains(b.group(1));
    }
    if (!defaults.contains("${PROJECT_ID}") && !defaults.contains("${PROJECT_NUMBER}")) {
      return;
    }
    assertThat(build.path("options").path("dynamicSubstitutions").asBoolean())
        .as(file + ": defaults that use ${PROJECT_ID} need dynamicSubstitutions").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"service.yaml", "retrain.yaml"})
  void environmentVariablesAreOnesTheCodeReads(String file) throws IOException {
    String steps = load(file).get("steps").toString();
    Matcher m = Pattern.compile("(CONVERGENCE_[A-Z_]+)=").matcher(steps);
    String code;
    try (Stream<Path> s = Stream.of(
        ROOT.resolve("convergence-cloud-runner/src/main/java/org/convergence/cloud/CloudConfig.java"),
        ROOT.resolve("convergence-retrain/src/main/java/org/convergence/retrain/RetrainConfig.java"),
        ROOT.resolve("settings.yaml"))) {
      code = String.join("\n", s.map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).toList());
    }
    int n = 0;
    while (m.find()) {
      n++;
      assertThat(code).as(file + ": " + m.group(1) + " is read by the code or settings.yaml").contains(m.group(1));
    }
    assertThat(n).isGreaterThan(3);
    // the settings file is mounted where CONVERGENCE_SETTINGS points
    Matcher settings = Pattern.compile("CONVERGENCE_SETTINGS=([^,\"]+)").matcher(steps);
    assertThat(settings.find()).isTrue();
    assertThat(steps).contains(settings.group(1) + "=convergence-settings:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"service.yaml", "retrain.yaml"})
  void theUsageCommentNamesFilesThatExist(String file) throws IOException {
    String text = Files.readString(ROOT.resolve("cloudbuild").resolve(file));
    assertThat(text).contains("--config cloudbuild/" + file);
    Matcher docs = Pattern.compile("(docs/[a-z-]+\\.md)").matcher(text);
    while (docs.find()) {
      assertThat(ROOT.resolve(docs.group(1))).as(file + " mentions " + docs.group(1)).exists();
    }
  }
}
