package org.convergence.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import com.google.cloud.storage.contrib.nio.CloudStorageConfiguration;
import com.google.cloud.storage.contrib.nio.CloudStorageFileSystem;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.convergence.model.archive.ChampionRecord;
import org.convergence.model.archive.ModelArchive;
import org.junit.jupiter.api.Test;

/** The model archive on a Cloud Storage bucket (google-cloud-nio over LocalStorageHelper's in-memory Storage). */
class BucketModelArchiveTest {
  final StorageOptions options = LocalStorageHelper.getOptions();
  final Storage storage = options.getService();
  final Path models = CloudStorageFileSystem.forBucket("convergence-test", CloudStorageConfiguration.DEFAULT, options)
      .getPath("/models");

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheDocumentedObjectNames() throws IOException {
    ModelArchive archive = new ModelArchive(models);
    archive.store("lear-20261126t060000z", utf8("weights"), utf8("{\"model\":\"lear\"}"));
    archive.storeEvaluation("lear-20261126t060000z", utf8("{\"promote\":true}"));
    archive.promote(new ChampionRecord("lear-20261126t060000z", "lear", Instant.parse("2026-11-26T06:05:00Z"),
        "first model"));

    assertThat(storage.get(BlobId.of("convergence-test", "models/lear-20261126t060000z/model.bin"))).isNotNull();
    assertThat(storage.get(BlobId.of("convergence-test", "models/lear-20261126t060000z/provenance.json")))
        .isNotNull();
    assertThat(storage.get(BlobId.of("convergence-test", "models/lear-20261126t060000z/evaluation.json")))
        .isNotNull();
    String pointer = new String(storage.readAllBytes(BlobId.of("convergence-test", "models/champion.json")),
        StandardCharsets.UTF_8);
    assertThat(pointer).contains("\"model_id\" : \"lear-20261126t060000z\"");
    assertThat(archive.modelIds()).containsExactly("lear-20261126t060000z");
  }

  @Test
  void cachesTheChampionUntilAnotherIsPromoted() throws IOException {
    ModelArchive archive = new ModelArchive(models);
    ChampionCache<String> cache = new ChampionCache<>(archive,
        (id, bytes) -> id + ":" + new String(bytes, StandardCharsets.UTF_8));
    assertThat(cache.current()).isEmpty();

    archive.store("naive-weekly-1", utf8("one"), utf8("{}"));
    archive.promote(new ChampionRecord("naive-weekly-1", "naive-weekly", Instant.EPOCH, ""));
    assertThat(cache.current()).get().extracting(ChampionCache.Loaded::model).isEqualTo("naive-weekly-1:one");
    assertThat(cache.current()).get().extracting(ChampionCache.Loaded::model).isEqualTo("naive-weekly-1:one");
    assertThat(cache.loads()).isEqualTo(1);

    archive.store("lear-2", utf8("two"), utf8("{}"));
    assertThat(cache.current()).get().extracting(ChampionCache.Loaded::model).isEqualTo("naive-weekly-1:one");
    archive.promote(new ChampionRecord("lear-2", "lear", Instant.EPOCH.plusSeconds(86400), "better"));
    assertThat(cache.current()).get().extracting(ChampionCache.Loaded::model).isEqualTo("lear-2:two");
    assertThat(cache.loads()).isEqualTo(2);
  }

  @Test
  void gsLocationsResolveThroughTheInstalledProvider() {
    Path p = ModelArchive.resolve("gs://convergence-prod/models");
    assertThat(p).isInstanceOf(com.google.cloud.storage.contrib.nio.CloudStoragePath.class);
    assertThat(((com.google.cloud.storage.contrib.nio.CloudStoragePath) p).bucket()).isEqualTo("convergence-prod");
    assertThat(p.resolve("champion.json").toUri().toString()).isEqualTo("gs://convergence-prod/models/champion.json");
  }
}
