package org.convergence.local;

/** Keeps the libraries' start-up chatter (connection pool, migrations) off the terminal; warnings still show. */
final class QuietLibraries {
  private QuietLibraries() {}

  static void apply() {
    for (String logger : new String[] {"com.zaxxer.hikari", "org.flywaydb", "org.eclipse.jetty", "io.javalin", "smile"}) {
      System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log." + logger, "warn");
    }
  }
}
