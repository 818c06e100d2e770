package org.convergence.connectors.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convergence.core.dashboard.BidRow;
import org.convergence.core.dashboard.CarbonRow;
import org.convergence.core.dashboard.DashboardBacktest;
import org.convergence.core.dashboard.DataSource;
import org.convergence.core.dashboard.DashboardDay;
import org.convergence.core.dashboard.DashboardIndex;
import org.convergence.core.dashboard.DashboardIndexEntry;
import org.convergence.core.dashboard.DayState;
import org.convergence.core.dashboard.FailedRun;
import org.convergence.core.dashboard.DaySummary;
import org.convergence.core.dashboard.DayStatus;
import org.convergence.core.dashboard.EnergyRow;
import org.convergence.core.dashboard.PnlPoint;
import org.convergence.core.dashboard.PriceRow;
import org.convergence.core.dashboard.SolarAngle;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.price.Quantile;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;

/**
 * The dashboard's JSON files, schema version {@value #SCHEMA_VERSION} (documented in {@code docs/dashboard-data.md}):
 * {@code index.json} (the published market days), {@code <market-day>.json} (one day) and {@code backtest.json} (a
 * backtest's strategy comparison). Unknown numbers are
 * JSON {@code null}; times are ISO-8601 UTC; names carry their units.
 */
public final class DashboardJson {
  /** Raise on any change a reader must know about; readers reject versions they do not know. */
  public static final int SCHEMA_VERSION = 1;
  public static final String DAY_SCHEMA = "convergence-dashboard-day";
  public static final String INDEX_SCHEMA = "convergence-dashboard-index";
  public static final String BACKTEST_SCHEMA = "convergence-dashboard-backtest";
  /** The file name of a backtest's comparison beside {@code index.json}. */
  public static final String BACKTEST_FILE = "backtest.json";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DashboardJson() {}

  public static byte[] dayBytes(DashboardDay day) {
    return bytes(day(day));
  }

  public static byte[] indexBytes(DashboardIndex index) {
    return bytes(index(index));
  }

  public static byte[] backtestBytes(DashboardBacktest backtest) {
    return bytes(backtest(backtest));
  }

  /** Reads an {@code index.json}; a file that is not a version-{@value #SCHEMA_VERSION} index is an error. */
  public static DashboardIndex readIndex(byte[] json, String sourceName) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(sourceName + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(sourceName + ": cannot read: " + e.getMessage(), e);
    }
    try {
      requireSchema(root, INDEX_SCHEMA, sourceName);
      List<DashboardIndexEntry> entries = new ArrayList<>();
      for (JsonNode d : required(root, "days", sourceName)) {
        DayStatus status = DayStatus.valueOf(required(d, "status", sourceName).asText().toUpperCase(Locale.ROOT));
        entries.add(new DashboardIndexEntry(
            MarketDay.parse(required(d, "marketDay", sourceName).asText()),
            status,
            d.hasNonNull("state") ? DayState.valueOf(d.get("state").asText().toUpperCase(Locale.ROOT))
                : olderFileState(status),
            Instant.parse(required(d, "generatedAt", sourceName).asText()),
            number(d.get("pnlGbp")),
            number(d.get("valueAddedGbp")),
            number(d.get("boundValueAddedGbp")),
            d.hasNonNull("orders") ? d.get("orders").asInt() : -1,
            d.hasNonNull("filledOrders") ? d.get("filledOrders").asInt() : -1,
            number(d.get("carbonSavedKgCo2")),
            number(d.get("priceMaeGbpPerMWh")),
            number(d.get("netEnergyMaeKWh"))));
      }
      JsonNode f = root.get("failedRun");
      FailedRun failedRun = f == null || f.isNull() ? null : new FailedRun(
          MarketDay.parse(required(f, "marketDay", sourceName).asText()),
          Instant.parse(required(f, "failedAt", sourceName).asText()),
          required(f, "message", sourceName).asText());
      DataSource source = root.hasNonNull("source")
          ? DataSource.valueOf(root.get("source").asText().toUpperCase(Locale.ROOT)) : DataSource.LIVE;
      return new DashboardIndex(required(root, "site", sourceName).asText(),
          Instant.parse(required(root, "updatedAt", sourceName).asText()), entries, failedRun, source);
    } catch (RuntimeException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(sourceName)) {
        throw e;
      }
      throw new IllegalArgumentException(sourceName + ": not a valid dashboard index: " + e.getMessage(), e);
    }
  }

  static ObjectNode index(DashboardIndex index) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", INDEX_SCHEMA);
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("site", index.siteName());
    root.put("updatedAt", index.updatedAt().toString());
    root.put("source", lower(index.source()));
    ArrayNode days = root.putArray("days");
    for (DashboardIndexEntry e : index.days()) {
      ObjectNode d = days.addObject();
      d.put("marketDay", e.day().toString());
      d.put("file", e.fileName());
      d.put("status", lower(e.status()));
      d.put("generatedAt", e.generatedAt().toString());
      d.put("state", lower(e.state()));
      put(d, "pnlGbp", e.pnlGbp());
      put(d, "valueAddedGbp", e.valueAddedGbp());
      put(d, "boundValueAddedGbp", e.boundValueAddedGbp());
      if (e.orders() >= 0) {
        d.put("orders", e.orders());
        d.put("filledOrders", e.filledOrders());
      }
      put(d, "carbonSavedKgCo2", e.carbonSavedKgCo2());
      put(d, "priceMaeGbpPerMWh", e.priceMaeGbpPerMWh());
      put(d, "netEnergyMaeKWh", e.netEnergyMaeKWh());
    }
    index.latestFailure().ifPresentOrElse(failure -> {
      ObjectNode f = root.putObject("failedRun");
      f.put("marketDay", failure.day().toString());
      f.put("state", lower(DayState.FAILED));
      f.put("failedAt", failure.failedAt().toString());
      f.put("message", failure.message());
    }, () -> root.putNull("failedRun"));
    return root;
  }

  static ObjectNode day(DashboardDay day) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", DAY_SCHEMA);
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("marketDay", day.day().toString());
    root.put("site", day.siteName());
    root.put("generatedAt", day.generatedAt().toString());
    root.put("deliveryStart", day.day().deliveryStart().toString());
    root.put("deliveryEnd", day.day().deliveryEnd().toString());
    root.put("gateClosure", day.day().gateClosure().toString());
    root.put("priceModel", day.priceModelId());
    root.put("status", lower(day.status()));
    root.put("state", lower(day.summary().state()));
    root.put("stateText", day.summary().state().label());
    root.put("source", lower(day.source()));
    ObjectNode limits = root.putObject("marketLimits");
    limits.put("floorGbpPerMWh", org.convergence.core.market.MarketRules.PRICE_FLOOR_GBP_PER_MWH);
    limits.put("capGbpPerMWh", org.convergence.core.market.MarketRules.PRICE_CAP_GBP_PER_MWH);
    day.grid().ifPresentOrElse(g -> root.putObject("grid").put("exportCapacityMW", g.exportCapacityMW())
        .put("importCapacityMW", g.importCapacityMW()), () -> root.putNull("grid"));
    summary(root.putObject("summary"), day.summary());
    prices(root.putArray("prices"), day.prices());
    energy(root.putArray("energy"), day.energy());
    day.weather().ifPresentOrElse(w -> weather(root.putObject("weather"), w), () -> root.putNull("weather"));
    solar(root.putArray("solarPosition"), day.solarAngles());
    bids(root.putArray("bids"), day.bids());
    pnl(root.putArray("cumulativePnl"), day.cumulativePnl());
    carbon(root.putArray("carbon"), day.carbon());
    ArrayNode warnings = root.putArray("warnings");
    day.warnings().forEach(warnings::add);
    return root;
  }

  private static void summary(ObjectNode o, DaySummary s) {
    o.put("orders", s.orders());
    o.put("filledOrders", s.filledOrders());
    o.put("settledHours", s.settledHours());
    put(o, "soldMWh", s.soldMWh());
    put(o, "boughtMWh", s.boughtMWh());
    put(o, "dayAheadCashGbp", s.dayAheadCashGbp());
    put(o, "imbalanceCashGbp", s.imbalanceCashGbp());
    put(o, "pnlGbp", s.pnlGbp());
    put(o, "noTradePnlGbp", s.noTradePnlGbp());
    put(o, "valueAddedGbp", s.valueAddedGbp());
    put(o, "boundValueAddedGbp", s.boundValueAddedGbp());
    put(o, "forecastGenerationMWh", s.forecastGenerationMWh());
    put(o, "forecastDemandMWh", s.forecastDemandMWh());
    put(o, "meteredGenerationMWh", s.meteredGenerationMWh());
    put(o, "meteredDemandMWh", s.meteredDemandMWh());
    put(o, "carbonSavedKgCo2", s.carbonSavedKgCo2());
    put(o, "meanForecastGbpPerMWh", s.meanForecastGbpPerMWh());
    put(o, "meanClearingGbpPerMWh", s.meanClearingGbpPerMWh());
    put(o, "forecastMaeGbpPerMWh", s.forecastMaeGbpPerMWh());
    put(o, "netEnergyMaeKWh", s.netEnergyMaeKWh());
  }

  static ObjectNode backtest(DashboardBacktest b) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", BACKTEST_SCHEMA);
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("site", b.siteName());
    root.put("generatedAt", b.generatedAt().toString());
    root.put("source", lower(DataSource.BACKTEST));
    root.put("from", b.from().toString());
    root.put("to", b.to().toString());
    root.put("publishedStrategy", b.publishedStrategy());
    root.put("daysSettled", b.days().size());
    root.put("daysMetered", b.publishedDays().size());
    ObjectNode sources = root.putObject("dataSources");
    new java.util.TreeMap<>(b.dataSources()).forEach(sources::put);
    ArrayNode days = root.putArray("days");
    for (DashboardBacktest.Day d : b.days()) {
      ObjectNode o = days.addObject();
      o.put("marketDay", d.day().toString());
      o.put("kind", d.kind());
      o.put("metered", d.metered());
      put(o, "boundValueAddedGbp", d.boundValueAddedGbp());
    }
    ArrayNode skipped = root.putArray("skipped");
    new java.util.TreeMap<>(b.skipped()).forEach((day, reason) ->
        skipped.addObject().put("marketDay", day.toString()).put("reason", reason));
    ArrayNode strategies = root.putArray("strategies");
    for (DashboardBacktest.Strategy s : b.strategies()) {
      ObjectNode o = strategies.addObject();
      o.put("strategy", s.name());
      o.put("value_days", s.valueDays());
      put(o, "value_added_gbp", s.valueAddedGbp());
      put(o, "bound_value_added_gbp", s.boundValueAddedGbp());
      put(o, "bound_share", s.boundShare());
      put(o, "sharpe", s.sharpe());
      put(o, "value_added_max_drawdown_gbp", s.valueAddedMaxDrawdownGbp());
      put(o, "worst_day_gbp", s.worstDayGbp());
      put(o, "hit_rate", s.hitRate());
      o.put("days", s.meteredDays());
      put(o, "pnl_gbp", s.pnlGbp());
      ArrayNode daily = o.putArray("daily_value_added_gbp");
      s.dailyValueAddedGbp().forEach(v -> daily.add(round(v)));
    }
    return root;
  }

  private static void prices(ArrayNode a, List<PriceRow> rows) {
    for (PriceRow p : rows) {
      ObjectNode o = a.addObject();
      o.put("hour", p.hour().value());
      o.put("start", p.interval().start().toString());
      put(o, "forecastGbpPerMWh", p.forecastGbpPerMWh());
      ArrayNode q = o.putArray("quantiles");
      for (Quantile quantile : p.quantiles()) {
        ObjectNode qo = q.addObject();
        qo.put("level", quantile.level());
        put(qo, "gbpPerMWh", quantile.priceGbpPerMWh());
      }
      put(o, "clearingGbpPerMWh", p.clearingGbpPerMWh());
      put(o, "imbalanceGbpPerMWh", p.imbalanceGbpPerMWh());
    }
  }

  private static void energy(ArrayNode a, List<EnergyRow> rows) {
    for (EnergyRow e : rows) {
      ObjectNode o = a.addObject();
      o.put("start", e.interval().start().toString());
      o.put("end", e.interval().end().toString());
      energyValues(o.putObject("forecast"), e.forecast());
      e.actual().ifPresentOrElse(x -> energyValues(o.putObject("actual"), x), () -> o.putNull("actual"));
    }
  }

  private static void energyValues(ObjectNode o, EnergyInterval e) {
    put(o, "windKWh", e.windKWh());
    put(o, "solarKWh", e.solarKWh());
    put(o, "demandKWh", e.demandKWh());
    put(o, "netKWh", e.netKWh());
  }

  private static void weather(ObjectNode o, WeatherForecast w) {
    o.put("source", w.source());
    o.put("issuedAt", w.issuedAt().toString());
    put(o, "windHeightM", w.windMeasurementHeightM());
    ArrayNode samples = o.putArray("samples");
    for (WeatherSample s : w.samples()) {
      ObjectNode so = samples.addObject();
      so.put("start", s.interval().start().toString());
      so.put("end", s.interval().end().toString());
      put(so, "airTemperatureC", s.airTemperatureC());
      put(so, "windSpeedMps", s.windSpeedMps());
      put(so, "ghiWm2", s.ghiWm2());
      put(so, "dniWm2", s.dniWm2());
      put(so, "dhiWm2", s.dhiWm2());
      put(so, "cloudCoverPct", s.cloudCoverPct());
      put(so, "pressureHpa", s.pressureHpa());
      so.put("interpolated", s.interpolated());
    }
  }

  private static void solar(ArrayNode a, List<SolarAngle> angles) {
    for (SolarAngle s : angles) {
      ObjectNode o = a.addObject();
      o.put("time", s.time().toString());
      put(o, "zenithDeg", s.zenithDeg());
      put(o, "azimuthDeg", s.azimuthDeg());
    }
  }

  private static void bids(ArrayNode a, List<BidRow> rows) {
    for (BidRow b : rows) {
      ObjectNode o = a.addObject();
      o.put("hour", b.hour().value());
      o.put("start", b.interval().start().toString());
      if (b.side() == null) {
        o.putNull("side");
      } else {
        o.put("side", b.side().name());
      }
      put(o, "volumeMWh", b.volumeMWh());
      put(o, "limitGbpPerMWh", b.limitGbpPerMWh());
      put(o, "clearingGbpPerMWh", b.clearingGbpPerMWh());
      o.put("fill", lower(b.fill()));
      put(o, "contractedNetMWh", b.contractedNetMWh());
      put(o, "actualNetMWh", b.actualNetMWh());
      put(o, "imbalanceGbpPerMWh", b.imbalanceGbpPerMWh());
      put(o, "dayAheadCashGbp", b.dayAheadCashGbp());
      put(o, "imbalanceCashGbp", b.imbalanceCashGbp());
      put(o, "pnlGbp", b.pnlGbp());
    }
  }

  private static void pnl(ArrayNode a, List<PnlPoint> points) {
    for (PnlPoint p : points) {
      ObjectNode o = a.addObject();
      o.put("hour", p.hour().value());
      put(o, "pnlGbp", p.pnlGbp());
      put(o, "cumulativeGbp", p.cumulativeGbp());
    }
  }

  private static void carbon(ArrayNode a, List<CarbonRow> rows) {
    for (CarbonRow c : rows) {
      ObjectNode o = a.addObject();
      o.put("hour", c.hour().value());
      put(o, "intensityGCo2PerKWh", c.intensityGCo2PerKWh());
      put(o, "generationMWh", c.generationMWh());
      o.put("metered", c.metered());
      put(o, "savedKgCo2", c.savedKgCo2());
    }
  }

  /** A number, or null when unknown (NaN) - JSON has no NaN. */
  private static void put(ObjectNode o, String name, double value) {
    if (Double.isFinite(value)) {
      o.put(name, round(value));
    } else {
      o.putNull(name);
    }
  }

  /** Significant digits every published number keeps (at least; see {@link #round}). */
  static final int SIGNIFICANT_DIGITS = 6;
  /** Decimals every published number keeps at least, so pence and kWh of large totals survive. */
  static final int MIN_DECIMALS = 2;

  /**
   * {@code value} rounded half-up to {@value #SIGNIFICANT_DIGITS} significant digits, but to no fewer than
   * {@value #MIN_DECIMALS} decimals: 4.737000000000001 -> 4.737, 0.16824088999999998 -> 0.168241, -1156.1648109 ->
   * -1156.16, 123456.789 -> 123456.79. Removes float noise without losing what the units can show.
   */
  static double round(double value) {
    if (value == 0 || !Double.isFinite(value)) {
      return value == 0 ? 0.0 : value;
    }
    int integerDigits = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
    int decimals = Math.max(MIN_DECIMALS, SIGNIFICANT_DIGITS - integerDigits);
    double rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    return rounded == 0 ? 0.0 : rounded;
  }

  private static double number(JsonNode n) {
    return n == null || n.isNull() ? Double.NaN : n.asDouble();
  }

  /**
   * The state of an index entry written before {@code state} existed: its status alone cannot tell planned from
   * submitted, and runs published their days with the orders the exchange held, so a forecast day reads as submitted.
   */
  private static DayState olderFileState(DayStatus status) {
    return DayState.of(status, 1);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static void requireSchema(JsonNode root, String schema, String sourceName) {
    if (!root.isObject() || !schema.equals(root.path("schema").asText())) {
      throw new IllegalArgumentException(sourceName + ": not a " + schema + " file (\"schema\" is "
          + root.path("schema") + ")");
    }
    int version = root.path("schemaVersion").asInt(-1);
    if (version != SCHEMA_VERSION) {
      throw new IllegalArgumentException(sourceName + ": schemaVersion " + root.path("schemaVersion")
          + " is not supported; this version of Convergence reads version " + SCHEMA_VERSION);
    }
  }

  private static JsonNode required(JsonNode node, String field, String sourceName) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(sourceName + ": \"" + field + "\" is missing");
    }
    return v;
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write dashboard JSON", e);
    }
  }
}
