package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.convergence.connectors.wiring.QuietLibraries;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class QuietLibrariesTest {
  @Test
  void theCommandLineHoldsEveryLibraryAtWarn() {
    ConvergenceCli.commandLine();
    for (String library : QuietLibraries.LOGGERS) {
      assertThat(System.getProperty(QuietLibraries.PROPERTY_PREFIX + library)).as(library).isEqualTo("warn");
    }
    assertThat(System.getProperty(QuietLibraries.PROPERTY_PREFIX + "org.convergence")).isNull();
  }

  @Test
  void aLevelGivenOnTheCommandLineWins() {
    String key = QuietLibraries.PROPERTY_PREFIX + "smile";
    String before = System.getProperty(key);
    try {
      System.setProperty(key, "info");
      QuietLibraries.apply();
      assertThat(System.getProperty(key)).isEqualTo("info");
      Logger probe = LoggerFactory.getLogger("smile.probe" + UUID.randomUUID().toString().replace("-", ""));
      assertThat(probe.isInfoEnabled()).isTrue();
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
      QuietLibraries.apply();
    }
  }
}
