package org.convergence.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.convergence.model.DayForecast;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModel;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.PriceModels;
import org.convergence.model.data.DailySeries;
import org.convergence.model.data.PriceDataReader;
import org.convergence.model.eval.RollingEvaluation;
import org.convergence.model.gbm.QuantileBoostTrainer;
import org.convergence.model.lear.LearFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {
  @TempDir Path dir;

  static DailySeries gb() throws IOException {
    return PriceDataReader.readGb("GB", new InputStreamReader(
        ModelFilesTest.class.getResourceAsStream("/gb/gb_apxmidp_2022_jan_apr.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void aLearModelFileReproducesItsForecastsAndCarriesProvenance() throws IOException {
    DailySeries s = gb();
    ForkJoinPool pool = new ForkJoinPool(2);
    MarketProfile market = MarketProfile.gb().withLearWindows(List.of(56));
    PriceModelTrainer trainer = PriceModels.trainer("lear", market, pool);
    LocalDate from = LocalDate.of(2022, 4, 10);
    RollingEvaluation.Result eval = PriceModels.evaluate(s, trainer, from, LocalDate.of(2022, 4, 20),
        RollingEvaluation.Options.daily().withWarmUp(7), p -> { });
    LocalDate next = LocalDate.of(2022, 4, 22);
    ModelFile file = PriceModels.train(s, "abc", trainer, next, eval, Map.of("windows", List.of(56)),
        LearFeatures.gateShifted().names(List.of()));
    Path path = dir.resolve("lear.json");
    ModelFiles.save(file, path);
    ModelFile back = ModelFiles.load(path);

    assertThat(back.modelType()).isEqualTo("lear");
    assertThat(back.provenance().trainTo()).isEqualTo(LocalDate.of(2022, 4, 20)); // D-2: the gate rule
    assertThat(back.provenance().metrics()).containsKeys("mae", "rmae", "smape", "rmse", "coverage_10_90");
    assertThat(back.provenance().libraryVersions()).containsKeys("smile-core", "java");
    assertThat(back.provenance().features()).hasSize(24 * 4 + 7);
    assertThat(Files.readString(path)).contains("\"forecastFrom\" : \"2022-04-22\"");

    PriceModel original = ModelFiles.toModel(file);
    PriceModel loaded = ModelFiles.toModel(back);
    DailySeries known = s.withGapsInterpolated().knownUpTo(next.minusDays(2), next);
    DayForecast a = original.forecast(known, next);
    DayForecast b = loaded.forecast(known, next);
    assertThat(b.pointByHour()).containsExactly(a.pointByHour(), within(1e-9));
    assertThat(b.levels()).containsExactly(0.1, 0.5, 0.9);
    for (int h = 0; h < 24; h++) {
      assertThat(b.quantile(0.1, h)).isLessThanOrEqualTo(b.quantile(0.9, h));
    }
    pool.shutdown();
  }

  @Test
  void aGbmModelFileRoundTrips() throws IOException {
    DailySeries s = gb();
    QuantileBoostTrainer trainer = new QuantileBoostTrainer(60, 2, new double[] {0.1, 0.5, 0.9},
        new QuantileBoostTrainer.Hyper(20, 3, 8, 10, 0.1, 0.8));
    LocalDate day = LocalDate.of(2022, 4, 1);
    ModelFile f = PriceModels.train(s, null, trainer, day, null, Map.of(), QuantileBoostTrainer.FEATURES);
    ModelFile back = ModelFiles.fromJson(ModelFiles.toJson(f));
    DailySeries known = s.knownUpTo(day.minusDays(2), day);
    DayForecast a = ModelFiles.toModel(f).forecast(known, day);
    DayForecast b = ModelFiles.toModel(back).forecast(known, day);
    assertThat(b.pointByHour()).containsExactly(a.pointByHour(), within(1e-12));
    for (int h = 0; h < 24; h++) {
      assertThat(b.quantile(0.1, h)).isLessThanOrEqualTo(b.quantile(0.5, h));
      assertThat(b.quantile(0.5, h)).isLessThanOrEqualTo(b.quantile(0.9, h));
    }
  }

  @Test
  void anUnknownFormatIsRefusedWithTheFileName() throws IOException {
    Path p = dir.resolve("m.json");
    Files.writeString(p, "{\"formatVersion\": 99, \"modelType\": \"lear\"}");
    assertThatThrownBy(() -> ModelFiles.load(p)).hasMessageContaining("m.json").hasMessageContaining("99");
  }
}
