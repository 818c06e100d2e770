package org.convergence.connectors.settings;

import java.util.Objects;
import org.convergence.core.site.SiteSpec;

/**
 * The whole of settings.yaml, typed and validated.
 *
 * @param siteReadingsFile {@code site.readings_file}: the site's metered readings (energy_onsite.csv format) the
 *     backtest settles against; empty = the bundled AIMLAC readings. It is written under {@code site} in the file
 *     but kept apart from {@link SiteSpec}, which holds only what the models need ({@link SettingsLoader} moves it).
 */
public record ConvergenceSettings(
    SiteSpec site,
    String siteReadingsFile,
    ExchangeSettings exchange,
    WeatherSettings weather,
    PriceModelSettings prices,
    StrategySettings strategy,
    DatabaseSettings database,
    DashboardSettings dashboard) {
  public ConvergenceSettings {
    Objects.requireNonNull(site, "site");
    siteReadingsFile = siteReadingsFile == null ? "" : siteReadingsFile.trim();
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(weather, "weather");
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(dashboard, "dashboard");
  }
}
