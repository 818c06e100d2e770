package org.convergence.local;

import java.util.List;

/**
 * Keeps the libraries' INFO chatter (connection pool, migrations, web server, Smile's per-tree training lines) off the
 * terminal for every command; their warnings and errors still show. Applied once, at the command line's entry
 * ({@link ConvergenceCli#commandLine()}), before any library creates its logger. A level given on the command line
 * wins, e.g. {@code CONVERGENCE_JAVA_OPTS=-Dorg.slf4j.simpleLogger.log.smile=info}.
 */
final class QuietLibraries {
  /** The loggers (slf4j-simple name prefixes) held at WARN. */
  static final List<String> LOGGERS = List.of("com.zaxxer.hikari", "org.flywaydb", "org.eclipse.jetty", "io.javalin",
      "smile", "org.h2", "de.focus_shift");

  static final String PROPERTY_PREFIX = "org.slf4j.simpleLogger.log.";

  private QuietLibraries() {}

  static void apply() {
    for (String logger : LOGGERS) {
      System.getProperties().putIfAbsent(PROPERTY_PREFIX + logger, "warn");
    }
  }
}
