package org.convergence.local;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.DashboardSettings;
import org.convergence.connectors.settings.DatabaseSettings;
import org.convergence.connectors.settings.ExchangeSettings;
import org.convergence.connectors.settings.PriceModelSettings;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.core.run.RunReport;
import org.convergence.core.run.StepTiming;
import org.convergence.core.time.MarketDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./convergence benchmark run --models lear-wide,lear,naive-weekly --runs 5}: the replay run of {@code ./convergence run}
 * (the same wiring, settings and day) repeated for each price model side by side, each run on its own fresh embedded
 * database and dashboard folder under a temporary directory (deleted after), so every run does the same work. Prints
 * the run report's own timings (its Timings line: the run's total, and the prices step) of the first run of each
 * model (cold: the first run in this process) and the median of the others (warm, as the daemon), and the ratio to
 * the model listed last. With {@code --processes N} each model is also run N times as {@code ./convergence run} in a
 * process of its own (the same class path, and the JVM options the launcher gives a one-shot run, {@link
 * #ONE_SHOT_JVM_OPTIONS_PROPERTY}), each on its own fresh database and dashboard folder: every one of those is a real
 * cold start, as the daily job sees it, where the in-process "cold" run is cold only for the first model listed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Time the replay run (./convergence run) with several price models side by side: the run "
        + "report's total and prices-step timings, cold (first run) and warm (median of the rest).")
public final class BenchmarkRunCommand implements Callable<Integer> {
  @Mixin SettingsOption settings;

  @Option(names = "--models", split = ",", defaultValue = "lear-wide,lear,naive-weekly", paramLabel = "NAME",
      description = "Price models (prices.model values), comma-separated (default: lear-wide,lear,naive-weekly).")
  List<String> models;

  @Option(names = "--runs", defaultValue = "5", description = "Runs per model, the first counted as cold (>= 2).")
  int runs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Market day (default: the last recorded day, as ./convergence run).")
  LocalDate date;

  @Option(names = "--processes", defaultValue = "0", paramLabel = "N",
      description = "Also run each model N times as ./convergence run in a process of its own (with the launcher's"
          + " JVM options for one-shot runs): real cold starts; prints their median and range (default: 0).")
  int processes;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * The system property through which the launcher ({@code ./convergence}) passes the JVM options it gives one-shot
   * commands ({@code run}, {@code settle}), so the cold processes start as the daily job does; absent when the jar is
   * started by hand (the processes then get the JVM's defaults).
   */
  static final String ONE_SHOT_JVM_OPTIONS_PROPERTY = "convergence.one_shot_jvm_options";

  /** One model's {@code ./convergence run} processes: each process's total and prices-step milliseconds. */
  record ColdProcesses(List<Long> totalMs, List<Long> pricesMs) {}

  /** One model's runs: total and prices-step milliseconds per run. */
  record Timed(String model, List<Long> totalMs, List<Long> pricesMs, String priceModelId, MarketDay day) {
    long coldTotal() {
      return totalMs.get(0);
    }

    long coldPrices() {
      return pricesMs.get(0);
    }

    double warmTotal() {
      return median(totalMs.subList(1, totalMs.size()));
    }

    double warmPrices() {
      return median(pricesMs.subList(1, pricesMs.size()));
    }
  }

  static double median(List<Long> xs) {
    List<Long> s = xs.stream().sorted(Comparator.naturalOrder()).toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }

  @Override
  public Integer call() throws IOException {
    if (processes < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--processes must be at least 0, not " + processes);
    }
    if (runs < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 2, not " + runs);
    }
    for (String m : models) {
      if (!PriceModelSettings.KNOWN.contains(m)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--models: unknown model '" + m + "'; choose"
            + " from " + PriceModelSettings.KNOWN);
      }
    }
    ConvergenceSettings s = settings.load();
    if (!s.exchange().mode().equals(ExchangeSettings.SIMULATED)) {
      throw new UserFacingException("exchange.mode: benchmark run replays recorded days; it needs mode "
          + ExchangeSettings.SIMULATED + ", not " + s.exchange().mode());
    }
    if (!s.database().url().isEmpty()) {
      throw new UserFacingException("database.url: benchmark run uses fresh embedded databases; leave it empty");
    }
    Path tmp = Files.createTempDirectory("convergence-benchmark-run");
    PrintWriter out = spec.commandLine().getOut();
    List<Timed> all = new ArrayList<>();
    Map<String, ColdProcesses> cold = new LinkedHashMap<>();
    List<String> jvmOptions = oneShotJvmOptions();
    try {
      for (String m : models) {
        all.add(time(s, m, tmp));
      }
      for (String m : models) {
        if (processes > 0) {
          cold.put(m, coldProcesses(m, tmp, jvmOptions));
        }
      }
    } finally {
      deleteTree(tmp);
    }
    Timed base = all.get(all.size() - 1);
    out.printf(Locale.ROOT, "run of %s (replay, strategy %s), %d runs per model, %d processors%n", all.get(0).day(),
        s.strategy().name(), runs, Runtime.getRuntime().availableProcessors());
    for (Timed t : all) {
      out.printf(Locale.ROOT, "%-15s (%s): Timings total cold %d ms, warm median %.0f ms; prices step cold %d ms,"
          + " warm median %.0f ms; total x%.2f cold, x%.2f warm vs %s%n", t.model(), t.priceModelId(),
          t.coldTotal(), t.warmTotal(), t.coldPrices(), t.warmPrices(), t.coldTotal() / (double) base.coldTotal(),
          t.warmTotal() / base.warmTotal(), base.model());
    }
    if (!cold.isEmpty()) {
      out.printf(Locale.ROOT, "%d ./convergence run processes per model, JVM options: %s%n", processes,
          jvmOptions.isEmpty() ? "none (the jar was not started by ./convergence)" : String.join(" ", jvmOptions));
      for (Map.Entry<String, ColdProcesses> e : cold.entrySet()) {
        ColdProcesses c = e.getValue();
        out.printf(Locale.ROOT, "%-15s cold processes: Timings total median %.0f ms (%d..%d); prices step median"
            + " %.0f ms (%d..%d)%n", e.getKey(), median(c.totalMs()), min(c.totalMs()), max(c.totalMs()),
            median(c.pricesMs()), min(c.pricesMs()), max(c.pricesMs()));
      }
    }
    out.flush();
    return ExitCode.DONE.code();
  }

  private Timed time(ConvergenceSettings s, String model, Path tmp) throws IOException {
    List<Long> total = new ArrayList<>();
    List<Long> prices = new ArrayList<>();
    String id = "";
    MarketDay day = null;
    for (int r = 0; r < runs; r++) {
      Path dir = Files.createDirectories(tmp.resolve(model + "-" + r));
      ConvergenceSettings one = new ConvergenceSettings(s.site(), s.siteReadingsFile(), s.exchange(), s.weather(),
          new PriceModelSettings(model, s.prices().modelDir(), s.prices().sources()), s.strategy(),
          new DatabaseSettings("", "", "", dir.resolve("db").toString()),
          new DashboardSettings(dir.resolve("dashboard").toString()), s.schedule(), s.alerts());
      RunReport report;
      try (LocalWiring.Wired wired = LocalWiring.daily(one, Optional.ofNullable(date).map(MarketDay::of),
          Optional.empty(), one.strategy().strategy())) {
        report = wired.run().build().run(wired.day());
        day = wired.day();
      }
      if (!report.errors().isEmpty() || report.prices().isEmpty()) {
        throw new UserFacingException("the run with prices.model " + model + " did not plan the day: "
            + report.message() + " " + report.errors());
      }
      Map<String, Duration> steps = new LinkedHashMap<>();
      for (StepTiming t : report.timings()) {
        steps.merge(t.step(), t.duration(), Duration::plus);
      }
      total.add(report.totalDuration().toMillis());
      prices.add(steps.getOrDefault("prices", Duration.ZERO).toMillis());
      id = report.prices().get().modelId();
    }
    return new Timed(model, total, prices, id, day);
  }

  static List<String> oneShotJvmOptions() {
    String options = System.getProperty(ONE_SHOT_JVM_OPTIONS_PROPERTY, "").strip();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  /**
   * {@code ./convergence run} as its own process, {@code processes} times: the same settings file, the model and a
   * fresh database and dashboard folder set through the environment overrides, the report read from its JSON.
   */
  private ColdProcesses coldProcesses(String model, Path tmp, List<String> jvmOptions) throws IOException {
    List<Long> total = new ArrayList<>();
    List<Long> prices = new ArrayList<>();
    Path settingsFile = settings.path().toAbsolutePath();
    for (int r = 0; r < processes; r++) {
      Path dir = Files.createDirectories(tmp.resolve(model + "-process-" + r));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(ConvergenceCli.class.getName());
      command.addAll(List.of("run", "--json", "--settings", settingsFile.toString()));
      if (date != null) {
        command.addAll(List.of("--date", date.toString()));
      }
      ProcessBuilder pb = new ProcessBuilder(command)
          .redirectOutput(dir.resolve("out.json").toFile()).redirectError(dir.resolve("err.txt").toFile());
      pb.environment().put(SettingsLoader.environmentVariableFor("prices.model"), model);
      pb.environment().put(SettingsLoader.environmentVariableFor("database.embedded_dir"), dir.resolve("db").toString());
      pb.environment().put(SettingsLoader.environmentVariableFor("dashboard.data_dir"), dir.resolve("dashboard").toString());
      int exit;
      try {
        exit = pb.start().waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UserFacingException("interrupted while timing ./convergence run with prices.model " + model);
      }
      JsonNode report;
      try {
        report = JSON.readTree(dir.resolve("out.json").toFile());
      } catch (IOException e) {
        report = null;
      }
      if (exit != ExitCode.DONE.code() || report == null || !report.path("errors").isEmpty()
          || !report.has("total_ms")) {
        throw new UserFacingException("./convergence run with prices.model " + model + " (own process) exited " + exit
            + firstError(dir.resolve("err.txt")).map(e -> ": " + e).orElse(""));
      }
      total.add(Math.round(report.get("total_ms").asDouble()));
      double pricesMs = 0;
      for (JsonNode t : report.path("timings")) {
        if (t.path("step").asText().equals("prices")) {
          pricesMs += t.path("ms").asDouble();
        }
      }
      prices.add(Math.round(pricesMs));
    }
    return new ColdProcesses(total, prices);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The command's own error line ("error: ..."), else the first line a process printed (the JVM's own). */
  private static Optional<String> firstError(Path stderr) throws IOException {
    List<String> lines = Files.readAllLines(stderr).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return lines.stream().filter(l -> l.startsWith("error: ")).map(l -> l.substring("error: ".length())).findFirst()
        .or(() -> lines.stream().findFirst());
  }

  private static long min(List<Long> xs) {
    return xs.stream().mapToLong(Long::longValue).min().orElseThrow();
  }

  private static long max(List<Long> xs) {
    return xs.stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
