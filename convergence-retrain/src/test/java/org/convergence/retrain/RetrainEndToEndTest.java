package org.convergence.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.convergence.model.archive.ModelArchive;
import org.convergence.model.file.ModelFiles;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job as deployed, on the shipped settings.yaml (bundled GB prices 2018-2022, the embedded database moved
 * to a temporary folder): the real naive models of convergence-model, trained, evaluated, archived and registered.
 */
class RetrainEndToEndTest {
  static final Clock MAY_DAY = Clock.fixed(Instant.parse("2022-05-01T05:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;

  Path settings(String model) throws IOException {
    String yaml = Files.readString(Path.of("..", "settings.yaml"))
        .replaceFirst("(?m)^(\\s*embedded_dir:)\\s*\\S+", "$1 " + dir.resolve("db"))
        .replaceFirst("(?m)^(\\s*model:)\\s*\\S+", "$1 " + model);
    return Files.writeString(dir.resolve("settings.yaml"), yaml);
  }

  int run(Path settings, Clock clock, ByteArrayOutputStream out) {
    Map<String, String> env = Map.of("CONVERGENCE_SETTINGS", settings.toString(),
        "CONVERGENCE_MODEL_LOCATION", dir.resolve("models").toString(), "CONVERGENCE_RETRAIN_EVAL_DAYS", "7");
    return RetrainMain.run(env, clock, new SettingsWiring(env, clock), new PrintStream(out, true,
        StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @Test
  void trainsEvaluatesArchivesAndRegistersRealModels() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(settings("naive-weekly"), MAY_DAY, out)).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("PROMOTED").contains("naive-weekly-20220501t050000z");

    ByteArrayOutputStream second = new ByteArrayOutputStream();
    Clock later = Clock.offset(MAY_DAY, java.time.Duration.ofHours(1));
    assertThat(run(settings("naive-standard"), later, second)).as(second.toString(StandardCharsets.UTF_8)).isZero();

    ModelArchive archive = new ModelArchive(dir.resolve("models"));
    assertThat(archive.modelIds()).containsExactly("naive-standard-20220501t060000z",
        "naive-weekly-20220501t050000z");
    String champion = archive.champion().orElseThrow().modelId();
    var file = ModelFiles.fromJson(new String(archive.modelFile(champion), StandardCharsets.UTF_8));
    assertThat(file.modelType()).isIn("naive-weekly", "naive-standard");
    assertThat(file.provenance().trainTo()).isEqualTo(java.time.LocalDate.of(2022, 4, 30));
    assertThat(new String(archive.evaluation("naive-standard-20220501t060000z").orElseThrow(),
        StandardCharsets.UTF_8)).contains("\"days\" : 7").contains("naive-weekly-20220501t050000z");

    try (JdbcStore store = Databases.open(DatabaseConfig.embedded(dir.resolve("db")))) {
      assertThat(store.models()).hasSize(2);
      assertThat(store.champion().orElseThrow().id()).isEqualTo(champion);
    }
  }
}
