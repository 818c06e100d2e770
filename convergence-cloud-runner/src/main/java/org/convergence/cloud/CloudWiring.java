package org.convergence.cloud;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.model.archive.ModelArchive;

/** Builds the service's parts from its configuration and settings.yaml. */
final class CloudWiring {
  private final CloudConfig config;
  private final Clock clock;
  private final ConvergenceSettings settings;

  CloudWiring(CloudConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = SettingsLoader.fromSystemEnvironment().load(Path.of(config.settingsFile()));
  }

  Path modelLocation() {
    return ModelArchive.resolve(config.modelLocation().orElse(settings.prices().modelDir()));
  }

  Path dashboardLocation() {
    return ModelArchive.resolve(config.dashboardLocation().orElse(settings.dashboard().dataDir()));
  }

  DailyUpdate dailyUpdate() {
    throw new IllegalStateException("the daily run is not wired into the cloud service yet (clock " + clock + ")");
  }
}
