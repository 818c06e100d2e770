package org.convergence.beam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.convergence.connectors.report.BacktestReport;
import org.convergence.core.backtest.StrategyResult;

/**
 * A sweep's output folder (a local path, or a bucket URL such as {@code gs://b/sweeps/gb} on Dataflow), written
 * through Beam's file systems. Per configuration, as soon as its blocks are joined: {@code configurations/<id>.json}
 * (what {@code backtest --json} prints), {@code <id>.txt} (the tables {@code backtest} prints) and, last,
 * {@code <id>.done} (its summary, a rerun skips the configuration when it is there). After the pipeline,
 * {@code ranking.csv} (columns in {@link #RANKING_HEADER}, docs/sweeps.md). Per price-model evaluation, under
 * {@code evaluations/}: {@code <id>.txt} and {@code <id>.json} (what {@code evaluate prices} prints, without and
 * with {@code --json}), {@code <id>.forecasts.csv} (its {@code --forecasts-out}) and {@code <id>.done}; after the
 * pipeline {@code evaluations.csv} (columns in {@link #EVALUATION_HEADER}).
 */
final class SweepOutput {
  static final String RANKING_HEADER = "rank,configuration,strategy,value_added_gbp,bound_share,sharpe,"
      + "value_added_max_drawdown_gbp,worst_day_gbp,hit_rate,pnl_gbp,days_metered,value_days,backtest_options";
  static final String EVALUATION_HEADER = "evaluation,rank,model,dataset,test_from,test_to,days,mae,rmae,smape,"
      + "rmse,coverage_10_90,evaluate_options";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SweepOutput() {}

  private static ResourceId dir(String out) {
    return FileSystems.matchNewResource(out, true);
  }

  private static ResourceId file(String out, String name) {
    return file(out, "configurations", name);
  }

  private static ResourceId file(String out, String folder, String name) {
    ResourceId d = dir(out).resolve(folder, StandardResolveOptions.RESOLVE_DIRECTORY);
    return d.resolve(name, StandardResolveOptions.RESOLVE_FILE);
  }

  /** Writes a joined evaluation: the table and JSON of {@code evaluate prices}, its forecasts, then its summary. */
  static void writeEvaluation(String out, EvaluationTask.Spec e, org.convergence.model.eval.RollingEvaluation.Result r,
      int blocks) {
    String json = org.convergence.model.eval.EvaluationReport.json(e.model(), r);
    write(file(out, "evaluations", e.id() + ".json"), json + "\n");
    write(file(out, "evaluations", e.id() + ".txt"), "Evaluation " + e.id() + " (" + blocks + " blocks):"
        + " ./convergence evaluate prices " + e.evaluateOptions() + "\n"
        + org.convergence.model.eval.EvaluationReport.table(e.model(), r));
    write(file(out, "evaluations", e.id() + ".forecasts.csv"),
        org.convergence.model.eval.EvaluationReport.forecastsCsv(r));
    ObjectNode done;
    try {
      done = (ObjectNode) JSON.readTree(json);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    done.put("evaluation", e.evaluation()).put("id", e.id()).put("fingerprint", e.evaluateOptions())
        .put("evaluate_options", e.evaluateOptions()).put("blocks", blocks);
    write(file(out, "evaluations", e.id() + ".done"), done.toString() + "\n");
  }

  /** The summary of a finished evaluation, if its {@code .done} is there and was written for this one. */
  static Optional<JsonNode> evaluationDone(String out, EvaluationTask.Spec e) {
    Optional<String> text = read(file(out, "evaluations", e.id() + ".done"));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(text.get());
      if (!n.path("fingerprint").asText().equals(e.evaluateOptions())) {
        throw new SweepPlan.PlanException(out + ": evaluations/" + e.id() + ".done was written for another"
            + " evaluation (" + n.path("fingerprint").asText() + "); use another --out or remove it");
      }
      return Optional.of(n);
    } catch (IOException ex) {
      return Optional.empty(); // a torn summary: run the evaluation again
    }
  }

  /**
   * Writes {@code evaluations.csv}: per evaluation (in plan order), its models ranked by MAE (lowest first), and
   * returns its lines.
   */
  static List<String> writeEvaluationRanking(String out, List<String> evaluationOrder, List<JsonNode> summaries) {
    List<JsonNode> sorted = new ArrayList<>(summaries);
    sorted.sort(Comparator.comparingInt((JsonNode n) -> evaluationOrder.indexOf(n.path("evaluation").asText()))
        .thenComparingDouble(n -> n.path("mae").asDouble()).thenComparing(n -> n.path("model").asText()));
    List<String> lines = new ArrayList<>();
    lines.add(EVALUATION_HEADER);
    String current = null;
    int rank = 0;
    for (JsonNode n : sorted) {
      String evaluation = n.path("evaluation").asText();
      rank = evaluation.equals(current) ? rank + 1 : 1;
      current = evaluation;
      lines.add(String.join(",", evaluation, String.valueOf(rank), n.path("model").asText(),
          n.path("dataset").asText(), n.path("test_from").asText(), n.path("test_to").asText(), num(n, "days"),
          num(n, "mae"), num(n, "rmae"), num(n, "smape"), num(n, "rmse"), num(n, "coverage_10_90"),
          "\"" + n.path("evaluate_options").asText() + "\""));
    }
    write(dir(out).resolve("evaluations.csv", StandardResolveOptions.RESOLVE_FILE), String.join("\n", lines) + "\n");
    return lines;
  }

  /** The evaluations' ranking as a table for the terminal. */
  static String evaluationTable(List<String> csv) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-24s %4s  %-15s %6s %9s %7s %8s %9s %9s%n",
        "evaluation", "rank", "model", "days", "MAE", "rMAE", "sMAPE %", "RMSE", "10-90 %"));
    for (String line : csv.subList(1, csv.size())) {
      String[] f = line.split(",", -1);
      b.append(String.format(Locale.ROOT, "%-24s %4s  %-15s %6s %9.3f %7.3f %8.2f %9.3f %9s%n", f[0], f[1], f[2],
          f[6], Double.parseDouble(f[7]), f[8].isEmpty() || f[8].equals("NaN") ? Double.NaN
              : Double.parseDouble(f[8]), Double.parseDouble(f[9]), Double.parseDouble(f[10]),
          f[11].isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", 100 * Double.parseDouble(f[11]))));
    }
    return b.toString();
  }

  /** The text of an evaluation's output file ({@code .json}, {@code .txt}, {@code .forecasts.csv}), if written. */
  static Optional<String> evaluationFile(String out, String name) {
    return read(file(out, "evaluations", name));
  }

  /** What the summary records of the plan, so a rerun with another period, settings text or data does not skip it. */
  static String fingerprint(SweepContext ctx, SweepConfiguration c) {
    return ctx.from() + ".." + ctx.to() + " settings " + ctx.settingsFile() + " sha256 "
        + sha256(ctx.settingsText()).substring(0, 16) + " " + c.settings() + " data " + ctx.readings() + "|"
        + ctx.weather() + "|" + ctx.prices();
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a joined configuration: its JSON, its tables, then its summary. */
  static void write(SweepContext ctx, SweepConfiguration c, ConfigurationJoin.Joined j) {
    write(file(ctx.out(), c.id() + ".json"), BacktestReport.toJson(j.result(), j.sources()) + "\n");
    StringWriter table = new StringWriter();
    try (PrintWriter pw = new PrintWriter(table)) {
      pw.println("Configuration " + c.id() + ": ./convergence backtest --from " + ctx.from() + " --to " + ctx.to()
          + " " + c.backtestOptions());
      BacktestReport.printTable(j.result(), j.sources(), pw);
    }
    write(file(ctx.out(), c.id() + ".txt"), table.toString());
    StrategyResult s = j.result().strategies().get(0);
    ObjectNode done = JSON.createObjectNode()
        .put("configuration", c.id())
        .put("strategy", c.strategy())
        .put("fingerprint", fingerprint(ctx, c))
        .put("backtest_options", c.backtestOptions())
        .put("replayed_blocks", j.replayed())
        .put("value_added_gbp", round(s.valueAddedGbp(), 2))
        .put("value_added_max_drawdown_gbp", round(s.valueAddedMaxDrawdownGbp(), 2))
        .put("pnl_gbp", round(s.pnlGbp(), 2))
        .put("days_metered", s.days())
        .put("value_days", s.valueDays());
    putOptional(done, "bound_share", s.boundShare(), 4);
    putOptional(done, "sharpe", s.sharpe(), 3);
    putOptional(done, "worst_day_gbp", s.worstDayGbp(), 2);
    putOptional(done, "hit_rate", s.hitRate(), 4);
    write(file(ctx.out(), c.id() + ".done"), done.toString() + "\n");
  }

  private static void putOptional(ObjectNode o, String key, java.util.OptionalDouble v, int decimals) {
    if (v.isPresent()) {
      o.put(key, round(v.getAsDouble(), decimals));
    } else {
      o.putNull(key);
    }
  }

  private static double round(double v, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(v * scale) / scale;
  }

  /** The summary of a finished configuration, if its {@code .done} is there and was written for this plan. */
  static Optional<JsonNode> done(SweepContext ctx, SweepConfiguration c) {
    Optional<String> text = read(file(ctx.out(), c.id() + ".done"));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(text.get());
      if (!n.path("fingerprint").asText().equals(fingerprint(ctx, c))) {
        throw new SweepPlan.PlanException(ctx.out() + ": configurations/" + c.id() + ".done was written for another"
            + " period, settings or data (" + n.path("fingerprint").asText() + "); use another --out or remove it");
      }
      return Optional.of(n);
    } catch (IOException e) {
      return Optional.empty(); // a torn summary: run the configuration again
    }
  }

  /** Writes {@code ranking.csv} from the summaries, best value added first, and returns its lines. */
  static List<String> writeRanking(String out, List<JsonNode> summaries) {
    List<JsonNode> sorted = new ArrayList<>(summaries);
    sorted.sort(Comparator.comparingDouble((JsonNode n) -> -n.path("value_added_gbp").asDouble())
        .thenComparing(n -> n.path("configuration").asText()));
    List<String> lines = new ArrayList<>();
    lines.add(RANKING_HEADER);
    int rank = 0;
    for (JsonNode n : sorted) {
      lines.add(String.join(",", String.valueOf(++rank), n.path("configuration").asText(),
          n.path("strategy").asText(), num(n, "value_added_gbp"), num(n, "bound_share"), num(n, "sharpe"),
          num(n, "value_added_max_drawdown_gbp"), num(n, "worst_day_gbp"), num(n, "hit_rate"), num(n, "pnl_gbp"),
          num(n, "days_metered"), num(n, "value_days"), "\"" + n.path("backtest_options").asText() + "\""));
    }
    write(dir(out).resolve("ranking.csv", StandardResolveOptions.RESOLVE_FILE), String.join("\n", lines) + "\n");
    return lines;
  }

  private static String num(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isNull() || v.isMissingNode() ? "" : v.asText();
  }

  /** The ranking as a table for the terminal. */
  static String rankingTable(List<String> csv) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%4s  %-52s %14s %11s %8s %14s%n", "rank",
        "configuration", "value added", "bound share", "sharpe", "P&L metered"));
    for (String line : csv.subList(1, csv.size())) {
      String[] f = line.split(",", -1);
      String share = f[4].isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f %%", Double.parseDouble(f[4]) * 100);
      b.append(String.format(Locale.ROOT, "%4s  %-52s %14s %11s %8s %14s%n", f[0], f[1], f[3], share,
          f[5].isEmpty() ? "-" : f[5], f[9]));
    }
    return b.toString();
  }

  static void write(ResourceId f, String text) {
    try (WritableByteChannel ch = FileSystems.create(f, MimeTypes.TEXT)) {
      ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
    }
  }

  static Optional<String> read(ResourceId f) {
    try {
      MatchResult m = FileSystems.match(f.toString());
      if (m.status() != MatchResult.Status.OK || m.metadata().isEmpty()) {
        return Optional.empty();
      }
      try (ReadableByteChannel ch = FileSystems.open(f)) {
        return Optional.of(new String(Channels.newInputStream(ch).readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  /** The text of a configuration's output file ({@code .json}, {@code .txt}), if written. */
  static Optional<String> configurationFile(String out, String name) {
    return read(file(out, name));
  }
}
