package org.convergence.connectors.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.weather.MetOfficeSpotReplay;
import org.convergence.connectors.weather.WeatherSources;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.run.EnergyModel;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.weather.WeatherFallbackChain;

/**
 * The backtest of settings.yaml on recorded data, the one wiring the local runner's {@code backtest} and the Beam
 * sweep share: readings, weather and prices from the given paths, else the settings' paths, else the bundled copies,
 * an in-process exchange per strategy and day, the site's energy model and the planning time of
 * {@code schedule.run_at}. The price and spread forecasters are given (they live in convergence-model, which this
 * module may not depend on; the runners build them with {@code ModelPriceForecaster.gb} and
 * {@code ModelSpreadForecaster.withDefaults}).
 */
public final class BacktestWiring {
  /** The key of the in-process exchange of replay mode and of the backtest (it never leaves the process). */
  public static final String REPLAY_KEY = "replay";

  private BacktestWiring() {}

  /** A backtest and, for its report, the data that serve it (each a source and its coverage). */
  public record BacktestData(Backtest backtest, String readings, String weather, String prices) {}

  /**
   * The recorded data a backtest replays, read once (a sweep's worker keeps it for every configuration it runs) and
   * a description of each source for the report.
   */
  public record RecordedData(InMemoryPriceHistory prices, MetOfficeSpotReplay weather, List<SiteReading> readings,
      String pricesSource, String weatherSource, String readingsSource) {}

  /**
   * The backtest of settings {@code s} on the given data, else the settings' paths, else the bundled copies (see
   * {@link #load}), with the price and spread forecasters given.
   */
  public static BacktestData backtest(ConvergenceSettings s, Optional<Path> readingsPath, Optional<Path> weatherPath,
      List<Path> pricePaths, PriceForecaster forecaster, SpreadForecaster spread) {
    return backtest(s, load(s, readingsPath, weatherPath, pricePaths), forecaster, spread);
  }

  /**
   * The backtest of settings {@code s} (site, grid, planning time) on data read before. Each call builds its own
   * backtest (a backtest's forecast-error cache is not shared between threads); the data are shared read-only.
   */
  public static BacktestData backtest(ConvergenceSettings s, RecordedData data, PriceForecaster forecaster,
      SpreadForecaster spread) {
    InMemoryPriceHistory recorded = data.prices();
    WeatherFallbackChain chain = new WeatherFallbackChain(List.of(
        data.weather().atElevation(s.site().location().elevationM())));
    // each day's correction learnt from the readings metered by that day's planning time (the clock is later)
    EnergyModel energy = LiveRun.energyModel(s, chain, SiteReadings.of(data.readings()), Clock.systemUTC());
    Backtest backtest = new Backtest(chain, energy, forecaster, recorded, SiteReadings.of(data.readings()),
        s.site().grid(), clock -> new SimulatedExchange(clock, recorded, List.of(REPLAY_KEY)).forKey(REPLAY_KEY))
        .planningAt(s.schedule().planning())
        .withSpreadForecaster(spread);
    return new BacktestData(backtest, data.readingsSource(), data.weatherSource(), data.pricesSource());
  }

  /**
   * Reads the data of a backtest: the given paths, else the settings' paths, else the bundled copies: readings ({@code --readings},
   * {@code site.readings_file}), weather ({@code --weather}, {@code weather.replay_dir}) and prices ({@code
   * --prices}, {@code exchange.prices_file}). Bad data is a {@link BadDataException} naming the option or key.
   */
  public static RecordedData load(ConvergenceSettings s, Optional<Path> readingsPath, Optional<Path> weatherPath,
      List<Path> pricePaths) {
    String pricesFrom;
    InMemoryPriceHistory recorded;
    if (!pricePaths.isEmpty()) {
      recorded = loadPrices("--prices", pricePaths);
      pricesFrom = "--prices " + String.join(", ", pricePaths.stream().map(Path::toString).toList());
    } else {
      recorded = recordedPrices(s);
      pricesFrom = s.exchange().pricesFile().isEmpty() ? GbPriceFiles.BUNDLED_DESCRIPTION
          : "exchange.prices_file " + s.exchange().pricesFile();
    }
    String prices = pricesFrom + ": " + recorded.clearingHourCount() + " clearing hours ("
        + recorded.firstClearingDay().map(Object::toString).orElse("-") + " .. "
        + recorded.lastClearingDay().map(Object::toString).orElse("-") + "), " + recorded.imbalanceHourCount()
        + " imbalance hours";

    String weatherKey = weatherPath.isPresent() ? "--weather" : "weather.replay_dir";
    String weatherDir = weatherPath.map(Path::toString).orElse(s.weather().replayDir());
    MetOfficeSpotReplay recording;
    try {
      recording = WeatherSources.replay(weatherDir);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new BadDataException(weatherKey + ": " + e.getMessage(), e);
    }
    List<org.convergence.core.time.MarketDay> covered = recording.coveredDays();
    String weather = (weatherDir.isBlank() ? "bundled AIMLAC Met Office recording (metoffice_spot.csv)"
        : weatherKey + " " + weatherDir) + ": " + covered.size() + " market days"
        + (covered.isEmpty() ? "" : " (" + covered.get(0) + " .. " + covered.get(covered.size() - 1) + ")")
        + "; other days: demand-only profile";

    String readingsKey = readingsPath.isPresent() ? "--readings" : "site.readings_file";
    String readingsFile = readingsPath.map(Path::toString).orElse(s.siteReadingsFile());
    List<SiteReading> rows;
    try {
      rows = readingsFile.isBlank() ? EnergyOnsiteReader.bundled() : EnergyOnsiteReader.load(Path.of(readingsFile));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new BadDataException(readingsKey + ": " + e.getMessage(), e);
    }
    String readings = (readingsFile.isBlank() ? "bundled AIMLAC readings (energy_onsite.csv)"
        : readingsKey + " " + readingsFile) + ": " + rows.size() + " readings"
        + (rows.isEmpty() ? "" : " (" + rows.get(0).time() + " .. " + rows.get(rows.size() - 1).time() + ")");

    return new RecordedData(recorded, recording, rows, prices, weather, readings);
  }

  /** The recorded prices of {@code exchange.prices_file}, else the bundled GB prices. */
  public static InMemoryPriceHistory recordedPrices(ConvergenceSettings s) {
    return s.exchange().pricesFile().isEmpty() ? GbPriceFiles.bundled()
        : loadPrices("exchange.prices_file", List.of(Path.of(s.exchange().pricesFile())));
  }

  /** Price files or folders; a bad one is a {@link BadDataException} naming {@code key}. */
  public static InMemoryPriceHistory loadPrices(String key, List<Path> paths) {
    try {
      return GbPriceFiles.load(paths);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new BadDataException(key + ": " + e.getMessage(), e);
    }
  }
}
