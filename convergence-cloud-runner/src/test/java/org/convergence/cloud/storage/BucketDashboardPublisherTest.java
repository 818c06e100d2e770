package org.convergence.cloud.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.dashboard.DashboardPublisherContract;
import org.convergence.core.dashboard.DashboardTestDays;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/** The dashboard on a bucket (LocalStorageHelper's in-memory Storage), held to every publisher's contract. */
class BucketDashboardPublisherTest extends DashboardPublisherContract {
  final Storage storage = LocalStorageHelper.getOptions().getService();
  private int n;

  @Override
  protected DashboardPublisher publisher() {
    return new BucketDashboardPublisher(storage, new GcsLocation("convergence-web", "dashboard/data" + (n++)),
        "Test site");
  }

  private Blob blob(DashboardPublisher p, String file) {
    GcsLocation l = ((BucketDashboardPublisher) p).location();
    return storage.get(BlobId.of(l.bucket(), l.objectName(file)));
  }

  @Override
  protected boolean hasPublishedDay(DashboardPublisher publisher, MarketDay day) {
    return blob(publisher, day + ".json") != null;
  }

  @Override
  protected boolean hasPublishedBacktest(DashboardPublisher publisher) {
    return blob(publisher, "backtest.json") != null;
  }

  @Override
  protected double publishedDayPnlGbp(DashboardPublisher publisher, MarketDay day) {
    try {
      return new ObjectMapper().readTree(blob(publisher, day + ".json").getContent()).at("/summary/pnlGbp")
          .asDouble();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void writesJsonObjectsThatCachesRevalidate() {
    DashboardPublisher p = publisher();
    p.publish(DashboardTestDays.forecastOnly(DAY_1, T1));
    Blob day = blob(p, "2022-03-22.json");
    assertThat(day.getName()).isEqualTo("dashboard/data0/2022-03-22.json");
    assertThat(day.getContentType()).isEqualTo("application/json");
    assertThat(day.getCacheControl()).isEqualTo("no-cache");
    assertThat(new String(blob(p, "index.json").getContent(), StandardCharsets.UTF_8))
        .contains("convergence-dashboard-index").contains("2022-03-22.json");
  }

  @Test
  void aNewPublisherContinuesTheIndexInTheBucket() {
    GcsLocation shared = new GcsLocation("convergence-web", "shared/");
    BucketDashboardPublisher a = new BucketDashboardPublisher(storage, shared, "Test site");
    BucketDashboardPublisher b = new BucketDashboardPublisher(storage, shared, "Test site");
    a.publish(DashboardTestDays.forecastOnly(DAY_1, T1));
    b.publish(DashboardTestDays.forecastOnly(DAY_2, T2));
    assertThat(a.index().days()).hasSize(2);
  }

  @Test
  void anUnreadableIndexIsNeverOverwritten() {
    GcsLocation l = new GcsLocation("convergence-web", "broken/");
    storage.create(BlobInfo.newBuilder("convergence-web", "broken/index.json").build(),
        "{\"schema\": \"convergence-dashboard-index\", \"days\": [".getBytes(StandardCharsets.UTF_8));
    BucketDashboardPublisher p = new BucketDashboardPublisher(storage, l, "Test site");
    assertThatThrownBy(() -> p.publish(DashboardTestDays.forecastOnly(DAY_1, T1)))
        .hasMessageContaining("gs://convergence-web/broken/index.json");
    assertThat(new String(storage.readAllBytes(BlobId.of("convergence-web", "broken/index.json")),
        StandardCharsets.UTF_8)).endsWith("[");
  }

  @Test
  void parsesLocations() {
    assertThat(GcsLocation.parse("gs://b-1/dashboard/data")).contains(new GcsLocation("b-1", "dashboard/data/"));
    assertThat(GcsLocation.parse("gs://b-1")).contains(new GcsLocation("b-1", ""));
    assertThat(GcsLocation.parse("./data/dashboard")).isEmpty();
    assertThatThrownBy(() -> GcsLocation.parse("gs://B/x")).hasMessageContaining("bucket");
  }
}
