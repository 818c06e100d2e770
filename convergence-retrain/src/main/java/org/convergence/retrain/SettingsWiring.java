package org.convergence.retrain;

import java.nio.file.Path;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.SettingsLoader;

/** The production wiring: settings.yaml names the model and the local archive; history and models from modules. */
final class SettingsWiring implements RetrainMain.Wiring {
  private ConvergenceSettings settings;

  private ConvergenceSettings settings(RetrainConfig config) {
    if (settings == null) {
      settings = SettingsLoader.fromSystemEnvironment().load(Path.of(config.settingsFile()));
    }
    return settings;
  }

  @Override
  public RetrainMain.Parts parts(RetrainConfig config) {
    ConvergenceSettings s = settings(config);
    throw new IllegalStateException("price model '" + s.prices().model()
        + "': the price history and model training are not wired into the retrain job yet");
  }

  @Override
  public String defaultModelLocation(RetrainConfig config) {
    return settings(config).prices().modelDir();
  }
}
