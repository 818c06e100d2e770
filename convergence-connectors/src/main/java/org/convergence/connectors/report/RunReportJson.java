package org.convergence.connectors.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.Order;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.Quantile;
import org.convergence.core.run.RunReport;
import org.convergence.core.run.SourceUse;
import org.convergence.core.run.StepTiming;
import org.convergence.core.time.HourId;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;

/**
 * The run report as JSON (printed by {@code ./convergence run --json} and stored with each run). Field names are
 * snake_case with units; times are ISO-8601 UTC; a value that is unknown is {@code null}.
 */
public final class RunReportJson {
  /** Version of this layout; bumped on any incompatible change. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunReportJson() {}

  public static String toJson(RunReport r) {
    try {
      return MAPPER.writeValueAsString(toTree(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the run report of " + r.day() + " as JSON", e);
    }
  }

  public static ObjectNode toTree(RunReport r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema_version", SCHEMA_VERSION);
    o.put("market_day", r.day().toString());
    o.put("gate_closure", r.day().gateClosure().toString());
    o.put("outcome", r.outcome().name());
    o.put("message", r.message());
    o.put("strategy", r.strategy());
    o.put("started_at", r.startedAt().toString());
    o.put("finished_at", r.finishedAt().toString());
    ArrayNode sources = o.putArray("sources");
    for (SourceUse s : r.sources()) {
      sources.addObject().put("role", s.role()).put("source", s.source()).put("note", s.note());
    }
    ArrayNode orders = o.putArray("orders");
    r.orders().orders().forEach(ord -> order(orders.addObject(), ord));
    if (r.receipt().isPresent()) {
      o.putObject("receipt").put("accepted", r.receipt().get().accepted()).put("message", r.receipt().get().message());
    } else {
      o.putNull("receipt");
    }
    ArrayNode held = o.putArray("held");
    for (HeldOrder h : r.held()) {
      ObjectNode n = held.addObject();
      order(n, h.order());
      if (h.filled().isPresent()) {
        n.put("filled", h.filled().get());
      } else {
        n.putNull("filled");
      }
    }
    o.put("verified", r.verified());
    ObjectNode forecasts = o.putObject("forecasts");
    r.weather().ifPresentOrElse(w -> weather(forecasts.putObject("weather"), w), () -> forecasts.putNull("weather"));
    r.energy().ifPresentOrElse(e -> energy(forecasts.putObject("energy"), e), () -> forecasts.putNull("energy"));
    r.prices().ifPresentOrElse(p -> prices(forecasts.putObject("prices"), p), () -> forecasts.putNull("prices"));
    ArrayNode decisions = o.putArray("decisions");
    for (var d : r.decisions()) {
      ObjectNode n = decisions.addObject();
      n.put("hour_id", d.hour().value());
      d.order().ifPresentOrElse(ord -> order(n.putObject("order"), ord), () -> n.putNull("order"));
      n.put("position_beyond_net_mwh", d.positionBeyondNetMWh());
      n.put("expected_value_gbp", d.expectedValueGbp());
      n.put("fill_probability", d.fillProbability());
      n.put("limit_rule", d.limitRule());
      n.put("spread_q10_gbp_per_mwh", d.spreadQ10());
      n.put("spread_q50_gbp_per_mwh", d.spreadQ50());
      n.put("spread_q90_gbp_per_mwh", d.spreadQ90());
      n.put("spread_mean_gbp_per_mwh", d.spreadMean());
      n.put("clearing_q10_gbp_per_mwh", d.clearingQ10());
      n.put("clearing_q50_gbp_per_mwh", d.clearingQ50());
      n.put("clearing_q90_gbp_per_mwh", d.clearingQ90());
    }
    ArrayNode warnings = o.putArray("warnings");
    r.warnings().forEach(warnings::add);
    ArrayNode errors = o.putArray("errors");
    r.errors().forEach(errors::add);
    if (r.carbonSavedKg().isPresent()) {
      o.put("carbon_saved_kg", r.carbonSavedKg().getAsDouble());
    } else {
      o.putNull("carbon_saved_kg");
    }
    ArrayNode timings = o.putArray("timings");
    for (StepTiming t : r.timings()) {
      timings.addObject().put("step", t.step()).put("ms", t.duration().toNanos() / 1e6);
    }
    o.put("total_ms", r.totalDuration().toNanos() / 1e6);
    return o;
  }

  private static void order(ObjectNode n, Order o) {
    n.put("hour_id", o.hour().value());
    n.put("type", o.side().name());
    n.put("volume_mwh", o.volumeMWh());
    n.put("price_gbp_per_mwh", o.limitPriceGbpPerMWh());
  }

  private static void weather(ObjectNode n, WeatherForecast w) {
    n.put("source", w.source());
    n.put("issued_at", w.issuedAt().toString());
    n.put("wind_measurement_height_m", w.windMeasurementHeightM());
    ArrayNode samples = n.putArray("samples");
    for (WeatherSample s : w.samples()) {
      ObjectNode x = samples.addObject();
      x.put("start", s.interval().start().toString());
      num(x, "air_temperature_c", s.airTemperatureC());
      num(x, "wind_speed_mps", s.windSpeedMps());
      num(x, "ghi_wm2", s.ghiWm2());
      num(x, "dni_wm2", s.dniWm2());
      num(x, "dhi_wm2", s.dhiWm2());
      num(x, "cloud_cover_pct", s.cloudCoverPct());
      num(x, "pressure_hpa", s.pressureHpa());
      x.put("interpolated", s.interpolated());
    }
  }

  private static void energy(ObjectNode n, EnergyForecast e) {
    ArrayNode halves = n.putArray("half_hours");
    for (EnergyInterval i : e.halfHours()) {
      halves.addObject().put("start", i.interval().start().toString()).put("wind_kwh", i.windKWh())
          .put("solar_kwh", i.solarKWh()).put("demand_kwh", i.demandKWh()).put("net_kwh", i.netKWh());
    }
    ArrayNode hourly = n.putArray("hourly_net_mwh");
    for (HourId h : HourId.all()) {
      hourly.add(e.netMWh(h));
    }
    ArrayNode warnings = n.putArray("warnings");
    e.warnings().forEach(warnings::add);
  }

  private static void prices(ObjectNode n, PriceForecast p) {
    n.put("model", p.modelId());
    ArrayNode hours = n.putArray("hours");
    for (HourPriceForecast h : p.hours()) {
      ObjectNode x = hours.addObject();
      x.put("hour_id", h.hour().value());
      x.put("point_gbp_per_mwh", h.pointGbpPerMWh());
      ArrayNode q = x.putArray("quantiles");
      for (Quantile qu : h.quantiles()) {
        q.addObject().put("level", qu.level()).put("price_gbp_per_mwh", qu.priceGbpPerMWh());
      }
    }
  }

  private static void num(ObjectNode n, String field, double v) {
    if (Double.isFinite(v)) {
      n.put(field, v);
    } else {
      n.putNull(field);
    }
  }
}
