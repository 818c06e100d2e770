package org.convergence.persistence;

import static org.convergence.persistence.Columns.getInstant;
import static org.convergence.persistence.Columns.getMaybeMissing;
import static org.convergence.persistence.Columns.setDay;
import static org.convergence.persistence.Columns.setInstant;
import static org.convergence.persistence.Columns.setMaybeMissing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.Quantile;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;

/** Weather, energy and price forecast tables. */
final class ForecastRepository {
  private ForecastRepository() {}

  // ---- weather

  static void saveWeather(Connection c, MarketDay day, WeatherForecast f) throws SQLException {
    Columns.deleteDay(c, day, "weather_samples", "weather_forecasts");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO weather_forecasts (market_day, source, issued_at,"
        + " wind_measurement_height_m) VALUES (?, ?, ?, ?)")) {
      setDay(ps, 1, day);
      ps.setString(2, f.source());
      setInstant(ps, 3, f.issuedAt());
      ps.setDouble(4, f.windMeasurementHeightM());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO weather_samples (market_day, interval_start,"
        + " interval_end, air_temperature_c, wind_speed_mps, ghi_wm2, dni_wm2, dhi_wm2, cloud_cover_pct,"
        + " pressure_hpa, interpolated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (WeatherSample s : f.samples()) {
        setDay(ps, 1, day);
        setInstant(ps, 2, s.interval().start());
        setInstant(ps, 3, s.interval().end());
        setMaybeMissing(ps, 4, s.airTemperatureC());
        setMaybeMissing(ps, 5, s.windSpeedMps());
        setMaybeMissing(ps, 6, s.ghiWm2());
        setMaybeMissing(ps, 7, s.dniWm2());
        setMaybeMissing(ps, 8, s.dhiWm2());
        setMaybeMissing(ps, 9, s.cloudCoverPct());
        setMaybeMissing(ps, 10, s.pressureHpa());
        ps.setBoolean(11, s.interpolated());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static Optional<WeatherForecast> findWeather(Connection c, MarketDay day) throws SQLException {
    String source;
    java.time.Instant issuedAt;
    double heightM;
    try (PreparedStatement ps = c.prepareStatement("SELECT source, issued_at, wind_measurement_height_m"
        + " FROM weather_forecasts WHERE market_day = ?")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        source = rs.getString("source");
        issuedAt = getInstant(rs, "issued_at");
        heightM = rs.getDouble("wind_measurement_height_m");
      }
    }
    List<WeatherSample> samples = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT interval_start, interval_end, air_temperature_c,"
        + " wind_speed_mps, ghi_wm2, dni_wm2, dhi_wm2, cloud_cover_pct, pressure_hpa, interpolated"
        + " FROM weather_samples WHERE market_day = ? ORDER BY interval_start")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          samples.add(new WeatherSample(new Interval(getInstant(rs, "interval_start"), getInstant(rs, "interval_end")),
              getMaybeMissing(rs, "air_temperature_c"), getMaybeMissing(rs, "wind_speed_mps"),
              getMaybeMissing(rs, "ghi_wm2"), getMaybeMissing(rs, "dni_wm2"), getMaybeMissing(rs, "dhi_wm2"),
              getMaybeMissing(rs, "cloud_cover_pct"), getMaybeMissing(rs, "pressure_hpa"),
              rs.getBoolean("interpolated")));
        }
      }
    }
    return Optional.of(new WeatherForecast(source, issuedAt, heightM, samples));
  }

  // ---- energy

  static void saveEnergy(Connection c, EnergyForecast f) throws SQLException {
    MarketDay day = f.day();
    Columns.deleteDay(c, day, "energy_forecast_intervals", "energy_forecast_warnings", "energy_forecasts");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO energy_forecasts (market_day) VALUES (?)")) {
      setDay(ps, 1, day);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO energy_forecast_warnings (market_day, seq, warning_text) VALUES (?, ?, ?)")) {
      for (int i = 0; i < f.warnings().size(); i++) {
        setDay(ps, 1, day);
        ps.setInt(2, i);
        ps.setString(3, f.warnings().get(i));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO energy_forecast_intervals (market_day,"
        + " interval_start, interval_end, wind_kwh, solar_kwh, demand_kwh, net_kwh) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (EnergyInterval e : f.halfHours()) {
        setDay(ps, 1, day);
        setInstant(ps, 2, e.interval().start());
        setInstant(ps, 3, e.interval().end());
        ps.setDouble(4, e.windKWh());
        ps.setDouble(5, e.solarKWh());
        ps.setDouble(6, e.demandKWh());
        ps.setDouble(7, e.netKWh());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static Optional<EnergyForecast> findEnergy(Connection c, MarketDay day) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT market_day FROM energy_forecasts WHERE market_day = ?")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT warning_text FROM energy_forecast_warnings WHERE market_day = ? ORDER BY seq")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          warnings.add(rs.getString(1));
        }
      }
    }
    List<EnergyInterval> halfHours = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT interval_start, interval_end, wind_kwh, solar_kwh,"
        + " demand_kwh FROM energy_forecast_intervals WHERE market_day = ? ORDER BY interval_start")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          halfHours.add(new EnergyInterval(new Interval(getInstant(rs, "interval_start"),
              getInstant(rs, "interval_end")), rs.getDouble("wind_kwh"), rs.getDouble("solar_kwh"),
              rs.getDouble("demand_kwh")));
        }
      }
    }
    return Optional.of(new EnergyForecast(day, halfHours, warnings));
  }

  // ---- prices

  static void savePrices(Connection c, PriceForecast f) throws SQLException {
    MarketDay day = f.day();
    Columns.deleteDay(c, day, "price_forecast_quantiles", "price_forecast_hours", "price_forecasts");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO price_forecasts (market_day, model_id) VALUES (?, ?)")) {
      setDay(ps, 1, day);
      ps.setString(2, f.modelId());
      ps.executeUpdate();
    }
    try (PreparedStatement hours = c.prepareStatement("INSERT INTO price_forecast_hours (market_day, hour_id,"
            + " point_gbp_per_mwh) VALUES (?, ?, ?)");
        PreparedStatement quantiles = c.prepareStatement("INSERT INTO price_forecast_quantiles (market_day, hour_id,"
            + " quantile_level, price_gbp_per_mwh) VALUES (?, ?, ?, ?)")) {
      for (HourPriceForecast h : f.hours()) {
        setDay(hours, 1, day);
        hours.setInt(2, h.hour().value());
        hours.setDouble(3, h.pointGbpPerMWh());
        hours.addBatch();
        for (Quantile q : h.quantiles()) {
          setDay(quantiles, 1, day);
          quantiles.setInt(2, h.hour().value());
          quantiles.setDouble(3, q.level());
          quantiles.setDouble(4, q.priceGbpPerMWh());
          quantiles.addBatch();
        }
      }
      hours.executeBatch();
      quantiles.executeBatch();
    }
  }

  static Optional<PriceForecast> findPrices(Connection c, MarketDay day) throws SQLException {
    String modelId;
    try (PreparedStatement ps = c.prepareStatement("SELECT model_id FROM price_forecasts WHERE market_day = ?")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        modelId = rs.getString(1);
      }
    }
    List<List<Quantile>> quantiles = new ArrayList<>();
    for (int i = 0; i < HourId.LAST; i++) {
      quantiles.add(new ArrayList<>());
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT hour_id, quantile_level, price_gbp_per_mwh"
        + " FROM price_forecast_quantiles WHERE market_day = ? ORDER BY hour_id, quantile_level")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          quantiles.get(HourId.of(rs.getInt(1)).index()).add(new Quantile(rs.getDouble(2), rs.getDouble(3)));
        }
      }
    }
    List<HourPriceForecast> hours = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT hour_id, point_gbp_per_mwh FROM price_forecast_hours"
        + " WHERE market_day = ? ORDER BY hour_id")) {
      setDay(ps, 1, day);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          HourId hour = HourId.of(rs.getInt(1));
          hours.add(new HourPriceForecast(hour, rs.getDouble(2), quantiles.get(hour.index())));
        }
      }
    }
    return Optional.of(new PriceForecast(day, modelId, hours));
  }
}
