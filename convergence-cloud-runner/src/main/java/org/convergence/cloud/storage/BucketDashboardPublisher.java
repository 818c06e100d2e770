package org.convergence.cloud.storage;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageException;
import java.util.Objects;
import org.convergence.connectors.dashboard.DashboardJson;
import org.convergence.core.dashboard.DashboardBacktest;
import org.convergence.core.dashboard.DashboardDay;
import org.convergence.core.dashboard.DashboardIndex;
import org.convergence.core.dashboard.DashboardIndexEntry;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.dashboard.FailedRun;

/**
 * Publishes the dashboard's JSON files to a Cloud Storage bucket, in the same layout and format as the local
 * directory publisher: {@code PREFIX<market-day>.json}, then {@code PREFIXindex.json} (a backtest's
 * {@code PREFIXbacktest.json}, then the index). Objects are written whole
 * (a reader never sees part of one), as {@code application/json} with {@code Cache-Control: no-cache} so a browser
 * or CDN never shows yesterday's index. An index that cannot be read is never overwritten. There is one publisher
 * per bucket prefix: the service (deployed with {@code --max-instances=1}); calls within it are serialised.
 */
public final class BucketDashboardPublisher implements DashboardPublisher {
  public static final String INDEX_FILE = "index.json";

  private final Storage storage;
  private final GcsLocation location;
  private final String siteName;

  public BucketDashboardPublisher(Storage storage, GcsLocation location, String siteName) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.location = Objects.requireNonNull(location, "location");
    this.siteName = Objects.requireNonNull(siteName, "siteName");
  }

  public GcsLocation location() {
    return location;
  }

  @Override
  public synchronized void publish(DashboardDay day) {
    DashboardIndex updated = index().with(day);
    write(location.objectName(DashboardIndexEntry.fileName(day.day())), DashboardJson.dayBytes(day));
    write(location.objectName(INDEX_FILE), DashboardJson.indexBytes(updated));
  }

  @Override
  public synchronized void publishFailedRun(FailedRun failure) {
    write(location.objectName(INDEX_FILE), DashboardJson.indexBytes(index().withFailedRun(failure)));
  }

  @Override
  public synchronized void publishBacktest(DashboardBacktest backtest) {
    DashboardIndex updated = index().ofBacktest(backtest.publishedDays());
    write(location.objectName(DashboardJson.BACKTEST_FILE), DashboardJson.backtestBytes(backtest));
    write(location.objectName(INDEX_FILE), DashboardJson.indexBytes(updated));
  }

  @Override
  public synchronized DashboardIndex index() {
    return read(storage.get(BlobId.of(location.bucket(), location.objectName(INDEX_FILE))));
  }

  private DashboardIndex read(Blob blob) {
    if (blob == null) {
      return DashboardIndex.empty(siteName);
    }
    return DashboardJson.readIndex(blob.getContent(), location + INDEX_FILE);
  }

  private void write(String name, byte[] bytes) {
    BlobInfo info = BlobInfo.newBuilder(BlobId.of(location.bucket(), name))
        .setContentType("application/json").setCacheControl("no-cache").build();
    try {
      storage.create(info, bytes);
    } catch (StorageException e) {
      throw new IllegalStateException("cannot write " + location.bucket() + "/" + name + ": " + e.getMessage(), e);
    }
  }
}
