package org.convergence.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the database is and how to log in. {@link #toString()} and every message built from it name the host and
 * database, never the password.
 *
 * <p>Make one with {@link #embedded(Path)}, {@link #server(String, String, String)}, {@link #cloudSql(String, String,
 * String, String)} or {@link #fromEnvironment(Map, Path)}.
 *
 * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:mysql://host:port/database} (MySQL Connector/J also talks to
 *     MariaDB)
 * @param properties extra driver properties (e.g. the Cloud SQL socket factory's)
 * @param maximumPoolSize connections in the pool
 */
public record DatabaseConfig(
    String jdbcUrl, String user, String password, Map<String, String> properties, int maximumPoolSize) {

  public static final String ENV_URL = "CONVERGENCE_DB_URL";
  public static final String ENV_USER = "CONVERGENCE_DB_USER";
  public static final String ENV_PASSWORD = "CONVERGENCE_DB_PASSWORD";

  /** The embedded database's file name inside its directory (H2 adds {@code .mv.db}). */
  public static final String EMBEDDED_NAME = "convergence";

  /** The default directory of the embedded database, relative to the working directory. */
  public static final Path DEFAULT_EMBEDDED_DIR = Path.of("data");

  public static final int DEFAULT_POOL_SIZE = 4;

  private static final Pattern MYSQL_URL = Pattern.compile("^jdbc:mysql://([^/?]*)/?([^?;]*)(?:\\?(.*))?$");

  public DatabaseConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    user = user == null ? "" : user;
    password = Objects.requireNonNullElse(password, "");
    properties = Map.copyOf(properties);
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException("maximumPoolSize must be >= 1, was " + maximumPoolSize);
    }
    if (jdbcUrl.startsWith("jdbc:mariadb:")) {
      throw new IllegalArgumentException("database URL must start with jdbc:mysql:// (MySQL Connector/J is the"
          + " driver for MySQL and MariaDB), not jdbc:mariadb:");
    }
    if (!jdbcUrl.startsWith("jdbc:mysql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException("database URL must start with jdbc:mysql:// or jdbc:h2:, was '"
          + scheme(jdbcUrl) + "...'");
    }
    if (jdbcUrl.startsWith("jdbc:mysql:") && !MYSQL_URL.matcher(jdbcUrl).matches()) {
      throw new IllegalArgumentException("database URL must look like jdbc:mysql://host:port/database");
    }
  }

  /**
   * The embedded H2 file database (MySQL mode) in {@code dir} ({@code dir/convergence.mv.db}); the directory is
   * created on first use.
   */
  public static DatabaseConfig embedded(Path dir) {
    Path file = dir.toAbsolutePath().normalize().resolve(EMBEDDED_NAME);
    return new DatabaseConfig("jdbc:h2:file:" + file + ";MODE=MySQL", "sa", "", Map.of(), DEFAULT_POOL_SIZE);
  }

  /** A MySQL or MariaDB server, e.g. {@code jdbc:mysql://127.0.0.1:3306/convergence}. */
  public static DatabaseConfig server(String jdbcUrl, String user, String password) {
    return new DatabaseConfig(jdbcUrl, user, password, Map.of(), DEFAULT_POOL_SIZE);
  }

  /**
   * A Cloud SQL for MySQL instance through the Cloud SQL socket factory (the caller's classpath must hold {@code
   * com.google.cloud.sql:mysql-socket-factory-connector-j-8}; credentials come from the environment's Google
   * application default credentials).
   *
   * @param instanceConnectionName {@code project:region:instance}
   */
  public static DatabaseConfig cloudSql(String instanceConnectionName, String database, String user, String password) {
    Objects.requireNonNull(instanceConnectionName, "instanceConnectionName");
    Objects.requireNonNull(database, "database");
    if (!instanceConnectionName.matches("[^:\\s]+:[^:\\s]+:[^:\\s]+")) {
      throw new IllegalArgumentException("Cloud SQL instance connection name must be project:region:instance, was '"
          + instanceConnectionName + "'");
    }
    if (!database.matches("[A-Za-z0-9_$-]+")) {
      throw new IllegalArgumentException("database name must be letters, digits, _ $ or -, was '" + database + "'");
    }
    Map<String, String> props = new LinkedHashMap<>();
    props.put("socketFactory", "com.google.cloud.sql.mysql.SocketFactory");
    props.put("cloudSqlInstance", instanceConnectionName);
    return new DatabaseConfig("jdbc:mysql:///" + database, user, password, props, DEFAULT_POOL_SIZE);
  }

  /**
   * {@code CONVERGENCE_DB_URL}, {@code _USER} and {@code _PASSWORD} when the URL is set; otherwise the embedded
   * database in {@code embeddedDir}. A user or password without a URL is an error (it would silently store into
   * the embedded database instead of the intended server).
   */
  public static DatabaseConfig fromEnvironment(Map<String, String> env, Path embeddedDir) {
    String url = blankToNull(env.get(ENV_URL));
    if (url == null) {
      if (blankToNull(env.get(ENV_USER)) != null || blankToNull(env.get(ENV_PASSWORD)) != null) {
        throw new IllegalArgumentException(ENV_USER + " or " + ENV_PASSWORD + " is set but " + ENV_URL
            + " is not: set " + ENV_URL + " (e.g. jdbc:mysql://127.0.0.1:3306/convergence) or unset both to use"
            + " the embedded database in " + embeddedDir);
      }
      return embedded(embeddedDir);
    }
    return server(url, env.get(ENV_USER), env.get(ENV_PASSWORD));
  }

  /** {@link #fromEnvironment(Map, Path)} with the process environment and {@code ./data}. */
  public static DatabaseConfig fromEnvironment() {
    return fromEnvironment(System.getenv(), DEFAULT_EMBEDDED_DIR);
  }

  /**
   * This config with one more driver property, e.g. {@code withProperty("ipTypes", "PRIVATE")} or {@code
   * withProperty("enableIamAuth", "true")} for Cloud SQL.
   */
  public DatabaseConfig withProperty(String key, String value) {
    Map<String, String> props = new LinkedHashMap<>(properties);
    props.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new DatabaseConfig(jdbcUrl, user, password, props, maximumPoolSize);
  }

  public DatabaseConfig withMaximumPoolSize(int size) {
    return new DatabaseConfig(jdbcUrl, user, password, properties, size);
  }

  public boolean isEmbedded() {
    return jdbcUrl.startsWith("jdbc:h2:");
  }

  /** "database 'x' on host h:p", "embedded H2 database /path" or "database 'x' on Cloud SQL instance p:r:i". */
  public String describe() {
    if (isEmbedded()) {
      String path = jdbcUrl.substring("jdbc:h2:".length());
      path = path.startsWith("file:") ? path.substring("file:".length()) : path;
      int semi = path.indexOf(';');
      return "embedded H2 database " + (semi < 0 ? path : path.substring(0, semi));
    }
    Matcher m = MYSQL_URL.matcher(jdbcUrl);
    if (!m.matches()) {
      return "database at an unparseable URL";
    }
    String hosts = m.group(1).replaceAll("[^,@]*@", ""); // user:password@ is never shown
    String database = m.group(2).isEmpty() ? "(none)" : URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
    String where = properties.containsKey("cloudSqlInstance")
        ? "Cloud SQL instance " + properties.get("cloudSqlInstance")
        : "host " + (hosts.isEmpty() ? "localhost:3306" : hosts);
    return "database '" + database + "' on " + where;
  }

  @Override
  public String toString() {
    return "DatabaseConfig[" + describe() + ", user '" + user + "', password " + (password.isEmpty() ? "empty" : "set")
        + ", pool " + maximumPoolSize + "]";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String scheme(String url) {
    Matcher m = Pattern.compile("^[A-Za-z0-9+.-]*:?[A-Za-z0-9+.-]*:?").matcher(url);
    return m.find() ? m.group() : "";
  }

  /**
   * The secrets this config holds: its password, a password written into the URL ({@code //user:password@host} or
   * {@code password=...}) and password-like driver properties; messages mask every one of them.
   */
  Set<String> secrets() {
    Set<String> secrets = new LinkedHashSet<>();
    secrets.add(password);
    Matcher userInfo = Pattern.compile("//(?:[^/@,]*,)*[^/@:,]*:([^/@,]*)@").matcher(jdbcUrl);
    while (userInfo.find()) {
      secrets.add(userInfo.group(1));
    }
    Matcher param = Pattern.compile("(?i)[?&;](?:password|pwd|password[0-9])=([^&;]*)").matcher(jdbcUrl);
    while (param.find()) {
      secrets.add(param.group(1));
    }
    properties.forEach((k, v) -> {
      if (k.toLowerCase(java.util.Locale.ROOT).contains("password")) {
        secrets.add(v);
      }
    });
    secrets.removeIf(s -> s.length() < 3); // masking one or two characters would garble the message
    Set<String> decoded = new LinkedHashSet<>();
    secrets.forEach(s -> decoded.add(URLDecoder.decode(s, StandardCharsets.UTF_8)));
    secrets.addAll(decoded);
    return secrets;
  }

  /** {@code text} with every secret of this config replaced by {@code ****}. */
  public String mask(String text) {
    String out = text;
    for (String secret : secrets()) {
      out = out.replace(secret, "****");
    }
    return out;
  }
}
