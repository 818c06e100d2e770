package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.convergence.connectors.settings.PriceModelSettings;
import org.convergence.model.PriceModels;
import org.junit.jupiter.api.Test;

/** settings.yaml's {@code prices.model} values (connectors cannot see the model module) are the model's run recipes. */
class PriceModelNamesTest {
  @Test
  void everyRunRecipeIsASettingsValueAndNoOtherIs() {
    assertThat(PriceModelSettings.KNOWN).containsExactlyInAnyOrderElementsOf(PriceModels.RUN_NAMES);
    assertThat(PriceModels.NAMES).containsAll(PriceModels.RUN_NAMES);
  }
}
