package org.convergence.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Cloud Build commands of docs/deploy.md name what exists: every {@code --build-config} / {@code --config} a
 * file in cloudbuild/, every {@code --included-files} glob a module or file of the repository; and the two
 * triggers are there (the service on every push to main, the retrain job on changes to the model or retrain
 * modules).
 */
class DeployTriggersTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Pattern CONFIG = Pattern.compile("--(?:build-)?config[= ]([^\\s\\\\]+)");
  static final Pattern INCLUDED = Pattern.compile("--included-files=([^\\s\\\\]+)");

  static String deployDoc() throws IOException {
    return Files.readString(ROOT.resolve("docs").resolve("deploy.md"));
  }

  static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1).replace("'", "").replace("\"", ""));
    }
    return out;
  }

  @Test
  void everyBuildConfigNamedInTheDeployDocExistsInCloudbuild() throws IOException {
    List<String> configs = all(CONFIG, deployDoc());
    assertThat(configs).contains("cloudbuild/service.yaml", "cloudbuild/retrain.yaml");
    for (String c : configs) {
      assertThat(c).as("a build config outside cloudbuild/").startsWith("cloudbuild/");
      assertThat(ROOT.resolve(c)).as("build config %s", c).isRegularFile();
    }
  }

  @Test
  void everyIncludedFilesGlobStartsAtSomethingThatExists() throws IOException {
    List<String> globs = new ArrayList<>();
    all(INCLUDED, deployDoc()).forEach(list -> globs.addAll(List.of(list.split(","))));
    assertThat(globs).contains("convergence-model/**", "convergence-retrain/**");
    for (String g : globs) {
      String fixed = g.contains("*") ? g.substring(0, g.indexOf('*')) : g;
      assertThat(Files.exists(ROOT.resolve(fixed.isEmpty() ? "." : fixed))).as("glob %s", g).isTrue();
    }
  }

  @Test
  void theServiceTriggerFiresOnEveryPushToMainAndTheRetrainTriggerOnlyOnItsModules() throws IOException {
    String doc = deployDoc();
    List<String> triggers = new ArrayList<>();
    Matcher m = Pattern.compile("gcloud builds triggers create github(?:[^\\n]*\\\\\\n)*[^\\n]*").matcher(doc);
    while (m.find()) {
      triggers.add(m.group());
    }
    assertThat(triggers).hasSize(2);
    String service = triggers.stream().filter(t -> t.contains("--name=convergence-service")).findFirst().orElseThrow();
    String retrain = triggers.stream().filter(t -> t.contains("--name=convergence-retrain")).findFirst().orElseThrow();
    assertThat(service).contains("--branch-pattern='^main$'", "--build-config=cloudbuild/service.yaml")
        .doesNotContain("--included-files");
    assertThat(retrain).contains("--branch-pattern='^main$'", "--build-config=cloudbuild/retrain.yaml",
        "--included-files=");
  }
}
