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
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrainMainTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2022-04-30T05:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  RetrainMain.Wiring wiring(String model, PriceHistory history, PriceModels models) {
    return new RetrainMain.Wiring() {
      @Override
      public RetrainMain.Parts parts(RetrainConfig config) {
        return new RetrainMain.Parts(model, history, models, java.util.Optional.empty());
      }

      @Override
      public String defaultModelLocation(RetrainConfig config) {
        return dir.resolve("models").toString();
      }
    };
  }

  int run(Map<String, String> env, RetrainMain.Wiring w) {
    return RetrainMain.run(env, CLOCK, w, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheModelToALocalDirectoryAndExitsZero() throws IOException {
    SyntheticPrices prices = new SyntheticPrices(MarketDay.of(2022, 1, 1), MarketDay.of(2022, 4, 29));
    int code = run(Map.of("CONVERGENCE_RETRAIN_EVAL_DAYS", "10"), wiring("weekly", prices,
        new SyntheticPrices.Models()));
    assertThat(code).isEqualTo(RetrainMain.EXIT_OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("PROMOTED").contains("weekly-20220430t050000z");
    assertThat(Files.readString(dir.resolve("models/champion.json"))).contains("weekly-20220430t050000z");
    assertThat(dir.resolve("models/weekly-20220430t050000z/model.bin")).exists();
  }

  @Test
  void exitsNonZeroWhenTrainingFails() {
    SyntheticPrices prices = new SyntheticPrices(MarketDay.of(2022, 1, 1), MarketDay.of(2022, 4, 29));
    PriceModels failing = new SyntheticPrices.Models() {
      @Override
      public TrainedModel train(String modelName, PriceHistory history, Instant asOf) {
        throw new IllegalStateException("singular design matrix");
      }
    };
    assertThat(run(Map.of(), wiring("weekly", prices, failing))).isEqualTo(RetrainMain.EXIT_FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("singular design matrix");
    assertThat(dir.resolve("models/champion.json")).doesNotExist();
  }

  @Test
  void exitsWithTheConfigurationCodeOnBadSettings() {
    SyntheticPrices prices = new SyntheticPrices(MarketDay.of(2022, 1, 1), MarketDay.of(2022, 4, 29));
    assertThat(run(Map.of("CONVERGENCE_RETRAIN_EVAL_DAYS", "many"), wiring("weekly", prices,
        new SyntheticPrices.Models()))).isEqualTo(RetrainMain.EXIT_CONFIGURATION);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("CONVERGENCE_RETRAIN_EVAL_DAYS");
  }
}
