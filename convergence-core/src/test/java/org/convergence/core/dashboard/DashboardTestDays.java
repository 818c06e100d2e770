package org.convergence.core.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.Quantile;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;

/**
 * Small synthetic market days for tests of the dashboard model and of {@link DashboardPublisher} implementations
 * (shipped in core's test-jar). The numbers are simple patterns chosen so results can be checked by hand.
 */
public final class DashboardTestDays {
  private DashboardTestDays() {}

  /** Forecast 50 + hour GBP/MWh (quantiles -10/+10); wind 40 kWh, solar 0, demand 30 kWh per half-hour. */
  public static PriceForecast priceForecast(MarketDay day) {
    List<HourPriceForecast> hours = new ArrayList<>();
    for (HourId h : HourId.all()) {
      double p = 50 + h.value();
      hours.add(new HourPriceForecast(h, p, List.of(new Quantile(0.1, p - 10), new Quantile(0.5, p),
          new Quantile(0.9, p + 10))));
    }
    return new PriceForecast(day, "test-model", hours);
  }

  public static EnergyForecast energyForecast(MarketDay day) {
    List<EnergyInterval> halfHours = new ArrayList<>();
    for (Interval i : day.halfHours()) {
      halfHours.add(new EnergyInterval(i, 40, 0, 30));
    }
    return new EnergyForecast(day, halfHours, List.of());
  }

  /** SELL 0.02 MWh at 50 + hour - 5 in odd hours, BUY 0.01 MWh at 50 + hour - 5 in even hours, none in hour 24. */
  public static OrderSet orders(MarketDay day) {
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      if (h.value() == 24) {
        continue;
      }
      boolean odd = h.value() % 2 == 1;
      orders.add(new Order(day, h, odd ? Side.SELL : Side.BUY, odd ? 0.02 : 0.01, 50 + h.value() - 5));
    }
    return new OrderSet(day, orders);
  }

  /** Clearing at 50 + hour for every hour (so every SELL fills and every BUY does not). */
  public static List<HourPrice> clearing(MarketDay day) {
    return HourId.all().stream().map(h -> new HourPrice(day, h, 50 + h.value())).toList();
  }

  public static List<HourPrice> imbalance(MarketDay day, double price) {
    return HourId.all().stream().map(h -> new HourPrice(day, h, price)).toList();
  }

  /** One reading per half-hour at its midpoint: wind 80 kW, solar 0, office 20 kW, computing 40 kW (net +20 kW). */
  public static List<SiteReading> readings(MarketDay day) {
    return day.halfHours().stream().map(i -> new SiteReading(i.midpoint(), 80, 0, 20, 40, 20)).toList();
  }

  /** A day with forecasts and orders only. */
  public static DashboardDay forecastOnly(MarketDay day, Instant generatedAt) {
    return DashboardDay.builder("Test site", generatedAt, priceForecast(day), energyForecast(day), orders(day))
        .build();
  }

  /** A fully settled day. */
  public static DashboardDay settled(MarketDay day, Instant generatedAt) {
    return DashboardDay.builder("Test site", generatedAt, priceForecast(day), energyForecast(day), orders(day))
        .clearingPrices(clearing(day))
        .imbalancePrices(imbalance(day, 100))
        .siteReadings(readings(day))
        .carbonIntensity(day.hours().stream().map(i -> new CarbonIntensity(i, 200)).toList())
        .build();
  }

  /** A fully settled day published by a backtest. */
  public static DashboardDay backtestDay(MarketDay day, Instant generatedAt) {
    return DashboardDay.builder("Test site", generatedAt, priceForecast(day), energyForecast(day), orders(day))
        .clearingPrices(clearing(day))
        .imbalancePrices(imbalance(day, 100))
        .siteReadings(readings(day))
        .source(DataSource.BACKTEST)
        .build();
  }

  /** A backtest of {@code none} and {@code hedge} over {@code days}, the first {@code metered} of them metered. */
  public static DashboardBacktest backtest(List<MarketDay> days, int metered, Instant generatedAt) {
    List<DashboardBacktest.Day> settled = new java.util.ArrayList<>();
    List<Double> none = new java.util.ArrayList<>();
    List<Double> hedge = new java.util.ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      settled.add(new DashboardBacktest.Day(days.get(i), i < metered ? "metered" : "forecast", i < metered, 100));
      none.add(0.0);
      hedge.add(10.0 * (i + 1) - 15);
    }
    double total = hedge.stream().mapToDouble(Double::doubleValue).sum();
    return new DashboardBacktest("Test site", generatedAt, days.get(0), days.get(days.size() - 1), "hedge", settled,
        java.util.Map.of(), java.util.Map.of("prices", "bundled GB prices"), List.of(
            new DashboardBacktest.Strategy("none", days.size(), 0, 100.0 * days.size(), 0, Double.NaN, 0, 0,
                Double.NaN, metered, -50.0 * metered, none),
            new DashboardBacktest.Strategy("hedge", days.size(), total, 100.0 * days.size(),
                total / (100.0 * days.size()), 1.5, 5, -5, 0.5, metered, -40.0 * metered, hedge)));
  }
}
