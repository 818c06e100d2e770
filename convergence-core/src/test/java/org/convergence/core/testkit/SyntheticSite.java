package org.convergence.core.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.Quantile;
import org.convergence.core.run.EnergyModel;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherFallbackChain;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSource;
import org.convergence.core.weather.WeatherUnavailableException;
import org.convergence.core.weather.WeatherSample;

/**
 * A synthetic, mutable world for run and backtest tests: recorded weather forecasts with issue times, prices,
 * readings, a linear energy model and a naive price forecaster (mean of the same hour over the last 7 known days).
 */
public final class SyntheticSite implements WeatherSource, EnergyModel, PriceForecaster, PriceHistory, SiteReadings {
  /** Recorded forecasts per day, any number, each with its issue time. */
  public final Map<MarketDay, List<WeatherForecast>> forecasts = new HashMap<>();
  public final Map<MarketDay, Map<HourId, Double>> clearing = new TreeMap<>();
  public final Map<MarketDay, Map<HourId, Double>> imbalance = new TreeMap<>();
  public final List<SiteReading> readings = new ArrayList<>();

  /** Fills days from..to with deterministic weather (issued at D-1 06:00Z), prices and 30-minute readings. */
  public static SyntheticSite of(MarketDay from, MarketDay to) {
    SyntheticSite s = new SyntheticSite();
    int k = 0;
    for (MarketDay d = from; d.compareTo(to) <= 0; d = d.next(), k++) {
      final int kk = k;
      s.forecasts.put(d, new ArrayList<>(List.of(s.weather(d, d.gateClosure().minus(Duration.ofHours(3)),
          i -> 4 + 3 * Math.sin(kk + i / 7.0)))));
      Map<HourId, Double> c = new TreeMap<>();
      Map<HourId, Double> im = new TreeMap<>();
      for (HourId h : HourId.all()) {
        double p = 80 + 30 * Math.sin(h.value() / 24.0 * 2 * Math.PI) + 5 * (k % 3);
        c.put(h, p);
        im.put(h, p + ((h.value() + k) % 2 == 0 ? 25 : -15));
      }
      s.clearing.put(d, c);
      s.imbalance.put(d, im);
      List<Interval> halves = d.halfHours();
      for (int i = 0; i < halves.size(); i++) {
        double wind = 6 * windKw(4 + 3 * Math.sin(kk + i / 7.0) + 0.8 * Math.cos(i + kk));
        s.readings.add(new SiteReading(halves.get(i).start().plusSeconds(600), wind, 0, 30, 200, 20));
      }
    }
    return s;
  }

  public WeatherForecast weather(MarketDay d, Instant issuedAt, java.util.function.IntToDoubleFunction windMps) {
    List<WeatherSample> samples = new ArrayList<>();
    List<Interval> halves = d.halfHours();
    for (int i = 0; i < halves.size(); i++) {
      samples.add(new WeatherSample(halves.get(i), 8, Math.max(0, windMps.applyAsDouble(i)), 0, 0, 0, 50, 1010,
          false));
    }
    return new WeatherForecast("synthetic", issuedAt, 10, samples);
  }

  static double windKw(double mps) {
    return mps < 3.5 ? 0 : Math.min(60, 5 * (mps - 3.5) * (mps - 3.5));
  }

  @Override
  public String name() {
    return "synthetic";
  }

  /** This site's recorded forecasts as the only source of a fallback chain. */
  public WeatherFallbackChain chain() {
    return new WeatherFallbackChain(List.of(this));
  }

  @Override
  public WeatherForecast forecast(MarketDay day, Instant asOf) {
    return forecasts.getOrDefault(day, List.of()).stream()
        .filter(w -> !w.issuedAt().isAfter(asOf))
        .max(Comparator.comparing(WeatherForecast::issuedAt))
        .orElseThrow(() -> new WeatherUnavailableException("no recorded forecast for " + day + " issued by " + asOf));
  }

  @Override
  public EnergyForecast forecast(MarketDay day, WeatherForecast weather) {
    List<EnergyInterval> out = new ArrayList<>();
    for (WeatherSample s : weather.samples()) {
      out.add(new EnergyInterval(s.interval(), 6 * windKw(s.windSpeedMps()) * 0.5, 0, 230 * 0.5));
    }
    return new EnergyForecast(day, out, List.of());
  }

  @Override
  public String id() {
    return "naive-mean-7";
  }

  @Override
  public PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
    List<HourPrice> known = history.clearingPrices(day.minusDays(7), day.previous());
    List<HourPriceForecast> hours = new ArrayList<>();
    for (HourId h : HourId.all()) {
      double p = known.stream().filter(x -> x.hour().equals(h)).mapToDouble(HourPrice::priceGbpPerMWh).average()
          .orElse(50);
      hours.add(new HourPriceForecast(h, p, List.of(new Quantile(0.1, p - 10), new Quantile(0.5, p),
          new Quantile(0.9, p + 10))));
    }
    return new PriceForecast(day, id(), hours);
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return rows(clearing, from, to);
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return rows(imbalance, from, to);
  }

  private static List<HourPrice> rows(Map<MarketDay, Map<HourId, Double>> m, MarketDay from, MarketDay to) {
    List<HourPrice> out = new ArrayList<>();
    m.forEach((d, hours) -> {
      if (d.compareTo(from) >= 0 && d.compareTo(to) <= 0) {
        hours.forEach((h, p) -> out.add(new HourPrice(d, h, p)));
      }
    });
    return out;
  }

  @Override
  public List<SiteReading> between(Instant from, Instant to) {
    return readings.stream().filter(r -> !r.time().isBefore(from) && r.time().isBefore(to))
        .sorted(Comparator.comparing(SiteReading::time)).toList();
  }
}
