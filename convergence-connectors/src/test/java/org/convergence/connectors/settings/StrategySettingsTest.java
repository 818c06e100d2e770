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
    assertThat(s.modelWeight()).isEqualTo(EvStrategy.DEFAULT_MODEL_WEIGHT);
    assertThat(ev.modelWeight()).isEqualTo(EvStrategy.DEFAULT_MODEL_WEIGHT);
    assertThat(ev.trailingVoteDays()).isEqualTo(EvStrategy.DEFAULT_TRAILING_VOTE_DAYS);
  }

  @Test
  void everyStrategyNameIsAcceptedAndABadModelWeightIsOneLineNamingTheKey() throws IOException {
    for (String name : org.convergence.core.strategy.Strategies.NAMES) {
      String with = shipped().replaceFirst("(?m)^  name: hedge ", "  name: " + name + " ");
      assertThat(NO_ENV.parse(with, "settings.yaml").strategy().strategy().name()).isEqualTo(name);
    }
    String bad = shipped().replaceFirst("model_weight: 1\\.0", "model_weight: 1.5");
    assertThatThrownBy(() -> NO_ENV.parse(bad, "settings.yaml"))
        .hasMessageContaining("strategy.model_weight: must be within [0, 1], was 1.5")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aBadRiskValueIsOneLineNamingTheKey() throws IOException {
    String bad = shipped().replaceFirst("loss_confidence: 0\\.95", "loss_confidence: 1.5");
    assertThatThrownBy(() -> NO_ENV.parse(bad, "settings.yaml"))
        .hasMessageContaining("loss_confidence must be within (0, 1), was 1.5")
        .hasMessageNotContaining("\n");
  }
}
