package org.convergence.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.Quantile;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;

/**
 * Deterministic, varied values for store tests. {@code variant} changes every number, so a second save with another
 * variant is distinguishable from the first. Times have microsecond precision (what databases keep).
 */
public final class StoreFixtures {
  private StoreFixtures() {}

  public static final MarketDay DAY = MarketDay.of(2026, 11, 28);

  /** A weather forecast covering the day's 48 half-hours, with some missing (NaN) values. */
  public static WeatherForecast weather(MarketDay day, int variant) {
    List<WeatherSample> samples = new ArrayList<>();
    List<Interval> halfHours = day.halfHours();
    for (int i = 0; i < halfHours.size(); i++) {
      double ghi = i % 7 == 0 ? Double.NaN : Math.max(0, 300 * Math.sin(i / 48.0 * Math.PI)) + variant;
      samples.add(new WeatherSample(halfHours.get(i), 5.25 + i * 0.1 + variant, 7.125 + variant * 0.5 + i % 5,
          ghi, i % 3 == 0 ? Double.NaN : 100.5 + i, 40.0 + i, 87.5 - i, 1002.3 + variant, i % 2 == 1));
    }
    return new WeatherForecast(variant == 0 ? "open-meteo" : "metoffice",
        day.gateClosure().minusSeconds(3600 + variant).plusNanos(123_456_000L), 10.0 + variant, samples);
  }

  public static EnergyForecast energy(MarketDay day, int variant) {
    List<EnergyInterval> halfHours = new ArrayList<>();
    for (Interval hh : day.halfHours()) {
      int i = halfHours.size();
      halfHours.add(new EnergyInterval(hh, 120.5 + i + variant, i > 14 && i < 34 ? 10.25 * (i - 14) : 0.0,
          113.0 + variant * 0.125));
    }
    List<String> warnings = variant == 0 ? List.of() : List.of("solar: no irradiance for 3 half-hours", "wind gusty");
    return new EnergyForecast(day, halfHours, warnings);
  }

  public static PriceForecast prices(MarketDay day, String modelId, int variant) {
    List<HourPriceForecast> hours = new ArrayList<>();
    for (HourId h : HourId.all()) {
      double point = 55.5 + h.value() + variant;
      List<Quantile> qs = variant == 0
          ? List.of(new Quantile(0.1, point - 10), new Quantile(0.5, point), new Quantile(0.9, point + 12.5))
          : List.of(new Quantile(0.05, point - 20), new Quantile(0.5, point), new Quantile(0.95, point + 30));
      hours.add(new HourPriceForecast(h, point, qs));
    }
    return new PriceForecast(day, modelId, hours);
  }

  public static OrderSet orders(MarketDay day, int count, int variant) {
    List<Order> orders = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      orders.add(new Order(day, HourId.of(i), i % 2 == 0 ? Side.BUY : Side.SELL, 0.125 * i + variant * 0.01,
          -20.5 + 7 * i + variant));
    }
    return new OrderSet(day, orders);
  }

  public static OrderSubmission submission(MarketDay day, int count, int variant) {
    return new OrderSubmission(orders(day, count, variant), day.gateClosure().minusSeconds(7200 - variant)
        .plusNanos(654_321_000L), new SubmissionReceipt(count, variant == 0 ? "" : "accepted " + count + " orders"));
  }

  public static List<HeldOrder> held(MarketDay day, int count, int variant) {
    List<HeldOrder> out = new ArrayList<>();
    for (Order o : orders(day, count, variant).orders()) {
      Optional<Boolean> filled = switch (o.hour().value() % 3) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(true);
        default -> Optional.of(false);
      };
      out.add(new HeldOrder(o, filled));
    }
    return out;
  }

  public static List<HourPrice> hourPrices(MarketDay day, int variant) {
    List<HourPrice> out = new ArrayList<>();
    for (HourId h : HourId.all()) {
      out.add(new HourPrice(day, h, 40.0 + h.value() * 1.5 - (h.value() == 4 ? 200 : 0) + variant));
    }
    return out;
  }

  /** Readings every 30 s over ten minutes from {@code start}, some values missing (NaN). */
  public static List<SiteReading> readings(Instant start, int variant) {
    List<SiteReading> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(new SiteReading(start.plusSeconds(30L * i).plusNanos(7_000L), 800.5 + i + variant,
          i < 5 ? 0.0 : 12.25 * i, 24.5, 200.0 + variant, i % 4 == 0 ? Double.NaN : 19.5 + 0.1 * i));
    }
    return out;
  }

  public static List<HourSettlement> settlements(MarketDay day, int variant) {
    List<HourSettlement> out = new ArrayList<>();
    for (HourId h : HourId.all()) {
      boolean filled = h.value() % 2 == 0;
      double contracted = filled ? 0.25 * h.value() : 0.0;
      double actual = 0.3 * h.value() - variant * 0.01;
      double clearing = 50 + h.value() + variant;
      double imbalance = 70 - h.value();
      out.add(new HourSettlement(day, h, filled, contracted, actual, clearing, imbalance, contracted * clearing,
          (actual - contracted) * imbalance));
    }
    return out;
  }

  public static ModelRecord model(String id, Instant created, boolean champion) {
    return new ModelRecord(id, created, MarketDay.of(2024, 1, 1), MarketDay.of(2026, 10, 31),
        Map.of("mae_gbp_per_mwh", 8.25, "rmse_gbp_per_mwh", 11.0625, "pinball_loss", 3.5), "models/" + id + ".bin",
        champion);
  }

  public static RunRecord run(MarketDay day, int variant) {
    Instant started = day.gateClosure().minusSeconds(3 * 3600 + variant).plusNanos(250_000L);
    return RunRecord.started(day, started)
        .withSourcesUsed(List.of("open-meteo", "exchange:clearout-prices", "model:gbm-" + variant))
        .withWarnings(variant == 0 ? List.of() : List.of("weather: fell back to open-meteo", "line\nbreak"))
        .withReportJson("{\"day\":\"" + day + "\",\"variant\":" + variant + ",\"note\":\"£ and ü\"}")
        .finished(started.plusSeconds(42).plusNanos(1_000L), variant == 0 ? RunStatus.SUCCEEDED : RunStatus.DEGRADED);
  }

  /** A settled day's record: 24 hours from {@link #settlements}, some with an exchange flag, one contradicting. */
  public static SettlementRecord settledRecord(MarketDay day, int variant) {
    List<org.convergence.core.market.SettledHour> hours = new ArrayList<>();
    Instant at = day.deliveryEnd().plusSeconds(3600 + variant).plusNanos(123_456_000L);
    for (HourSettlement s : settlements(day, variant)) {
      int h = s.hour().value();
      Optional<Boolean> flag = h % 3 == 0 ? Optional.empty() : Optional.of(h == 4 ? !s.filled() : s.filled());
      hours.add(new org.convergence.core.market.SettledHour(s, s.actualNetMWh() * s.imbalancePriceGbpPerMWh(),
          h % 5 == 0 ? Double.NaN : 100.0 + h, flag, s.filled(), "prices: test; orders: exchange; meter: v" + variant,
          at, 1 + variant));
    }
    return new SettlementRecord(day, SettlementStatus.SETTLED, "settled " + day, variant == 0 ? List.of()
        : List.of(day + " H4: the exchange says filled", "second warning"), at, hours);
  }
}
