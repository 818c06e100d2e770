package org.convergence.local;

import java.nio.file.Path;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.SettingsException;
import org.convergence.connectors.settings.SettingsLoader;
import picocli.CommandLine.Option;

/** The {@code --settings FILE} option every command that reads settings.yaml mixes in. */
public final class SettingsOption {
  @Option(names = "--settings", paramLabel = "FILE", defaultValue = "settings.yaml",
      description = "Settings file (default: ${DEFAULT-VALUE}).")
  Path file;

  public ConvergenceSettings load() {
    try {
      return SettingsLoader.fromSystemEnvironment().load(file);
    } catch (SettingsException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
  }
}
