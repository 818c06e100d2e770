package org.convergence.beam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.SettingsException;
import org.convergence.connectors.settings.SettingsLoader;

/**
 * A sweep plan (YAML, every key required, documented in docs/sweeps.md): the base settings file, the data (as
 * {@code backtest}'s {@code --readings}, {@code --weather}, {@code --prices}; empty = the settings', else the
 * bundled copies), the period, the block length and warm-up, settings values for every configuration, and the
 * strategies, each with a grid of settings keys whose every combination is one configuration; and the price-model
 * evaluations ({@code evaluate prices} of each model on a market data file over a test period, in blocks).
 */
public record SweepPlan(String settings, Data data, Period period, int blockDays, int warmupDays, List<String> set,
    List<StrategyGrid> strategies, List<Evaluation> evaluations) {
  /** The data a sweep replays; paths relative to the plan's folder. */
  public record Data(String readings, String weather, List<String> prices) {}

  /** The market days of the sweep, both included. */
  public record Period(LocalDate from, LocalDate to) {}

  /** A strategy and its grid: settings key -> the values to try (scalars, as {@code --set} takes them). */
  public record StrategyGrid(String name, LinkedHashMap<String, List<JsonNode>> grid) {}

  /**
   * A price-model evaluation: {@code ./convergence evaluate prices --data DATA --test-from --test-to --model M
   * [--windows] [--recalibrate-every] --warm-up --as-of} for each of {@code models}, run as blocks of
   * {@code block_days} scored days ({@link org.convergence.model.eval.EvaluationBlocks}: each warmed up so it gives
   * the one run's forecasts). {@code recalibrate_every} 0 and {@code windows} [] are the command's defaults.
   */
  public record Evaluation(String name, String data, List<String> models, LocalDate testFrom, LocalDate testTo,
      int blockDays, int warmUp, int recalibrateEvery, List<Integer> windows, java.time.LocalTime asOf) {}

  /** Reads a plan; every problem is a {@link PlanException} naming the file and the key. */
  public static SweepPlan load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new PlanException(file + ": plan file not found");
    } catch (IOException e) {
      throw new PlanException(file + ": cannot read the plan: " + e.getMessage());
    }
    ObjectMapper mapper = SettingsLoader.strictYamlMapper();
    SweepPlan p;
    try {
      p = mapper.readValue(text, SweepPlan.class);
    } catch (JsonProcessingException e) {
      String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? pathOf(m) : "";
      String what = e.getOriginalMessage().lines().findFirst().orElse("");
      if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
        what = "unknown key (keys here: " + String.join(", ", u.getKnownPropertyIds().stream()
            .map(String::valueOf).sorted().toList()) + ")";
      } else if (what.startsWith("Missing creator property '")) {
        String name = what.substring("Missing creator property '".length(), what.indexOf('\'', 26));
        path = path.isEmpty() ? name : path.endsWith(name) ? path : path + "." + name;
        what = "missing key";
      } else if (what.contains(";")) {
        what = what.substring(0, what.indexOf(';'));
      }
      throw new PlanException(file + ": " + (path.isEmpty() ? "" : path + ": ") + what);
    }
    p.check(file);
    return p;
  }

  private static String pathOf(com.fasterxml.jackson.databind.JsonMappingException m) {
    StringBuilder b = new StringBuilder();
    for (var ref : m.getPath()) {
      if (ref.getFieldName() != null) {
        b.append(b.length() > 0 ? "." : "").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        b.append('[').append(ref.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private void check(Path file) {
    if (period.to().isBefore(period.from())) {
      throw new PlanException(file + ": period.to " + period.to() + " is before period.from " + period.from());
    }
    if (blockDays < 1) {
      throw new PlanException(file + ": block_days must be >= 1, was " + blockDays);
    }
    if (warmupDays < 0) {
      throw new PlanException(file + ": warmup_days must be >= 0, was " + warmupDays);
    }
    if (strategies.isEmpty() && evaluations.isEmpty()) {
      throw new PlanException(file + ": strategies, evaluations: at least one strategy or evaluation");
    }
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < evaluations.size(); i++) {
      Evaluation e = evaluations.get(i);
      String at = file + ": evaluations[" + i + "].";
      if (!e.name().matches("[A-Za-z0-9._-]+") || !names.add(e.name())) {
        throw new PlanException(at + "name: '" + e.name() + "' is empty, appears twice or has a character other"
            + " than letters, digits, '.', '_' and '-'");
      }
      if (e.data().isBlank()) {
        throw new PlanException(at + "data: a price data file (epftoolbox CSV or the GB hourly CSV)");
      }
      if (e.models().isEmpty()) {
        throw new PlanException(at + "models: at least one model");
      }
      for (String m : e.models()) {
        if (!org.convergence.model.PriceModels.NAMES.contains(m)) {
          throw new PlanException(at + "models: unknown model '" + m + "'; choose one of "
              + org.convergence.model.PriceModels.NAMES);
        }
      }
      if (e.testTo().isBefore(e.testFrom())) {
        throw new PlanException(at + "test_to " + e.testTo() + " is before test_from " + e.testFrom());
      }
      if (e.blockDays() < 1) {
        throw new PlanException(at + "block_days must be >= 1, was " + e.blockDays());
      }
      if (e.warmUp() < 0) {
        throw new PlanException(at + "warm_up must be >= 0, was " + e.warmUp());
      }
      if (e.recalibrateEvery() < 0) {
        throw new PlanException(at + "recalibrate_every must be >= 0 (0 = the model's default), was "
            + e.recalibrateEvery());
      }
      if (e.windows().stream().anyMatch(w -> w == null || w < 1)) {
        throw new PlanException(at + "windows: calibration windows are days >= 1, was " + e.windows());
      }
    }
    for (int i = 0; i < strategies.size(); i++) {
      for (Map.Entry<String, List<JsonNode>> g : strategies.get(i).grid().entrySet()) {
        if (g.getValue().isEmpty()) {
          throw new PlanException(file + ": strategies[" + i + "].grid." + g.getKey() + ": at least one value");
        }
        for (JsonNode v : g.getValue()) {
          if (!v.isValueNode()) {
            throw new PlanException(file + ": strategies[" + i + "].grid." + g.getKey() + ": a value is a number,"
                + " a boolean or a text, not '" + v + "'");
          }
        }
      }
    }
  }

  /** The folder relative paths of the plan are read from. */
  private static Path folderOf(Path planFile) {
    Path parent = planFile.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of(".").toAbsolutePath() : parent;
  }

  private static String resolve(Path folder, String path) {
    return path.isBlank() || path.contains("://") ? path : folder.resolve(path).normalize().toString();
  }

  /** The context every worker reads: the settings and data paths resolved against the plan's folder. */
  public SweepContext context(Path planFile, Map<String, String> environment, String out) {
    Path folder = folderOf(planFile);
    Map<String, String> overrides = new LinkedHashMap<>();
    environment.forEach((k, v) -> {
      if (k.toUpperCase(java.util.Locale.ROOT).startsWith("CONVERGENCE__")) {
        overrides.put(k, v);
      }
    });
    String settingsFile = resolve(folder, settings);
    String text;
    try {
      text = Files.readString(Path.of(settingsFile));
    } catch (NoSuchFileException e) {
      throw new PlanException(planFile + ": settings: settings file not found: " + settingsFile);
    } catch (IOException e) {
      throw new PlanException(planFile + ": settings: cannot read " + settingsFile + ": " + e.getMessage());
    }
    Path settingsFolder = Path.of(settingsFile).toAbsolutePath().normalize().getParent();
    return new SweepContext(settingsFile, text, settingsFolder == null ? "" : settingsFolder.toString(), overrides, resolve(folder, data.readings()),
        resolve(folder, data.weather()), data.prices().stream().map(p -> resolve(folder, p)).toList(),
        period.from(), period.to(), out);
  }

  /**
   * Every configuration: each strategy with each combination of its grid's values (the first key varying slowest),
   * after the plan's {@code set} values. Each is checked here, once, with the settings it will run on: a bad key or
   * value is one line naming the plan, the configuration and the key.
   */
  public List<SweepConfiguration> configurations(Path planFile, SweepContext ctx) {
    List<SweepConfiguration> all = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (StrategyGrid g : strategies) {
      List<List<String>> combos = new ArrayList<>();
      combos.add(List.of());
      for (Map.Entry<String, List<JsonNode>> e : g.grid().entrySet()) {
        List<List<String>> next = new ArrayList<>();
        for (List<String> c : combos) {
          for (JsonNode v : e.getValue()) {
            List<String> more = new ArrayList<>(c);
            more.add(e.getKey() + "=" + v.asText());
            next.add(more);
          }
        }
        combos = next;
      }
      for (List<String> combo : combos) {
        List<String> sets = new ArrayList<>(set);
        sets.addAll(combo);
        String id = idOf(g.name(), combo);
        if (!ids.add(id)) {
          throw new PlanException(planFile + ": configuration " + id + " appears twice");
        }
        SweepConfiguration c = new SweepConfiguration(id, g.name(), sets);
        ConvergenceSettings s;
        try {
          s = ctx.settings(c);
          s.strategy().strategy(g.name());
        } catch (SettingsException | IllegalArgumentException e) {
          throw new PlanException(planFile + ": configuration " + id + ": " + e.getMessage());
        }
        int window = s.strategy().risk().drawdownWindowDays();
        if (blocks().size() > 1 && warmupDays < window + 1) {
          throw new PlanException(planFile + ": warmup_days " + warmupDays + " is shorter than the "
              + (window + 1) + " days a block's track record is checked on (strategy.risk.drawdown_window_days "
              + window + " + 1) for configuration " + id);
        }
        all.add(c);
      }
    }
    return all;
  }

  /** The blocks of the period: {@code block_days} each, the last shorter. */
  public List<Period> blocks() {
    List<Period> blocks = new ArrayList<>();
    for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(blockDays)) {
      LocalDate end = d.plusDays(blockDays - 1L);
      blocks.add(new Period(d, end.isAfter(period.to()) ? period.to() : end));
    }
    return blocks;
  }

  /** The elements of one configuration: each block, warmed up from {@code warmup_days} before it. */
  public List<BlockTask> tasks(SweepConfiguration c) {
    List<BlockTask> tasks = new ArrayList<>();
    List<Period> blocks = blocks();
    for (int i = 0; i < blocks.size(); i++) {
      LocalDate warm = blocks.get(i).from().minusDays(warmupDays);
      tasks.add(new BlockTask(c, i, warm.isBefore(period.from()) ? period.from() : warm, blocks.get(i).from(),
          blocks.get(i).to()));
    }
    return tasks;
  }

  /**
   * The elements of every evaluation: each model's blocks ({@link EvaluationTask}), with the data paths resolved
   * against the plan's folder. The data are read here once (a bad file or a test period outside it is one line
   * naming the evaluation) to know the market's availability lag the blocks' warm-up reaches over.
   */
  public List<EvaluationTask> evaluationTasks(Path planFile) {
    Path folder = folderOf(planFile);
    List<EvaluationTask> tasks = new ArrayList<>();
    for (int i = 0; i < evaluations.size(); i++) {
      Evaluation e = evaluations.get(i);
      String data = resolve(folder, e.data());
      org.convergence.model.data.DailySeries series;
      try {
        series = EvaluationRunner.series(data);
      } catch (RuntimeException ex) {
        throw new PlanException(planFile + ": evaluations[" + i + "].data: " + data + ": " + ex.getMessage());
      }
      if (!series.contains(e.testFrom()) || !series.contains(e.testTo())) {
        throw new PlanException(planFile + ": evaluations[" + i + "]: " + data + " holds " + series.firstDay()
            + ".." + series.lastDay() + "; the test period " + e.testFrom() + ".." + e.testTo()
            + " is not inside it");
      }
      for (String model : e.models()) {
        EvaluationTask.Spec spec = new EvaluationTask.Spec(e.name() + "__" + model, e.name(), data, model,
            e.testFrom(), e.testTo(), e.warmUp(), e.recalibrateEvery() > 0 ? e.recalibrateEvery()
                : org.convergence.model.PriceModels.defaultRecalibrationEveryDays(model), e.windows(), e.asOf());
        int lag;
        try {
          lag = spec.market(series).availabilityLagDays();
        } catch (IllegalArgumentException ex) {
          throw new PlanException(planFile + ": evaluations[" + i + "].as_of: " + ex.getMessage());
        }
        for (org.convergence.model.eval.EvaluationBlocks.Block b : org.convergence.model.eval.EvaluationBlocks
            .split(e.testFrom(), e.testTo(), e.blockDays(), spec.options(), lag)) {
          tasks.add(new EvaluationTask(spec, b.index(), b.warmFrom(), b.from(), b.to()));
        }
      }
    }
    return tasks;
  }

  /** A file-name-safe name: the strategy, then each grid value as key=value. */
  static String idOf(String strategy, List<String> combo) {
    StringBuilder b = new StringBuilder(strategy);
    combo.forEach(kv -> b.append("__").append(kv));
    return b.toString().replaceAll("[^A-Za-z0-9._=-]", "_");
  }

  /** A bad plan: one line naming the file and the key. */
  public static final class PlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanException(String message) {
      super(message);
    }
  }
}
