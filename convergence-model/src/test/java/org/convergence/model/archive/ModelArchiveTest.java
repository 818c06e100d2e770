package org.convergence.model.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelArchiveTest {
  @TempDir Path dir;

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void storesModelsAndMovesTheChampionPointer() throws IOException {
    ModelArchive a = new ModelArchive(dir.resolve("models"));
    assertThat(a.champion()).isEmpty();
    assertThat(a.modelIds()).isEmpty();

    a.store("lear-20261101t060000z", bytes("model one"), bytes("{\"window\":1}"));
    a.store("gbm-20261108t060000z", bytes("model two"), bytes("{\"window\":2}"));
    a.storeEvaluation("gbm-20261108t060000z", bytes("{\"promote\":false}"));
    a.promote(new ChampionRecord("lear-20261101t060000z", "lear", Instant.parse("2026-11-01T06:10:00Z"), "first"));

    assertThat(a.modelIds()).containsExactly("gbm-20261108t060000z", "lear-20261101t060000z");
    assertThat(a.champion()).get().extracting(ChampionRecord::modelId).isEqualTo("lear-20261101t060000z");
    assertThat(new String(a.modelFile("gbm-20261108t060000z"), StandardCharsets.UTF_8)).isEqualTo("model two");
    assertThat(a.evaluation("gbm-20261108t060000z")).isPresent();
    assertThat(a.evaluation("lear-20261101t060000z")).isEmpty();
    assertThat(Files.readString(dir.resolve("models/champion.json"))).contains("\"model_id\"")
        .contains("2026-11-01T06:10:00Z");
    try (var s = Files.list(dir.resolve("models/lear-20261101t060000z"))) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("model.bin", "provenance.json");
    }
  }

  @Test
  void refusesToOverwriteAModelOrPromoteAMissingOne() throws IOException {
    ModelArchive a = new ModelArchive(dir);
    a.store("m-1", bytes("x"), bytes("{}"));
    assertThatThrownBy(() -> a.store("m-1", bytes("y"), bytes("{}"))).hasMessageContaining("already stored");
    assertThatThrownBy(() -> a.promote(new ChampionRecord("m-2", "lear", Instant.EPOCH, "")))
        .hasMessageContaining("m-2");
    assertThatThrownBy(() -> a.store("../escape", bytes("y"), bytes("{}")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesACorruptChampionFile() throws IOException {
    Files.writeString(dir.resolve("champion.json"), "{not json");
    assertThatThrownBy(() -> new ModelArchive(dir).champion()).isInstanceOf(IOException.class)
        .hasMessageContaining("champion.json");
  }

  @Test
  void resolvesLocalLocations() {
    assertThat(ModelArchive.resolve("./data/models")).isEqualTo(Path.of("./data/models"));
    assertThatThrownBy(() -> ModelArchive.resolve(" ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> ModelArchive.resolve("s4://bucket/models")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s4://bucket/models");
  }
}
