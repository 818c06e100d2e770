package org.convergence.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.SettingsException;
import org.convergence.connectors.settings.SettingsLoader;
import picocli.CommandLine.Option;

/**
 * The {@code --settings FILE} option every command that reads settings.yaml mixes in. Without it the file is
 * {@code $CONVERGENCE_SETTINGS}, else {@code ./settings.yaml}; relative paths inside resolve against its folder.
 */
public final class SettingsOption {
  @Option(names = "--settings", paramLabel = "FILE",
      description = "Settings file (default: $CONVERGENCE_SETTINGS, else ./settings.yaml). Relative paths in it"
          + " are taken from its folder.")
  Path file;

  public ConvergenceSettings load() {
    return load(List.of());
  }

  /** The settings file this option names or finds ({@code --settings}, {@code $CONVERGENCE_SETTINGS}, ./settings.yaml). */
  public Path path() {
    return SettingsLoader.fromSystemEnvironment().locate(Optional.ofNullable(file));
  }

  /** The settings with {@code --set KEY=VALUE} values applied ({@link SettingsLoader#withSettings}). */
  public ConvergenceSettings load(List<String> settingValues) {
    try {
      SettingsLoader loader = SettingsLoader.fromSystemEnvironment().withSettings(settingValues);
      return loader.load(loader.locate(Optional.ofNullable(file)));
    } catch (SettingsException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
  }
}
