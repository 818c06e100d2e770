package org.convergence.connectors.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.convergence.core.dashboard.DashboardBacktest;
import org.convergence.core.dashboard.DashboardDay;
import org.convergence.core.dashboard.DashboardIndex;
import org.convergence.core.dashboard.DashboardIndexEntry;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.dashboard.DataSource;
import org.convergence.core.dashboard.FailedRun;

/**
 * Publishes the dashboard's JSON into a directory: {@code <dir>/<market-day>.json} and {@code <dir>/index.json}, and
 * a backtest's {@code <dir>/backtest.json}.
 * Each file is written to a temporary file and moved into place, so a reader never sees half a file. An existing
 * index that cannot be read is never overwritten: publishing fails with a message naming it.
 */
public final class FileSystemDashboardPublisher implements DashboardPublisher {
  public static final String INDEX_FILE = "index.json";

  private final Path directory;
  private final String siteName;
  private final DataSource runSource;

  /**
   * @param siteName the site named in a new index (an existing index keeps its own until a day is published)
   */
  public FileSystemDashboardPublisher(Path directory, String siteName) {
    this(directory, siteName, DataSource.LIVE);
  }

  private FileSystemDashboardPublisher(Path directory, String siteName, DataSource runSource) {
    this.directory = directory;
    this.siteName = siteName;
    this.runSource = runSource;
  }

  /**
   * This publisher labelling the days runs and settlements publish (source {@link DataSource#LIVE}) as {@code
   * source}, e.g. {@link DataSource#REPLAY} for replay mode; a backtest's days keep their label.
   */
  public FileSystemDashboardPublisher labelling(DataSource source) {
    return new FileSystemDashboardPublisher(directory, siteName, source);
  }

  public Path directory() {
    return directory;
  }

  @Override
  public synchronized void publish(DashboardDay published) {
    DashboardDay day = published.source() == DataSource.LIVE ? published.withSource(runSource) : published;
    DashboardIndex updated = index().with(day);
    try {
      Files.createDirectories(directory);
      write(directory.resolve(DashboardIndexEntry.fileName(day.day())), DashboardJson.dayBytes(day));
      write(directory.resolve(INDEX_FILE), DashboardJson.indexBytes(updated));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish the dashboard of " + day.day() + " to " + directory, e);
    }
  }

  @Override
  public synchronized void publishFailedRun(FailedRun failure) {
    DashboardIndex updated = index().withFailedRun(failure);
    try {
      Files.createDirectories(directory);
      write(directory.resolve(INDEX_FILE), DashboardJson.indexBytes(updated));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the failed run of " + failure.day() + " in " + directory, e);
    }
  }

  @Override
  public synchronized void publishBacktest(DashboardBacktest backtest) {
    DashboardIndex updated = index().ofBacktest(backtest.publishedDays());
    try {
      Files.createDirectories(directory);
      write(directory.resolve(DashboardJson.BACKTEST_FILE), DashboardJson.backtestBytes(backtest));
      write(directory.resolve(INDEX_FILE), DashboardJson.indexBytes(updated));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish the backtest to " + directory, e);
    }
  }

  @Override
  public synchronized DashboardIndex index() {
    Path file = directory.resolve(INDEX_FILE);
    if (!Files.exists(file)) {
      return DashboardIndex.empty(siteName);
    }
    try {
      return DashboardJson.readIndex(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dashboard index " + file, e);
    }
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        // temporary files are private; published files are for every reader of the directory
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
