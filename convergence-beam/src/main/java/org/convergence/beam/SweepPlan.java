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
 * strategies, each with a grid of settings keys whose every combination is one configuration.
 */
public record SweepPlan(String settings, Data data, Period period, int blockDays, int warmupDays, List<String> set,
    List<StrategyGrid> strategies) {
  /** The data a sweep replays; paths relative to the plan's folder. */
  public record Data(String readings, String weather, List<String> prices) {}

  /** The market days of the sweep, both included. */
  public record Period(LocalDate from, LocalDate to) {}

  /** A strategy and its grid: settings key -> the values to try (scalars, as {@code --set} takes them). */
  public record StrategyGrid(String name, LinkedHashMap<String, List<JsonNode>> grid) {}

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
    if (strategies.isEmpty()) {
      throw new PlanException(file + ": strategies: at least one strategy");
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
