package org.convergence.connectors.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.convergence.core.strategy.EvStrategy;
import org.convergence.core.strategy.RiskBudget;
import org.junit.jupiter.api.Test;

class StrategySettingsTest {
  private static final SettingsLoader NO_ENV = SettingsLoader.withEnvironment(Map.of());

  private static String shipped() throws IOException {
    return Files.readString(Path.of("..", "settings.yaml"));
  }

  @Test
  void theShippedRiskBudgetIsTheOneChosenOn2021() throws IOException {
    StrategySettings s = NO_ENV.parse(shipped(), "settings.yaml").strategy();
    assertThat(s.risk().budget()).isEqualTo(RiskBudget.defaults());
    assertThat(s.conditionalLimits()).isEqualTo(EvStrategy.DEFAULT_CONDITIONAL_LIMITS);
    EvStrategy ev = (EvStrategy) s.strategy("ev");
    assertThat(ev.budget()).isEqualTo(RiskBudget.defaults());
  }

  @Test
  void aBadRiskValueIsOneLineNamingTheKey() throws IOException {
    String bad = shipped().replaceFirst("loss_confidence: 0\\.95", "loss_confidence: 1.5");
    assertThatThrownBy(() -> NO_ENV.parse(bad, "settings.yaml"))
        .hasMessageContaining("loss_confidence must be within (0, 1), was 1.5")
        .hasMessageNotContaining("\n");
  }
}
