package org.convergence.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import com.google.cloud.storage.contrib.nio.CloudStorageConfiguration;
import com.google.cloud.storage.contrib.nio.CloudStorageFileSystem;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.convergence.core.store.InMemoryStore;
import org.convergence.core.store.ModelRecord;
import org.convergence.core.time.MarketDay;
import org.convergence.model.archive.ChampionRecord;
import org.convergence.model.archive.ModelArchive;
import org.convergence.model.selection.ChampionChallenger;
import org.junit.jupiter.api.Test;

/** Champion/challenger on a bucket (google-cloud-nio over LocalStorageHelper). */
class RetrainJobTest {
  static final Instant NOW = Instant.parse("2022-04-30T05:00:00Z");
  final StorageOptions options = LocalStorageHelper.getOptions();
  final Storage storage = options.getService();
  final ModelArchive archive = new ModelArchive(CloudStorageFileSystem.forBucket("convergence-models",
      CloudStorageConfiguration.DEFAULT, options).getPath("/models"));
  final SyntheticPrices prices = new SyntheticPrices(MarketDay.of(2022, 1, 1), MarketDay.of(2022, 4, 29));
  final SyntheticPrices.Models models = new SyntheticPrices.Models();

  RetrainJob job(Instant now) {
    return new RetrainJob(prices, models, archive, new ChampionChallenger(7, 0.0), 14,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  String object(String name) {
    byte[] b = storage.readAllBytes(BlobId.of("convergence-models", name));
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void theFirstModelBecomesChampion() throws IOException {
    RetrainResult r = job(NOW).run("flat");
    assertThat(r.promoted()).isTrue();
    assertThat(r.modelId()).isEqualTo("flat-20220430t050000z");
    assertThat(archive.champion()).get().extracting(ChampionRecord::modelId).isEqualTo(r.modelId());
    assertThat(object("models/flat-20220430t050000z/model.bin")).isEqualTo("flat");
    assertThat(object("models/flat-20220430t050000z/provenance.json")).contains("\"rows\":672");
    assertThat(object("models/flat-20220430t050000z/evaluation.json"))
        .contains("\"test_from\" : \"2022-04-16\"").contains("\"test_to\" : \"2022-04-29\"")
        .contains("\"champion\" : null").contains("\"promote\" : true");
  }

  @Test
  void theEvaluationForecastsAtTheModelsPlanningTime() throws IOException {
    models.planning = new org.convergence.core.time.PlanningTime(java.time.LocalTime.of(7, 30));
    job(NOW).run("flat");
    assertThat(object("models/flat-20220430t050000z/evaluation.json"))
        .contains("rolling daily recalibration, each day forecast at 07:30Z on D-1 on the history known then");
  }

  @Test
  void aBetterChallengerIsPromoted() throws IOException {
    job(NOW).run("flat");
    RetrainResult r = job(NOW.plusSeconds(3600)).run("weekly");
    assertThat(r.promoted()).isTrue();
    assertThat(r.decision().challengerMae()).isZero();
    assertThat(r.decision().championMae()).hasValueSatisfying(m -> assertThat(m).isGreaterThan(10));
    assertThat(r.decision().days()).hasSize(14);
    assertThat(archive.champion()).get().extracting(ChampionRecord::modelId)
        .isEqualTo("weekly-20220430t060000z");
  }

  @Test
  void aWorseChallengerIsStoredButTheChampionIsKept() throws IOException {
    job(NOW).run("weekly");
    RetrainResult r = job(NOW.plusSeconds(3600)).run("flat");
    assertThat(r.promoted()).isFalse();
    assertThat(r.decision().reason()).contains("keep the champion");
    assertThat(archive.champion()).get().extracting(ChampionRecord::modelId)
        .isEqualTo("weekly-20220430t050000z");
    assertThat(archive.modelIds()).containsExactly("flat-20220430t060000z", "weekly-20220430t050000z");
    assertThat(object("models/flat-20220430t060000z/evaluation.json")).contains("\"promote\" : false")
        .contains("weekly-20220430t050000z");
  }

  @Test
  void recordsEveryModelInTheRegistryAndMovesItsChampionWithTheArchive() throws IOException {
    InMemoryStore registry = new InMemoryStore();
    new RetrainJob(prices, models, archive, new ChampionChallenger(7, 0.0), 14, Clock.fixed(NOW, ZoneOffset.UTC),
        Optional.of(registry)).run("flat");
    new RetrainJob(prices, models, archive, new ChampionChallenger(7, 0.0), 14,
        Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC), Optional.of(registry)).run("weekly");
    new RetrainJob(prices, models, archive, new ChampionChallenger(7, 0.0), 14,
        Clock.fixed(NOW.plusSeconds(7200), ZoneOffset.UTC), Optional.of(registry)).run("flat");

    assertThat(registry.models()).extracting(ModelRecord::id).containsExactly("flat-20220430t050000z",
        "weekly-20220430t060000z", "flat-20220430t070000z");
    assertThat(registry.champion()).get().extracting(ModelRecord::id).isEqualTo("weekly-20220430t060000z");
    ModelRecord weekly = registry.model("weekly-20220430t060000z").orElseThrow();
    assertThat(weekly.location()).isEqualTo("gs://convergence-models/models/weekly-20220430t060000z/model.bin");
    assertThat(weekly.metrics()).containsEntry("mae_gbp_per_mwh", 0.0).containsEntry("eval_days", 14.0)
        .containsKey("champion_mae_gbp_per_mwh");
    assertThat(weekly.trainedTo()).isEqualTo(MarketDay.of(2022, 4, 29));
    assertThat(registry.model("flat-20220430t070000z").orElseThrow().metrics()).containsEntry("promoted", 0.0);
  }

  @Test
  void anEqualChallengerDoesNotReplaceTheChampion() throws IOException {
    job(NOW).run("weekly");
    assertThat(job(NOW.plusSeconds(86400)).run("weekly").promoted()).isFalse();
  }
}
