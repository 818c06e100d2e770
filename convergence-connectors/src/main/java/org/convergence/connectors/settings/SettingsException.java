package org.convergence.connectors.settings;

/** settings.yaml could not be read or is not valid; the message names the file, the key path and what was expected. */
public class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }

  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
