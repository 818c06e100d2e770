package org.convergence.connectors.wiring;

import java.util.List;

/**
 * Keeps the libraries' INFO chatter (connection pool, migrations, web server, Smile's per-tree training lines) off the
 * terminal for every command of every runner; their warnings and errors still show. Applied once, at a runner's entry
 * (the local runner's command line, the sweep's main), before any library creates its logger. A level given on the command line
 * wins, e.g. {@code CONVERGENCE_JAVA_OPTS=-Dorg.slf4j.simpleLogger.log.smile=info}.
 */
public final class QuietLibraries {
  /** The loggers (slf4j-simple name prefixes) held at WARN. */
  public static final List<String> LOGGERS = List.of("com.zaxxer.hikari", "org.flywaydb", "org.eclipse.jetty", "io.javalin",
      "smile", "org.h2", "de.focus_shift");

  public static final String PROPERTY_PREFIX = "org.slf4j.simpleLogger.log.";

  private QuietLibraries() {}

  /** Holds {@link #LOGGERS} at WARN unless a level was given (a system property set before). */
  public static void apply() {
    for (String logger : LOGGERS) {
      System.getProperties().putIfAbsent(PROPERTY_PREFIX + logger, "warn");
    }
  }
}
