package org.convergence.connectors.settings;

/** Where each run publishes the dashboard's JSON files ({@code index.json} and {@code <market-day>.json}). */
public record DashboardSettings(String dataDir) {
  public DashboardSettings {
    dataDir = dataDir == null || dataDir.isBlank() ? "./data/dashboard" : dataDir.trim();
  }
}
