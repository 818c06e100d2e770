package org.convergence.beam;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.SettingsLoader;

/**
 * What every worker of a sweep needs besides its element: the base settings (the file's text, read where the sweep
 * starts, so a worker on another machine needs no copy; relative paths in it resolve against the file's folder as
 * {@code backtest --settings FILE} resolves them) and the override variables
 * ({@code CONVERGENCE__...}) of the machine that started the sweep (so a worker reads the same settings), the data
 * paths of the plan (empty = the settings' paths, else the bundled copies, as {@code backtest}), the period and the
 * output folder (a local path or a bucket URL).
 */
public record SweepContext(String settingsFile, String settingsText, String settingsFolder,
    Map<String, String> overrideVariables, String readings,
    String weather, List<String> prices, LocalDate from, LocalDate to, String out) implements Serializable {
  private static final long serialVersionUID = 1L;

  public SweepContext {
    overrideVariables = Map.copyOf(overrideVariables);
    prices = List.copyOf(prices);
  }

  /** The settings of a configuration: the base file with its {@code KEY=VALUE} values. */
  public ConvergenceSettings settings(SweepConfiguration c) {
    SettingsLoader loader = SettingsLoader.withEnvironment(overrideVariables).withSettings(c.settings());
    return loader.parse(settingsText, settingsFile, settingsFolder.isEmpty() ? null : Path.of(settingsFolder));
  }

  Optional<Path> readingsPath() {
    return readings.isBlank() ? Optional.empty() : Optional.of(WorkerFiles.local(readings));
  }

  Optional<Path> weatherPath() {
    return weather.isBlank() ? Optional.empty() : Optional.of(WorkerFiles.local(weather));
  }

  List<Path> pricePaths() {
    return prices.stream().map(WorkerFiles::local).toList();
  }
}
