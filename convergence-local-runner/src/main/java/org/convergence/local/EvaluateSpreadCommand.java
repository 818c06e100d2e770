package org.convergence.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.core.market.GridConnection;
import org.convergence.core.price.EmpiricalSpreadForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.strategy.EvStrategy;
import org.convergence.core.strategy.RiskBudget;
import org.convergence.model.eval.SpreadEvaluation;
import org.convergence.model.spread.ModelSpreadForecaster;
import org.convergence.model.spread.SpreadHyper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./convergence evaluate spread --prices FILE --prices FILE --from D --to D [--json]}: the spread model beside
 * the trailing-7/14/28 baselines over a period (see {@link SpreadEvaluation}), and the {@code ev} strategy on the
 * spread model's scenarios, price-only on a {@code --grid-mw} connection.
 */
@Command(name = "spread", mixinStandardHelpOptions = true,
    description = "Evaluate the spread model beside the trailing baselines (no look-ahead): MAE, pinball loss, sign "
        + "hit rate, value-added share of the 1-MWh sign rule and of the ev strategy.")
public final class EvaluateSpreadCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--prices", required = true, description = "clearing and imbalance price files or folders (as "
      + "exchange takes them), repeatable")
  List<Path> prices;

  @Option(names = "--from", required = true, description = "first market day (ISO date)")
  LocalDate from;

  @Option(names = "--to", required = true, description = "last market day (ISO date)")
  LocalDate to;

  @Option(names = "--json", description = "print a JSON array, one object per forecaster")
  boolean json;

  @Option(names = "--grid-mw", defaultValue = "1.0", description = "grid cap each way, MW (default ${DEFAULT-VALUE})")
  double gridMw;

  @Option(names = "--baselines", defaultValue = "true", negatable = true,
      description = "also evaluate the trailing-7/14/28 baselines (default ${DEFAULT-VALUE})")
  boolean baselines;

  @Option(names = "--window-days", description = "spread model calibration window (default from the code)")
  Integer windowDays;

  @Option(names = "--regressor", description = "spread model regressor: lasso or gbm")
  String regressor;

  @Option(names = "--clip", description = "spread model target clip quantile (0 = none)")
  Double clip;

  @Option(names = "--loss", description = "spread model gbm loss: ls, lad or huber")
  String loss;

  @Option(names = "--trees", description = "boosting trees")
  Integer trees;

  @Option(names = "--shrinkage", description = "boosting shrinkage")
  Double shrinkage;

  @Option(names = "--scenario-days", description = "days of joint residuals used as scenarios")
  Integer scenarioDays;

  @Option(names = "--max-position-mw", description = "risk: most beyond the expected net, MW")
  Double maxPositionMw;

  @Option(names = "--daily-loss-limit-gbp", description = "risk: daily CVaR limit, GBP")
  Double dailyLossLimitGbp;

  @Option(names = "--loss-confidence", description = "risk: CVaR confidence")
  Double lossConfidence;

  @Option(names = "--drawdown-stop-gbp", description = "risk: realised drawdown stop, GBP")
  Double drawdownStopGbp;

  @Option(names = "--drawdown-window-days", description = "risk: drawdown window, days")
  Integer drawdownWindowDays;

  @Option(names = "--conditional-limits", negatable = true, description = "ev: also try limits at the 10..90 %% "
      + "quantiles of the clearing-price scenarios (default from the code)")
  Boolean conditionalLimits;

  @Option(names = "--min-edge", description = "risk: minimum expected edge per MWh of position, GBP/MWh")
  Double minEdge;

  @Override
  public Integer call() throws Exception {
    for (Path p : prices) {
      if (!Files.exists(p)) {
        throw new UserFacingException("--prices: file not found: " + p);
      }
    }
    try {
      PriceHistory history = GbPriceFiles.load(prices);
      SpreadHyper h = SpreadHyper.defaults();
      if (windowDays != null) {
        h = h.withWindowDays(windowDays);
      }
      if (regressor != null) {
        h = h.withRegressor(regressor);
      }
      if (clip != null) {
        h = h.withClipQuantile(clip);
      }
      if (loss != null) {
        h = h.withLoss(loss);
      }
      if (trees != null || shrinkage != null) {
        h = h.withTrees(trees != null ? trees : h.trees(), shrinkage != null ? shrinkage : h.shrinkage());
      }
      if (scenarioDays != null) {
        h = h.withScenarioDays(scenarioDays);
      }
      RiskBudget d = RiskBudget.defaults();
      RiskBudget budget = new RiskBudget(or(maxPositionMw, d.maxPositionMW()),
          or(dailyLossLimitGbp, d.dailyLossLimitGbp()), or(lossConfidence, d.lossConfidence()),
          or(drawdownStopGbp, d.drawdownStopGbp()),
          drawdownWindowDays != null ? drawdownWindowDays : d.drawdownWindowDays(), or(minEdge, d.minEdgeGbpPerMWh()));
      PrintWriter err = spec.commandLine().getErr();
      GridConnection grid = new GridConnection(gridMw, gridMw);
      List<SpreadEvaluation.Row> rows = new ArrayList<>();
      SpreadEvaluation withEv = new SpreadEvaluation(grid, Optional.of(new EvStrategy(budget,
          conditionalLimits != null ? conditionalLimits : EvStrategy.DEFAULT_CONDITIONAL_LIMITS)), p -> {
        if (!json && (p.done() % 56 == 0 || p.done() == p.total())) {
          err.printf(Locale.ROOT, "%s %s  %d/%d days  %.0f s%n", p.forecaster(), p.day(), p.done(), p.total(),
              p.seconds());
          err.flush();
        }
      });
      rows.add(withEv.run(new ModelSpreadForecaster(h), history, from, to));
      if (baselines) {
        SpreadEvaluation plain = new SpreadEvaluation(grid, Optional.empty(), p -> { });
        for (int n : new int[] {7, 14, 28}) {
          SpreadForecaster trailing = new EmpiricalSpreadForecaster(n);
          rows.add(plain.run(trailing, history, from, to));
        }
      }
      print(rows, budget, h);
      return ExitCode.DONE.code();
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
  }

  private static double or(Double v, double fallback) {
    return v != null ? v : fallback;
  }

  private void print(List<SpreadEvaluation.Row> rows, RiskBudget budget, SpreadHyper h) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper m = new ObjectMapper();
      ArrayNode a = m.createArrayNode();
      for (SpreadEvaluation.Row r : rows) {
        ObjectNode o = a.addObject();
        o.put("forecaster", r.forecaster());
        o.put("last_model_id", r.lastModelId());
        o.put("from", from.toString());
        o.put("to", to.toString());
        o.put("days", r.days());
        o.put("hours", r.hours());
        o.put("mae_spread", r.maeSpread());
        o.put("mae_clearing", r.maeClearing());
        o.put("pinball_spread", r.pinballSpread());
        o.put("sign_hit_rate", r.signHitRate());
        trading(o.putObject("sign_rule"), r.signRule());
        r.ev().ifPresent(t -> trading(o.putObject("ev"), t));
        o.put("seconds", r.seconds());
      }
      out.println(m.writeValueAsString(a));
    } else {
      out.printf(Locale.ROOT, "spread forecasts %s..%s, grid cap %.1f MW each way; bound = cap x sum |P - I|%n",
          from, to, gridMw);
      out.printf(Locale.ROOT, "model %s %s%n", rows.get(0).forecaster(), h);
      out.printf(Locale.ROOT, "%-36s %5s %8s %8s %8s %6s | %-9s %7s %6s %9s %9s%n", "forecaster / rule", "days",
          "MAE S", "MAE P", "pinball", "hit", "rule", "share", "Sharpe", "max DD", "worst day");
      for (SpreadEvaluation.Row r : rows) {
        line(out, r, "sign 1MWh", r.signRule());
        r.ev().ifPresent(t -> line(out, r, "ev", t));
      }
      out.printf(Locale.ROOT, "ev risk budget: %s, conditional limits %s%n", budget,
          conditionalLimits != null ? conditionalLimits : EvStrategy.DEFAULT_CONDITIONAL_LIMITS);
      out.printf(Locale.ROOT, "seconds: %s%n", rows.stream().map(r -> String.format(Locale.ROOT, "%.0f",
          r.seconds())).toList());
    }
    out.flush();
  }

  private static void line(PrintWriter out, SpreadEvaluation.Row r, String rule, SpreadEvaluation.Trading t) {
    out.printf(Locale.ROOT, "%-36s %5d %8.2f %8.2f %8.2f %5.1f%% | %-9s %6.2f%% %6.2f %9.0f %9.0f  (VA %.0f of %.0f,"
            + " hit %.1f%%, |q| %.2f)%n",
        r.forecaster(), r.days(), r.maeSpread(), r.maeClearing(), r.pinballSpread(), 100 * r.signHitRate(), rule,
        100 * t.boundShare(), t.sharpe(), t.maxDrawdownGbp(), t.worstDayGbp(), t.valueAddedGbp(), t.boundGbp(),
        100 * t.hitRate(), t.meanAbsPositionMWh());
  }

  private static void trading(ObjectNode o, SpreadEvaluation.Trading t) {
    o.put("value_added_gbp", t.valueAddedGbp());
    o.put("bound_gbp", t.boundGbp());
    o.put("bound_share", t.boundShare());
    o.put("sharpe", t.sharpe());
    o.put("value_added_max_drawdown_gbp", t.maxDrawdownGbp());
    o.put("worst_day_gbp", t.worstDayGbp());
    o.put("hit_rate", t.hitRate());
    o.put("mean_abs_position_mwh", t.meanAbsPositionMWh());
  }
}
