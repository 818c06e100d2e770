package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.connectors.weather.MetOfficeSpotReplay;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/** The acceptance: on Feb-Apr 2022 our net-power MAE is at least 30 % below the seed's formulas. */
class EvaluateSiteCommandTest {
  @Test
  void netMaeAtLeastThirtyPercentBelowTheSeedOnFebToApr2022() {
    ConvergenceSettings s = SettingsLoader.withEnvironment(java.util.Map.of())
        .load(Path.of("..", "settings.yaml"));
    List<EvaluateSiteCommand.Score> scores = EvaluateSiteCommand.evaluate(s, MetOfficeSpotReplay.bundled(),
        EnergyOnsiteReader.bundled(), MarketDay.of(2022, 2, 16), MarketDay.of(2022, 4, 30));
    assertThat(scores).hasSize(16);
    double ours = mae(scores, "net", "convergence");
    double seed = mae(scores, "net", "seed");
    assertThat(ours).isLessThanOrEqualTo(0.7 * seed);
    // the shipped site.correction is on and changes the scored net forecast
    assertThat(s.site().correction().isOff()).isFalse();
    assertThat(mae(scores, "net", "corrected")).isNotEqualTo(ours).isLessThanOrEqualTo(0.7 * seed);
    assertThat(scores).allSatisfy(r -> assertThat(r.n()).isGreaterThan(2000));
  }

  @Test
  void readingsAreAveragedPerHalfHourKeyedByItsStart() {
    Instant t = Instant.parse("2022-03-01T10:00:00Z");
    var means = EvaluateSiteCommand.halfHourMeans(List.of(
        new SiteReading(t.plusSeconds(60), 10, 0, 30, 200, 20),
        new SiteReading(t.plusSeconds(1799), 20, 2, 30, 200, 21),
        new SiteReading(t.plusSeconds(1800), 40, 4, 140, 200, 22)));
    assertThat(means).containsOnlyKeys(t, t.plusSeconds(1800));
    assertThat(means.get(t)).isEqualTo(new SiteReading(t, 15, 1, 30, 200, 20.5));
    assertThat(means.get(t.plusSeconds(1800))).isEqualTo(new SiteReading(t.plusSeconds(1800), 40, 4, 140, 200, 22));
  }

  private static double mae(List<EvaluateSiteCommand.Score> scores, String component, String model) {
    return scores.stream().filter(r -> r.component().equals(component) && r.model().equals(model)).findFirst()
        .orElseThrow().maeKw();
  }
}
