package org.convergence.local;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.PriceModels;
import org.convergence.model.data.DailySeries;
import org.convergence.model.data.GbFundamentalsReader;
import org.convergence.model.data.PriceDataReader;
import org.convergence.model.eval.DieboldMariano;
import org.convergence.model.eval.EvaluationReport;
import org.convergence.model.eval.RollingEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./convergence evaluate prices --data FILE --test-from D --test-to D --model lear|gbm|naive-weekly [--json]}:
 * rolling daily recalibration over the test period on an epftoolbox CSV or the GB AIMLAC hourly file.
 */
@Command(name = "prices", mixinStandardHelpOptions = true,
    description = "Evaluate a price model with rolling daily recalibration (no look-ahead): MAE, rMAE (vs weekly "
        + "naive), sMAPE, RMSE.")
public final class EvaluatePricesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, description = "epftoolbox CSV (date-time, price, exogenous...) or "
      + "the GB AIMLAC hourly CSV")
  Path data;

  @Option(names = "--test-from", required = true, description = "first test day (ISO date)")
  LocalDate testFrom;

  @Option(names = "--test-to", required = true, description = "last test day (ISO date)")
  LocalDate testTo;

  @Option(names = "--model", required = true, description = "lear, lear-wide, gbm, naive-weekly, naive-standard, "
      + "lear-scar, lear-wide-scar, the recency-weighted lear-wide-hl91, lear-wide-hl182, lear-wide-hl364, mlp, "
      + "lear-wide-mlp or lear-wide-mlp-weighted")
  String model;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Option(names = "--windows", split = ",", description = "LEAR calibration windows in days (default: 56,84,"
      + "1092,1456 on EPF data; 56,84,364,728 on GB)")
  List<Integer> windows;

  @Option(names = "--ltsc-lambda", description = "lambda of the Hodrick-Prescott long-term seasonal component of "
      + "lear-scar and lear-wide-scar, on daily mean prices (default: 10000)")
  Double ltscLambda;

  @Option(names = "--mlp-members", description = "members of the mlp recipe: a count N (members 0..N-1; default "
      + "4) or a range A..B (members A..B, one part of an ensemble split over processes: the forecasts of 0..3 and "
      + "4..7 average to those of 0..7)")
  String mlpMembers;

  @Option(names = "--fundamentals", description = "GB only: day-ahead fundamentals as exogenous inputs, in the "
      + "layout of joshgowdyprog/GB-energy-trading's forecast_features.csv (';'-separated, names and units rows, "
      + "hours in UK local time); the LEAR recipes and mlp take each named series at D, D-1 and D-7, gbm the first "
      + "two at D. Needs --fundamentals-series")
  Path fundamentals;

  @Option(names = "--fundamentals-series", split = ",", description = "the columns of --fundamentals to use, "
      + "e.g. previous_day_ahead_price or demand,long_term_wind")
  List<String> fundamentalsSeries;

  @Option(names = "--recalibrate-every", defaultValue = "0", description = "days between recalibrations "
      + "(default: 1 for lear, 7 for gbm)")
  int recalibrateEvery;

  @Option(names = "--warm-up", defaultValue = "28", description = "days forecast before the test period (not "
      + "scored) to fill the residual memory of the quantiles")
  int warmUp;

  @Option(names = "--as-of", defaultValue = "08:30", description = "GB only: the run's UTC time on D-1 (at or "
      + "before the 09:00Z gate; the shipped schedule.run_at is 08:30): the hours of D-1 delivered by then are known "
      + "(9 at 08:30)")
  java.time.LocalTime asOf;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads (hours in parallel)")
  int threads;

  @Option(names = "--compare-with", description = "a second model (e.g. naive-weekly) evaluated on the same days; "
      + "prints its metrics and the Diebold-Mariano test (not with --json)")
  String compareWith;

  @Option(names = "--forecasts-out", description = "write every forecast (day, hour, actual, point, q10, q50, "
      + "q90) to this CSV")
  Path forecastsOut;

  @Override
  public Integer call() throws IOException {
    UsageErrors.checkRange(spec.commandLine(), "--test-from", testFrom, "--test-to", testTo);
    for (String[] option : new String[][] {{"--model", model}, {"--compare-with", compareWith}}) {
      if (option[1] != null && !PriceModels.NAMES.contains(option[1])) {
        throw new CommandLine.ParameterException(spec.commandLine(), option[0] + ": unknown model '" + option[1]
            + "'; choose one of " + PriceModels.NAMES);
      }
    }
    if (!Files.isRegularFile(data)) {
      throw new UserFacingException("data file not found: " + data);
    }
    DailySeries series = PriceDataReader.read(data);
    if (testTo.isBefore(series.firstDay()) || testFrom.isAfter(series.lastDay())) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("nothing scored: %s holds %s..%s; the test period %s..%s has no day of it%n", data,
          series.firstDay(), series.lastDay(), testFrom, testTo);
      err.flush();
      return ExitCode.NOTHING_DONE.code();
    }
    MarketProfile market;
    try {
      market = MarketProfile.of(series, asOf);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--as-of: " + e.getMessage());
    }
    if ((fundamentals == null) != (fundamentalsSeries == null || fundamentalsSeries.isEmpty())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--fundamentals and --fundamentals-series go "
          + "together");
    }
    if (fundamentals != null) {
      series = withFundamentals(series);
    }
    if (windows != null && !windows.isEmpty()) {
      market = market.withLearWindows(windows);
    }
    if (ltscLambda != null) {
      try {
        market = market.withSeasonalFilter(new org.convergence.model.ltsc.HodrickPrescott(ltscLambda));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--ltsc-lambda: " + e.getMessage());
      }
    }
    if (mlpMembers != null) {
      market = withMlpMembers(market, mlpMembers);
    }
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      PriceModelTrainer trainer = PriceModels.trainer(model, market, pool);
      int every = recalibrateEvery > 0 ? recalibrateEvery : PriceModels.defaultRecalibrationEveryDays(model);
      RollingEvaluation.Options options = RollingEvaluation.Options.daily().withWarmUp(warmUp)
          .withRecalibrationEvery(every);
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter csv = forecastsOut == null ? null : new PrintWriter(Files.newBufferedWriter(forecastsOut));
      if (csv != null) {
        csv.println(EvaluationReport.FORECASTS_HEADER);
      }
      RollingEvaluation.Result r = PriceModels.evaluate(series, trainer, testFrom, testTo, options, p -> {
        if (csv != null && p.scored()) {
          csv.print(EvaluationReport.forecastRows(p.forecast(), p.actual()));
        }
        if (p.done() % 28 == 0 || p.done() == p.total()) { // on stderr, so that --json leaves stdout pure JSON
          err.printf(Locale.ROOT, "%s  %d/%d days  %.0f s%n", p.day(), p.done(), p.total(), p.elapsedSeconds());
          err.flush();
        }
      });
      if (csv != null) {
        csv.close();
      }
      print(r);
      if (compareWith != null && !json) {
        PriceModelTrainer other = PriceModels.trainer(compareWith, market, pool);
        RollingEvaluation.Result o = PriceModels.evaluate(series, other, testFrom, testTo, options, p -> { });
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: MAE %.3f, rMAE %.3f, sMAPE %.2f %%, RMSE %.3f%n", compareWith,
            o.metrics().mae(), o.metrics().rmae(), o.metrics().smapePercent(), o.metrics().rmse());
        DieboldMariano.Result dm = DieboldMariano.multivariate(r.actualByDayHour(), o.pointByDayHour(),
            r.pointByDayHour(), 1);
        out.printf(Locale.ROOT, "Diebold-Mariano (multivariate, |e|): DM = %.3f, p = %.4f that %s is not more "
            + "accurate than %s%n", dm.statistic(), dm.pValue(), model, compareWith);
        out.flush();
      }
      return 0;
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), e);
    } finally {
      pool.shutdown();
    }
  }

  /** The GB series with the named fundamentals as its exogenous series; the market stays GB's gate set-up. */
  private DailySeries withFundamentals(DailySeries series) throws IOException {
    if (series.exogenousCount() > 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--fundamentals: for the GB AIMLAC hourly file "
          + "only; " + data + " has its own exogenous series " + series.exogenousNames());
    }
    if (!Files.isRegularFile(fundamentals)) {
      throw new UserFacingException("fundamentals file not found: " + fundamentals);
    }
    GbFundamentalsReader.Attached a = GbFundamentalsReader.attach(fundamentals, fundamentalsSeries, series);
    if (a.notNumbers() > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("warning: %s: %d cells of %s are not numbers and are read as missing (first: %s)%n", fundamentals,
          a.notNumbers(), fundamentalsSeries, a.firstNotNumber());
      err.flush();
    }
    return a.series();
  }

  private static final Pattern MEMBERS = Pattern.compile("(\\d{1,4})(?:\\.\\.(\\d{1,4}))?");

  private MarketProfile withMlpMembers(MarketProfile market, String members) {
    Matcher m = MEMBERS.matcher(members.trim());
    boolean range = m.matches() && m.group(2) != null;
    int first = range ? Integer.parseInt(m.group(1)) : 0;
    int count = !m.matches() ? 0 : range ? Integer.parseInt(m.group(2)) - first + 1 : Integer.parseInt(m.group(1));
    if (count < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--mlp-members: give a count N >= 1 or a range "
          + "A..B with A <= B, not '" + members + "'");
    }
    return market.withMlpMembers(first, count);
  }

  private void print(RollingEvaluation.Result r) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(EvaluationReport.json(model, r));
    } else {
      out.print(EvaluationReport.table(model, r));
    }
    out.flush();
  }
}
