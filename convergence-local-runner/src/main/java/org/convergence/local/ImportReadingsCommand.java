package org.convergence.local;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.store.StoreException;
import org.convergence.persistence.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ./convergence import readings FILE}: the site's metered readings, for settling traded days. */
@Command(name = "readings", mixinStandardHelpOptions = true,
    description = {"Import the site's metered readings (energy_onsite.csv format: time in UTC, powers in W,"
        + " consumers negative) into the database, where `settle` finds them when the exchange serves none.",
        "A reading at a time already stored replaces it. A bad row stops the import with one line naming the file"
        + " and line; nothing of the file is stored then."})
public final class ImportReadingsCommand implements Callable<Integer> {
  @Mixin SettingsOption settings;

  @Parameters(paramLabel = "FILE", description = "The readings file (energy_onsite.csv format).")
  Path file;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new UserFacingException(file + ": does not exist or is not a file");
    }
    List<SiteReading> readings;
    try {
      readings = EnergyOnsiteReader.load(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UserFacingException(e.getMessage() + " (nothing imported)", e);
    }
    ConvergenceSettings s = settings.load();
    try (JdbcStore store = LocalWiring.openStore(s)) {
      store.saveSiteReadings(readings);
      out.println(readings.isEmpty() ? "no readings in " + file + "; nothing imported"
          : "imported " + readings.size() + " readings (" + readings.get(0).time() + " .. "
              + readings.get(readings.size() - 1).time() + ") from " + file + " into the database");
    } catch (StoreException e) {
      throw new UserFacingException("cannot store the readings of " + file + ": " + e.getMessage(), e);
    }
    out.flush();
    return readings.isEmpty() ? ExitCode.NOTHING_DONE.code() : ExitCode.DONE.code();
  }
}
