package org.convergence.connectors.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --set KEY=VALUE}: the environment overrides' path, with the option and the key in every message. */
class SettingsSetValuesTest {
  private static String shipped() throws IOException {
    return Files.readString(Path.of("..", "settings.yaml"));
  }

  private static ConvergenceSettings parse(Map<String, String> env, String... set) throws IOException {
    return SettingsLoader.withEnvironment(env).withSettings(List.of(set)).parse(shipped(), "settings.yaml");
  }

  @Test
  void aValueReplacesTheKeyAndWinsOverTheEnvironment() throws IOException {
    ConvergenceSettings s = parse(Map.of("CONVERGENCE__SITE__GRID__EXPORT_CAPACITY_MW", "0.5"),
        "site.grid.export_capacity_mw=0.25", "strategy.name=ev", "strategy.risk.drawdown_window_days=14");
    assertThat(s.site().grid().exportCapacityMW()).isEqualTo(0.25);
    assertThat(s.strategy().name()).isEqualTo("ev");
    assertThat(s.strategy().risk().drawdownWindowDays()).isEqualTo(14);
    assertThat(parse(Map.of("CONVERGENCE__SITE__GRID__EXPORT_CAPACITY_MW", "0.5")).site().grid().exportCapacityMW())
        .isEqualTo(0.5);
  }

  @Test
  void aBadKeyOrValueIsOneLineNamingTheOptionAndTheKey() {
    assertThatThrownBy(() -> parse(Map.of(), "strategy.risk.nope=1"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("--set strategy.risk.nope: no settings key strategy.risk.nope (keys of strategy.risk:")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> parse(Map.of(), "strategy.risk.max_position_mw=lots"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("--set strategy.risk.max_position_mw: strategy.risk.max_position_mw")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> parse(Map.of(), "strategy.risk"))
        .hasMessageStartingWith("--set strategy.risk: expected KEY=VALUE");
    assertThatThrownBy(() -> parse(Map.of(), "strategy.risk=1"))
        .hasMessageStartingWith("--set strategy.risk: settings key strategy.risk is a section");
  }
}
