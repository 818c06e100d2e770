package org.convergence.local.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import net.e175.klaus.solarpositioning.DeltaT;
import net.e175.klaus.solarpositioning.SPA;
import net.e175.klaus.solarpositioning.SolarPosition;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convergence.connectors.dashboard.FileSystemDashboardPublisher;
import org.convergence.core.dashboard.CarbonIntensity;
import org.convergence.core.dashboard.DashboardDay;
import org.convergence.core.dashboard.MeteredEnergy;
import org.convergence.core.dashboard.SolarAngle;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.market.GridConnection;
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
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;

/**
 * Builds the dashboard test fixture (two real market days, 2022-03-22 and 2022-03-23) from the recorded data slices
 * in {@code src/test/resources/dashboard-fixture/source/} and publishes it with {@link FileSystemDashboardPublisher}.
 * Until the daily run exists, the forecasts and orders are simple, stated baselines (see the README beside the
 * fixture); every price, reading, weather value and carbon intensity is real.
 *
 * <p>Regenerate: {@code ./mvnw -B -q -o -pl convergence-local-runner -am test-compile} then run this class's
 * {@code main} with the fixture's data directory (the test {@code DashboardFixtureTest} fails when they differ).
 */
public final class DashboardFixture {
  public static final List<MarketDay> DAYS = List.of(MarketDay.of(2022, 3, 22), MarketDay.of(2022, 3, 23));
  static final String SITE = "AIMLAC HQ, Llanwrtyd Wells";
  static final double LAT = 52.1051;
  static final double LON = -3.6680;
  static final double ELEVATION_M = 250;
  static final GridConnection GRID = new GridConnection(1.0, 1.0);
  static final double[] LEVELS = {0.1, 0.25, 0.5, 0.75, 0.9};
  static final int RESIDUAL_DAYS = 14;

  private static final String SOURCE = "/dashboard-fixture/source/";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private DashboardFixture() {}

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0]
        : "convergence-local-runner/src/test/resources/dashboard-fixture/data");
    publish(out);
    System.out.println("published " + DAYS + " to " + out.toAbsolutePath());
  }

  /** Publishes both fixture days into {@code dataDir}. */
  public static void publish(Path dataDir) {
    FileSystemDashboardPublisher publisher = new FileSystemDashboardPublisher(dataDir, SITE);
    Sources s = Sources.read();
    for (MarketDay day : DAYS) {
      publisher.publish(day(day, s));
    }
  }

  static DashboardDay day(MarketDay day, Sources s) {
    PriceForecast prices = naivePriceForecast(day, s.clearing);
    EnergyForecast energy = persistenceEnergyForecast(day, s.readings);
    OrderSet orders = orders(day, prices, energy);
    return DashboardDay.builder(SITE, day.deliveryEnd().plus(Duration.ofHours(1)), prices, energy, orders)
        .weather(weather(day, s))
        .solarAngles(day.halfHours().stream().map(i -> solarAngle(i.midpoint())).toList())
        .clearingPrices(s.clearing.getOrDefault(day, List.of()))
        .imbalancePrices(s.imbalance.getOrDefault(day, List.of()))
        .siteReadings(s.readings)
        .carbonIntensity(s.carbon)
        .warning("Test fixture: forecasts and orders are naive baselines (see dashboard-fixture/README.md);"
            + " prices, metered energy, weather and carbon intensity are recorded data.")
        .build();
  }

  /** Point: yesterday's clearing price of the hour. Quantiles: point + empirical quantiles of day-on-day changes. */
  static PriceForecast naivePriceForecast(MarketDay day, Map<MarketDay, List<HourPrice>> clearing) {
    List<Double> changes = new ArrayList<>();
    for (int back = 1; back <= RESIDUAL_DAYS; back++) {
      List<HourPrice> d = clearing.get(day.minusDays(back));
      List<HourPrice> before = clearing.get(day.minusDays(back + 1));
      for (int h = 0; h < 24; h++) {
        changes.add(d.get(h).priceGbpPerMWh() - before.get(h).priceGbpPerMWh());
      }
    }
    double[] sorted = changes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    List<HourPriceForecast> hours = new ArrayList<>();
    List<HourPrice> yesterday = clearing.get(day.previous());
    for (HourId h : HourId.all()) {
      double point = yesterday.get(h.index()).priceGbpPerMWh();
      List<Quantile> qs = Arrays.stream(LEVELS).mapToObj(l -> new Quantile(l, round2(point + quantile(sorted, l))))
          .toList();
      hours.add(new HourPriceForecast(h, point, qs));
    }
    return new PriceForecast(day, "fixture-naive-d-1+" + RESIDUAL_DAYS + "d-residual-quantiles", hours);
  }

  /** Each half-hour as metered at the same time the day before (the nearest metered half-hour when missing). */
  static EnergyForecast persistenceEnergyForecast(MarketDay day, List<SiteReading> readings) {
    List<Interval> yesterday = day.previous().halfHours();
    List<Optional<EnergyInterval>> metered = MeteredEnergy.over(yesterday, readings);
    List<EnergyInterval> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Interval> today = day.halfHours();
    for (int i = 0; i < today.size(); i++) {
      int found = -1;
      for (int d = 0; d < today.size() && found < 0; d++) {
        if (i - d >= 0 && metered.get(i - d).isPresent()) {
          found = i - d;
        } else if (i + d < today.size() && metered.get(i + d).isPresent()) {
          found = i + d;
        }
      }
      if (found < 0) {
        throw new IllegalStateException("no metered half-hour on " + day.previous());
      }
      if (found != i) {
        warnings.add("energy forecast " + today.get(i).start() + ": no reading at " + yesterday.get(i).start()
            + ", used " + yesterday.get(found).start());
      }
      EnergyInterval e = metered.get(found).get();
      out.add(new EnergyInterval(today.get(i), e.windKWh(), e.solarKWh(), e.demandKWh()));
    }
    return new EnergyForecast(day, out, warnings);
  }

  /** One order per hour: SELL a forecast surplus at the 25 % price quantile, BUY a deficit at the 75 % quantile. */
  static OrderSet orders(MarketDay day, PriceForecast prices, EnergyForecast energy) {
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      double net = energy.netMWh(h);
      Side side = net >= 0 ? Side.SELL : Side.BUY;
      double volume = Math.round(GRID.cap(side, Math.abs(net)) * 1000) / 1000.0;
      if (volume <= 0) {
        continue;
      }
      double limit = round2(prices.hour(h).quantile(side == Side.SELL ? 0.25 : 0.75));
      orders.add(new Order(day, h, side, volume, limit));
    }
    return new OrderSet(day, orders);
  }

  /**
   * Half-hourly weather at the half-hour midpoints: temperature, wind speed and pressure interpolated between the
   * Met Office hourly spot values; cloud cover from the nearest OpenWeather snapshot. Neither source has irradiance,
   * so GHI is modelled: Haurwitz clear-sky GHI reduced by cloud cover (Kasten and Czeplak 1980), split into DHI and
   * DNI with the Erbs et al. (1982) diffuse fraction.
   */
  static WeatherForecast weather(MarketDay day, Sources s) {
    List<WeatherSample> samples = new ArrayList<>();
    for (Interval i : day.halfHours()) {
      Instant mid = i.midpoint();
      double temperature = s.metOffice.interpolate(mid, "screenTemperature");
      double wind = s.metOffice.interpolate(mid, "windSpeed10m");
      double pressureHpa = s.metOffice.interpolate(mid, "mslp") / 100.0;
      double cloudPct = s.cloudCoverAt(mid);
      double zenith = solarAngle(mid).zenithDeg();
      double[] irr = irradiance(zenith, cloudPct, mid);
      samples.add(new WeatherSample(i, round2(temperature), round2(wind), irr[0], irr[1], irr[2], cloudPct,
          round2(pressureHpa), true));
    }
    Instant issued = day.gateClosure().minus(Duration.ofHours(1));
    return new WeatherForecast("metoffice-spot+openweather-clouds (fixture)", issued, 10.0, samples);
  }

  /** {GHI, DNI, DHI} in W/m2, rounded to 0.1. */
  static double[] irradiance(double zenithDeg, double cloudPct, Instant t) {
    double cosZ = Math.cos(Math.toRadians(zenithDeg));
    if (cosZ <= 0.01) {
      return new double[] {0, 0, 0};
    }
    double clear = 1098 * cosZ * Math.exp(-0.057 / cosZ);
    double ghi = clear * (1 - 0.75 * Math.pow(cloudPct / 100.0, 3.4));
    int dayOfYear = t.atOffset(ZoneOffset.UTC).getDayOfYear();
    double extraterrestrial = 1367 * (1 + 0.033 * Math.cos(2 * Math.PI * dayOfYear / 365.0));
    double kt = Math.min(1, ghi / (extraterrestrial * cosZ));
    double diffuseFraction = kt <= 0.22 ? 1 - 0.09 * kt
        : kt <= 0.8 ? 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * Math.pow(kt, 3) + 12.336 * Math.pow(kt, 4)
        : 0.165;
    double dhi = ghi * diffuseFraction;
    double dni = zenithDeg > 87 ? 0 : (ghi - dhi) / cosZ;
    return new double[] {round1(ghi), round1(Math.max(0, dni)), round1(dhi)};
  }

  static SolarAngle solarAngle(Instant t) {
    var time = t.atZone(ZoneOffset.UTC);
    SolarPosition p = SPA.calculateSolarPosition(time, LAT, LON, ELEVATION_M, DeltaT.estimate(time.toLocalDate()),
        1013, 10);
    return new SolarAngle(t, round2(p.zenithAngle()), round2(p.azimuth()));
  }

  private static double quantile(double[] sorted, double level) {
    double pos = level * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** The recorded slices, parsed. */
  static final class Sources {
    final Map<MarketDay, List<HourPrice>> clearing = new TreeMap<>();
    final Map<MarketDay, List<HourPrice>> imbalance = new TreeMap<>();
    final List<SiteReading> readings = new ArrayList<>();
    final List<CarbonIntensity> carbon = new ArrayList<>();
    final Hourly metOffice = new Hourly();
    final TreeMap<Instant, Double> clouds = new TreeMap<>();

    static Sources read() {
      Sources s = new Sources();
      csv("elexon_mid_apxmidp_hourly_aimlac.csv", r -> {
        MarketDay d = MarketDay.parse(r.get("aimlac_market_date"));
        s.clearing.computeIfAbsent(d, k -> new ArrayList<>()).add(new HourPrice(d,
            HourId.of(Integer.parseInt(r.get("aimlac_hour_id"))), Double.parseDouble(r.get("price_mean_gbp_per_mwh"))));
      });
      csv("gb_da_auctions_and_system_price_hourly.csv", r -> {
        MarketDay d = MarketDay.parse(r.get("aimlac_market_date"));
        s.imbalance.computeIfAbsent(d, k -> new ArrayList<>()).add(new HourPrice(d,
            HourId.of(Integer.parseInt(r.get("aimlac_hour_id"))), Double.parseDouble(r.get("system_price_gbp_per_mwh"))));
      });
      csv("energy_onsite.csv", r -> {
        double windW = 0;
        for (String t : List.of("wind1", "wind2", "wind3", "wind4", "windA", "windB")) {
          windW += Double.parseDouble(r.get(t));
        }
        s.readings.add(new SiteReading(utc(r.get("time")), windW / 1000, Double.parseDouble(r.get("solar")) / 1000,
            -Double.parseDouble(r.get("hq_power")) / 1000, -Double.parseDouble(r.get("computing_center")) / 1000,
            Double.parseDouble(r.get("hq_temperature"))));
      });
      csv("gb_carbon_intensity_hourly.csv", r -> s.carbon.add(new CarbonIntensity(
          Interval.of(Instant.parse(r.get("hour_start_utc").replace("Z", ":00Z")), Duration.ofHours(1)),
          Double.parseDouble(r.get("carbon_intensity_gco2_per_kwh")))));
      csv("metoffice_spot.csv", r -> s.metOffice.add(utc(r.get("time")), r.toMap()));
      csv("openweather_data.csv", r -> s.clouds.put(utc(r.get("time")), Double.parseDouble(r.get("clouds"))));
      s.clearing.values().forEach(l -> {
        if (l.size() != 24) {
          throw new IllegalStateException("fixture source has " + l.size() + " clearing prices for "
              + l.get(0).day());
        }
      });
      return s;
    }

    double cloudCoverAt(Instant t) {
      var before = clouds.floorEntry(t);
      var after = clouds.ceilingEntry(t);
      var nearest = before == null ? after : after == null ? before
          : Duration.between(before.getKey(), t).compareTo(Duration.between(t, after.getKey())) <= 0 ? before : after;
      if (nearest == null || Duration.between(nearest.getKey(), t).abs().toMinutes() > 90) {
        return Double.NaN;
      }
      return nearest.getValue();
    }

    private static Instant utc(String local) {
      return LocalDateTime.parse(local, LOCAL).toInstant(ZoneOffset.UTC);
    }

    private static void csv(String name, Consumer<CSVRecord> each) {
      try (InputStream in = DashboardFixture.class.getResourceAsStream(SOURCE + name)) {
        if (in == null) {
          throw new IllegalStateException("fixture source " + SOURCE + name + " is missing");
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).forEach(each);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Hourly values by column, interpolated linearly in time. */
  static final class Hourly {
    private final TreeMap<Instant, Map<String, String>> rows = new TreeMap<>();

    void add(Instant t, Map<String, String> row) {
      rows.put(t, row);
    }

    double interpolate(Instant t, String column) {
      var a = rows.floorEntry(t);
      var b = rows.ceilingEntry(t);
      if (a == null || b == null) {
        throw new IllegalStateException("no Met Office values around " + t);
      }
      double va = Double.parseDouble(a.getValue().get(column));
      double vb = Double.parseDouble(b.getValue().get(column));
      if (a.getKey().equals(b.getKey())) {
        return va;
      }
      double w = (double) Duration.between(a.getKey(), t).toSeconds()
          / Duration.between(a.getKey(), b.getKey()).toSeconds();
      return va + w * (vb - va);
    }
  }
}
