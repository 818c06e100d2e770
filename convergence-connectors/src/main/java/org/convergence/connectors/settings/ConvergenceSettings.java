package org.convergence.connectors.settings;

import java.util.Objects;
import org.convergence.core.site.SiteSpec;

/** The whole of settings.yaml, typed and validated. */
public record ConvergenceSettings(
    SiteSpec site,
    ExchangeSettings exchange,
    WeatherSettings weather,
    PriceModelSettings prices,
    StrategySettings strategy,
    DatabaseSettings database,
    DashboardSettings dashboard,
    ScheduleSettings schedule,
    AlertSettings alerts) {
  public ConvergenceSettings {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(weather, "weather");
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(alerts, "alerts");
  }
}
