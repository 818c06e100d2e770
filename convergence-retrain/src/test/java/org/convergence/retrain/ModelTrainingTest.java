package org.convergence.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.model.file.ModelFile;
import org.convergence.model.file.ModelFiles;
import org.junit.jupiter.api.Test;

class ModelTrainingTest {
  private static final MarketDay FIRST = MarketDay.of(2021, 6, 1);
  private static final MarketDay LAST = MarketDay.of(2021, 12, 31);
  private static final Instant AS_OF = MarketDay.of(2021, 12, 1).gateClosure().minusSeconds(1800);

  /** A weekly and daily shape with seeded noise, so the LASSO has something to fit. */
  private static final PriceHistory NOISY = new PriceHistory() {
    @Override
    public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
      List<HourPrice> out = new ArrayList<>();
      for (MarketDay d = from.compareTo(FIRST) < 0 ? FIRST : from; d.compareTo(to) <= 0 && d.compareTo(LAST) <= 0;
          d = d.next()) {
        SplittableRandom r = new SplittableRandom(d.date().toEpochDay());
        for (HourId h : HourId.all()) {
          out.add(new HourPrice(d, h, SyntheticPrices.price(d, h) + 10 * r.nextGaussian()));
        }
      }
      return out;
    }

    @Override
    public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
      return List.of();
    }
  };

  @Test
  void aRecipeReadsItsLongestWindowItsLagsAndAMonthOfErrors() {
    ModelTraining gb = ModelTraining.gb();
    assertThat(gb.historyDays("lear")).isEqualTo(728 + 7 + 2 + 28 + 7);
    assertThat(gb.historyDays("lear-wide")).isEqualTo(1456 + 7 + 2 + 28 + 7);
    assertThat(gb.historyDays("naive-weekly")).isEqualTo(7 + 2 + 28 + 7);
  }

  @Test
  void theModelsForecastAtTheScheduledRunTime() {
    assertThat(ModelTraining.gb().planning()).isEqualTo(org.convergence.core.time.PlanningTime.DEFAULT);
    assertThat(ModelTraining.gbAsOf(java.time.LocalTime.of(7, 30)).planning().runAtUtc())
        .isEqualTo(java.time.LocalTime.of(7, 30));
  }

  @Test
  void aLearWideFileIsReadBackAsLearWideNotAsTheFourWindowLear() throws Exception {
    ModelTraining gb = ModelTraining.gb();
    TrainedModel wide = gb.train("lear-wide", NOISY, AS_OF);
    ModelFile file = ModelFiles.fromJson(new String(wide.modelFile(), StandardCharsets.UTF_8));

    assertThat(file.modelType()).isEqualTo("lear");
    assertThat(file.lear()).hasSize(8);
    assertThat(gb.modelNameOf(wide.modelFile())).isEqualTo("lear-wide");
    assertThat(gb.modelNameOf(gb.train("lear", NOISY, AS_OF).modelFile())).isEqualTo("lear");
  }

  @Test
  void aFileWithoutARecordedRecipeIsNamedByItsModelType() throws Exception {
    ModelTraining gb = ModelTraining.gb();
    String json = new String(gb.train("naive-weekly", NOISY, AS_OF).modelFile(), StandardCharsets.UTF_8);
    String old = json.replaceAll("\"recipe\"\\s*:\\s*\"naive-weekly\"\\s*,?", "");

    assertThat(old).doesNotContain("recipe");
    assertThat(gb.modelNameOf(old.getBytes(StandardCharsets.UTF_8))).isEqualTo("naive-weekly");
  }
}
