package org.convergence.connectors.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settings values from the environment: a variable {@code CONVERGENCE__SITE__GRID__EXPORT_CAPACITY_MW=0.5} (prefix
 * {@code CONVERGENCE__}, a double underscore between levels, key names in any case) replaces
 * {@code site.grid.export_capacity_mw} of the file. Where the file has text the value is that text; where it has a
 * number, boolean or list the value is read as one YAML value ({@code 0.5}, {@code true}, {@code [metoffice, replay]});
 * it is then checked like the file's. A variable naming no key of the file is an error naming the variable. Other variables
 * ({@code CONVERGENCE_DB_URL}, {@code CONVERGENCE_JAVA_OPTS}...) have a single underscore and are not overrides.
 * Command-line values ({@code --set site.grid.export_capacity_mw=0.5}, {@link SettingsLoader#withSettings}) take the
 * same path after the variables, so they win.
 */
final class EnvironmentOverrides {
  /** The prefix of an override variable. */
  static final String PREFIX = "CONVERGENCE__";
  private static final String SEPARATOR = "__";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private EnvironmentOverrides() {}

  /** The variable that overrides a settings key: {@code prices.model} is {@code CONVERGENCE__PRICES__MODEL}. */
  static String variableFor(String key) {
    return PREFIX + String.join(SEPARATOR, key.toUpperCase(Locale.ROOT).split("\\."));
  }

  /**
   * One value replacing a key of the file: {@code source} names it in messages (the variable, or {@code --set
   * site.grid.export_capacity_mw}), {@code levels} are the key's names from the top (any case).
   */
  record Override(String source, List<String> levels, String value) {
    /** The settings key path, such as {@code site.grid.export_capacity_mw}. */
    String key() {
      return String.join(".", levels).toLowerCase(Locale.ROOT);
    }
  }

  /** The override variables of {@code environment}, in name order. */
  static List<Override> fromEnvironment(Map<String, String> environment) {
    List<Override> list = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(environment).entrySet()) {
      String variable = e.getKey();
      if (variable.toUpperCase(Locale.ROOT).startsWith(PREFIX)) {
        list.add(new Override(variable, List.of(variable.substring(PREFIX.length()).split(SEPARATOR, -1)),
            e.getValue()));
      }
    }
    return list;
  }

  /**
   * Applies every override variable of {@code environment} to {@code tree}, in name order.
   *
   * @return the names of the variables applied
   */
  static List<String> apply(ObjectNode tree, Map<String, String> environment) {
    return apply(tree, fromEnvironment(environment)).stream().map(Override::source).toList();
  }

  /** Applies {@code overrides} to {@code tree} in order; a key the file lacks is an error naming the source. */
  static List<Override> apply(ObjectNode tree, List<Override> overrides) {
    List<Override> applied = new ArrayList<>();
    for (Override o : overrides) {
      List<String> levels = o.levels();
      ObjectNode parent = tree;
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < levels.size(); i++) {
        String key = keyIn(parent, levels.get(i));
        if (key == null) {
          throw new SettingsException(o.source() + ": no settings key " + path + (path.length() > 0 ? "." : "")
              + levels.get(i).toLowerCase(Locale.ROOT) + (path.length() > 0 ? " (keys of " + path + ": "
              : " (top-level keys: ") + String.join(", ", keys(parent)) + ")");
        }
        path.append(path.length() > 0 ? "." : "").append(key);
        if (i < levels.size() - 1) {
          if (!(parent.get(key) instanceof ObjectNode child)) {
            throw new SettingsException(o.source() + ": settings key " + path + " is a value, not a section");
          }
          parent = child;
        } else {
          if (parent.get(key) instanceof ObjectNode) {
            throw new SettingsException(o.source() + ": settings key " + path + " is a section; set one of its"
                + " keys (" + String.join(", ", keys((ObjectNode) parent.get(key))) + ")");
          }
          parent.set(key, valueOf(o.value(), parent.get(key)));
        }
      }
      applied.add(o);
    }
    return applied;
  }

  private static String keyIn(ObjectNode node, String level) {
    if (level.isEmpty()) {
      return null;
    }
    for (String k : keys(node)) {
      if (k.equalsIgnoreCase(level)) {
        return k;
      }
    }
    return null;
  }

  private static List<String> keys(ObjectNode node) {
    List<String> keys = new ArrayList<>();
    Iterator<String> names = node.fieldNames();
    names.forEachRemaining(keys::add);
    return keys;
  }

  /**
   * The variable's text where the file has text (so a key {@code 0123} stays {@code 0123}); otherwise the text read
   * as a YAML value, or as text when it is empty or a mapping/list where the file has a single value.
   */
  private static JsonNode valueOf(String text, JsonNode replaced) {
    if (text.isBlank() || replaced == null || replaced.isTextual()) {
      return new TextNode(text);
    }
    try {
      JsonNode parsed = YAML.readTree(text);
      if (parsed == null || parsed.isMissingNode() || parsed.isNull()
          || (parsed.isContainerNode() && replaced != null && replaced.isValueNode())) {
        return new TextNode(text);
      }
      return parsed;
    } catch (JsonProcessingException e) {
      return new TextNode(text);
    }
  }
}
