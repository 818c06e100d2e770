package org.convergence.connectors.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads settings.yaml into {@link ConvergenceSettings}. Keys are snake_case; every key is required, unknown and
 * duplicated keys are errors, a quoted number or {@code !!str} tag where a number or boolean belongs is an error
 * (no coercion), and {@code ${VAR}} (or {@code ${VAR:-default}}) in a string value is replaced by the environment
 * variable. Then {@link EnvironmentOverrides} ({@code CONVERGENCE__SITE__GRID__EXPORT_CAPACITY_MW=0.5}) replace
 * values of the file, and {@link SettingsChecks} checks what the records alone cannot (files that must exist, the
 * holiday region). Every failure is a {@link SettingsException} whose message names the file (or the variable), the
 * key path and what was expected. Values of variables never appear in messages.
 */
public final class SettingsLoader {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

  private final Map<String, String> environment;
  private final List<EnvironmentOverrides.Override> settings;

  private SettingsLoader(Map<String, String> environment, List<EnvironmentOverrides.Override> settings) {
    this.environment = Map.copyOf(environment);
    this.settings = List.copyOf(settings);
  }

  private SettingsLoader(Map<String, String> environment) {
    this(environment, List.of());
  }

  /** The option that {@link #withSettings} names in its messages. */
  public static final String SET_OPTION = "--set";

  /**
   * This loader, also replacing settings keys with {@code KEY=VALUE} values ({@code strategy.risk.max_position_mw=1},
   * keys as in settings.yaml), applied in order after the environment's overrides by the same rules: a value is
   * read as the file's value would be and checked like it; a key the file lacks, or a text without {@code =}, is
   * one line naming {@code --set} and the key.
   */
  public SettingsLoader withSettings(List<String> keyValues) {
    List<EnvironmentOverrides.Override> all = new ArrayList<>(settings);
    for (String kv : keyValues) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new SettingsException(SET_OPTION + " " + kv + ": expected KEY=VALUE with a settings key such as"
            + " strategy.risk.max_position_mw=1");
      }
      String key = kv.substring(0, eq).strip();
      all.add(new EnvironmentOverrides.Override(SET_OPTION + " " + key, List.of(key.split("\\.", -1)),
          kv.substring(eq + 1)));
    }
    return new SettingsLoader(environment, all);
  }

  /** A loader that reads the process environment. */
  /**
   * The environment variable that overrides a settings key for a process started with it: {@code prices.model} is
   * {@code CONVERGENCE__PRICES__MODEL}.
   */
  public static String environmentVariableFor(String key) {
    return EnvironmentOverrides.variableFor(key);
  }

  public static SettingsLoader fromSystemEnvironment() {
    return new SettingsLoader(System.getenv());
  }

  /** A loader that reads {@code env} instead of the process environment (tests, the cloud runner). */
  public static SettingsLoader withEnvironment(Map<String, String> env) {
    return new SettingsLoader(env);
  }

  /**
   * The mapper settings are read with: snake_case keys, strict about unknown, duplicated, missing and mistyped
   * values; text is never coerced into a number or boolean.
   */
  public static ObjectMapper strictYamlMapper() {
    YAMLFactory yaml = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    ObjectMapper mapper = new ObjectMapper(yaml)
        .registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      mapper.coercionConfigFor(scalar)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    return mapper;
  }

  /**
   * The keys whose values are file system paths. In a file loaded with {@link #load(Path)}, a relative path among
   * them is resolved against the settings file's folder, never the working directory. Add new path keys here.
   */
  public static final List<String> PATH_KEYS = List.of("site.readings_file", "exchange.prices_file",
      "weather.replay_dir", "prices.model_dir", "database.embedded_dir", "dashboard.data_dir",
      "schedule.health_file");

  /** The variable naming the settings file when no {@code --settings} is given. */
  public static final String SETTINGS_VARIABLE = "CONVERGENCE_SETTINGS";
  /** The settings file used when neither {@code --settings} nor {@link #SETTINGS_VARIABLE} is given. */
  public static final String DEFAULT_FILE = "settings.yaml";

  /**
   * Which settings file to read: {@code option} (from {@code --settings}) when given, else the file named by
   * {@code $CONVERGENCE_SETTINGS} when set and not blank, else {@code ./settings.yaml}.
   */
  public Path locate(java.util.Optional<Path> option) {
    if (option.isPresent()) {
      return option.get();
    }
    String fromEnvironment = environment.get(SETTINGS_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment.strip());
    }
    return Path.of(DEFAULT_FILE);
  }

  /**
   * Reads and validates {@code file}; relative paths of {@link #PATH_KEYS} resolve against its folder.
   */
  public ConvergenceSettings load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new SettingsException(file + ": settings file not found (copy settings.yaml from the repository root,"
          + " pass --settings FILE or set " + SETTINGS_VARIABLE + ")");
    } catch (IOException e) {
      throw new SettingsException(file + ": cannot read settings file: " + e.getMessage(), e);
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    return parse(text, file.toString(), folder);
  }

  /** Parses settings text; relative paths stay as written (relative to the working directory). */
  public ConvergenceSettings parse(String yaml, String sourceName) {
    return parse(yaml, sourceName, null);
  }

  /**
   * Parses settings text read from {@code sourceName} elsewhere (a sweep's workers get the text, not the file);
   * relative paths of {@link #PATH_KEYS} resolve against {@code folder} (the file's folder) when it is not null, as
   * {@link #load(Path)} does.
   */
  public ConvergenceSettings parse(String yaml, String sourceName, Path folder) {
    ObjectMapper mapper = strictYamlMapper();
    JsonNode tree;
    try {
      tree = mapper.readTree(yaml);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      if (e.getProcessor() instanceof JsonParser p && e.getOriginalMessage().startsWith("Duplicate field")) {
        throw new SettingsException(sourceName + ": " + pathOf(p.getParsingContext()) + ": duplicate key" + where
            + " (each key may appear once)", e);
      }
      throw new SettingsException(sourceName + ": YAML syntax error" + where + ": " + e.getOriginalMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new SettingsException(sourceName + ": expected a mapping of settings at the top level");
    }
    interpolate(tree, "", sourceName);
    List<EnvironmentOverrides.Override> overrides = new ArrayList<>(EnvironmentOverrides.fromEnvironment(environment));
    overrides.addAll(settings);
    List<EnvironmentOverrides.Override> overridden = EnvironmentOverrides.apply((ObjectNode) tree, overrides);
    if (folder != null) {
      resolvePaths((ObjectNode) tree, folder, sourceName);
    }
    hoistReadingsFile((ObjectNode) tree, sourceName);
    ConvergenceSettings settings;
    try {
      settings = mapper.treeToValue(tree, ConvergenceSettings.class);
    } catch (JsonProcessingException e) {
      String described = describe(e);
      String key = described.contains(":") ? described.substring(0, described.indexOf(':')) : "";
      // the last value given for the key is the one read
      String source = sourceName;
      for (EnvironmentOverrides.Override v : overridden) {
        if (v.key().equals(key)) {
          source = v.source().startsWith(SET_OPTION) ? v.source() : v.source() + " (environment override)";
        }
      }
      throw new SettingsException(source + ": " + described, e);
    }
    SettingsChecks.check(settings, sourceName);
    return settings;
  }

  /** The key {@code site.readings_file} is read as {@link ConvergenceSettings#siteReadingsFile()}. */
  static final String READINGS_FILE = "readings_file";
  private static final String HOISTED_READINGS_FILE = "site_readings_file";

  /**
   * Moves {@code site.readings_file} (required, text) out of {@code site}, whose other keys are the models'
   * {@link org.convergence.core.site.SiteSpec}, to where {@link ConvergenceSettings} reads it.
   */
  private static void hoistReadingsFile(ObjectNode tree, String sourceName) {
    if (tree.has(HOISTED_READINGS_FILE)) {
      throw new SettingsException(sourceName + ": unknown key '" + HOISTED_READINGS_FILE + "' (the readings file is "
          + "site.readings_file)");
    }
    if (!(tree.get("site") instanceof ObjectNode site)) {
      tree.put(HOISTED_READINGS_FILE, ""); // the missing or malformed site is reported on its own
      return;
    }
    JsonNode file = site.remove(READINGS_FILE);
    if (file == null) {
      throw new SettingsException(sourceName + ": site." + READINGS_FILE + ": missing key");
    }
    if (!file.isTextual()) {
      throw new SettingsException(sourceName + ": site." + READINGS_FILE + ": expected a text value (a file path, or"
          + " \"\" for the bundled readings) but found '" + file + "'");
    }
    tree.put(HOISTED_READINGS_FILE, file.asText());
  }

  /** Makes the relative values of {@link #PATH_KEYS} absolute against {@code folder}; empty values stay empty. */
  private static void resolvePaths(ObjectNode root, Path folder, String sourceName) {
    for (String key : PATH_KEYS) {
      int dot = key.indexOf('.');
      JsonNode section = root.get(key.substring(0, dot));
      String leaf = key.substring(dot + 1);
      if (section instanceof ObjectNode object && object.get(leaf) != null && object.get(leaf).isTextual()) {
        String value = object.get(leaf).asText().strip();
        if (!value.isEmpty()) {
          Path p;
          try {
            p = Path.of(value);
          } catch (java.nio.file.InvalidPathException e) {
            throw new SettingsException(sourceName + ": " + key + ": not a valid path: " + e.getReason());
          }
          if (!p.isAbsolute()) {
            object.set(leaf, new TextNode(folder.resolve(p).normalize().toString()));
          }
        }
      }
    }
  }

  private void interpolate(JsonNode node, String path, String sourceName) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      fields.forEachRemaining(entries::add);
      for (Map.Entry<String, JsonNode> e : entries) {
        String childPath = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (e.getValue().isTextual()) {
          object.set(e.getKey(), new TextNode(substitute(e.getValue().asText(), childPath, sourceName)));
        } else {
          interpolate(e.getValue(), childPath, sourceName);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String childPath = path + "[" + i + "]";
        if (array.get(i).isTextual()) {
          array.set(i, new TextNode(substitute(array.get(i).asText(), childPath, sourceName)));
        } else {
          interpolate(array.get(i), childPath, sourceName);
        }
      }
    }
  }

  private String substitute(String value, String path, String sourceName) {
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement = environment.get(name);
      if (replacement == null || (replacement.isEmpty() && m.group(2) != null)) {
        if (m.group(2) == null) {
          throw new SettingsException(sourceName + ": " + path + ": environment variable " + name
              + " is referenced but not set (set it, or write ${" + name + ":-default} to allow it unset)");
        }
        replacement = m.group(3);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String describe(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException me)) {
      return e.getOriginalMessage();
    }
    String path = pathOf(me);
    if (e instanceof UnrecognizedPropertyException u) {
      String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(Object::toString).sorted().collect(Collectors.joining(", "));
      return (parent.isEmpty() ? "" : parent + ": ") + "unknown key '" + u.getPropertyName() + "'"
          + (known.isEmpty() ? "" : "; expected one of: " + known);
    }
    if (e instanceof ValueInstantiationException vi) {
      Throwable cause = vi.getCause() == null ? vi : vi.getCause();
      String message = String.valueOf(cause.getMessage());
      // a message that starts with one of the record's keys ("export_capacity_mw must be ...") names that key
      Matcher key = Pattern.compile("^([a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+) (.*)$", Pattern.DOTALL).matcher(message);
      if (key.matches() && keysOf(vi.getType() == null ? null : vi.getType().getRawClass()).contains(key.group(1))) {
        return (path.isEmpty() ? "" : path + ".") + key.group(1) + ": " + key.group(2);
      }
      return (path.isEmpty() ? "" : path + ": ") + "invalid value: " + message;
    }
    if (e instanceof InvalidFormatException f) {
      return path + ": expected " + typeName(f.getTargetType()) + " but found '" + f.getValue() + "'";
    }
    if (e instanceof MismatchedInputException mi) {
      String msg = mi.getOriginalMessage();
      Matcher missing = Pattern.compile("Missing (?:required )?creator property '([^']+)'").matcher(msg);
      if (missing.find()) {
        return (path.endsWith("." + missing.group(1)) || path.equals(missing.group(1))
            ? path : path + (path.isEmpty() ? "" : ".") + missing.group(1)) + ": missing key";
      }
      Matcher text = Pattern.compile("Cannot coerce (?:String|empty String) value \\(\"(.*)\"\\)", Pattern.DOTALL)
          .matcher(msg);
      if (text.find()) {
        String value = text.group(1);
        boolean looksScalar = value.strip().matches("[-+]?[0-9.]+(?:[eE][-+]?[0-9]+)?|true|false");
        return path + ": expected " + typeName(mi.getTargetType()) + " but found '" + value + "'"
            + (looksScalar ? " as text (a quoted or !!str-tagged value is text: write it without quotes or tag)" : "");
      }
      if (msg.contains("Null value for creator property") || msg.contains("Cannot map `null`")) {
        return path + ": missing value";
      }
      return path + ": expected " + typeName(mi.getTargetType()) + " (" + firstLine(msg) + ")";
    }
    return (path.isEmpty() ? "" : path + ": ") + firstLine(me.getOriginalMessage());
  }

  /** The snake_case settings keys of a record type. */
  private static List<String> keysOf(Class<?> type) {
    if (type == null || !type.isRecord()) {
      return List.of();
    }
    PropertyNamingStrategies.SnakeCaseStrategy snake = new PropertyNamingStrategies.SnakeCaseStrategy();
    return java.util.Arrays.stream(type.getRecordComponents()).map(c -> snake.translate(c.getName())).toList();
  }

  /** The key path of a parser's position, such as {@code site.wind.turbines}. */
  private static String pathOf(JsonStreamContext context) {
    List<String> levels = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      levels.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : String.valueOf(c.getCurrentName()));
    }
    return String.join(".", levels).replace(".[", "[");
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text value";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.getSimpleName().equals("LocalTime")) {
      return "a time of day HH:MM";
    }
    if (type.isRecord()) {
      return "a mapping";
    }
    return "a " + type.getSimpleName();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
