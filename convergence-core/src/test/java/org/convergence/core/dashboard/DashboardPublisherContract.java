package org.convergence.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DashboardPublisher} must do (shipped in core's test-jar; each implementation's test extends it).
 * {@link #publishedDay} reads back what the implementation stored for a day, in the implementation's own terms.
 */
public abstract class DashboardPublisherContract {
  protected static final MarketDay DAY_1 = MarketDay.of(2022, 3, 22);
  protected static final MarketDay DAY_2 = MarketDay.of(2022, 3, 23);
  protected static final Instant T1 = Instant.parse("2022-03-21T08:30:00Z");
  protected static final Instant T2 = Instant.parse("2022-03-22T08:30:00Z");

  /** A fresh, empty publisher. */
  protected abstract DashboardPublisher publisher();

  /** True when the publisher has stored the day's data (its {@code <market-day>.json}). */
  protected abstract boolean hasPublishedDay(DashboardPublisher publisher, MarketDay day);

  /** The market day and P&amp;L read back from the stored data of the day. */
  protected abstract double publishedDayPnlGbp(DashboardPublisher publisher, MarketDay day);

  /** True when the publisher has stored a backtest's comparison (its {@code backtest.json}). */
  protected abstract boolean hasPublishedBacktest(DashboardPublisher publisher);

  @Test
  void aFreshPublisherHasAnEmptyIndex() {
    assertThat(publisher().index().days()).isEmpty();
  }

  @Test
  void publishingAddsTheDayAndItsIndexEntryInDayOrder() {
    DashboardPublisher p = publisher();
    p.publish(DashboardTestDays.forecastOnly(DAY_2, T2));
    p.publish(DashboardTestDays.settled(DAY_1, T1));

    assertThat(p.index().days()).extracting(DashboardIndexEntry::day).containsExactly(DAY_1, DAY_2);
    assertThat(p.index().days()).extracting(DashboardIndexEntry::status)
        .containsExactly(DayStatus.SETTLED, DayStatus.FORECAST);
    assertThat(p.index().siteName()).isEqualTo("Test site");
    assertThat(hasPublishedDay(p, DAY_1)).isTrue();
    assertThat(hasPublishedDay(p, DAY_2)).isTrue();
    assertThat(hasPublishedDay(p, DAY_2.next())).isFalse();
  }

  @Test
  void aFailedRunIsInTheIndexWithoutADayAndALaterPublicationOfThatDayClearsIt() {
    DashboardPublisher p = publisher();
    p.publish(DashboardTestDays.settled(DAY_1, T1));
    FailedRun failure = new FailedRun(DAY_2, T2, "the weather source failed: HTTP 503");
    p.publishFailedRun(failure);

    assertThat(p.index().latestFailure()).contains(failure);
    assertThat(p.index().days()).extracting(DashboardIndexEntry::day).containsExactly(DAY_1);
    assertThat(hasPublishedDay(p, DAY_2)).isFalse();

    p.publish(DashboardTestDays.settled(DAY_1, T2.plusSeconds(60))); // an earlier day settled: still failed
    assertThat(p.index().latestFailure()).contains(failure);
    p.publish(DashboardTestDays.forecastOnly(DAY_2, T2.plusSeconds(120))); // the day's run succeeded
    assertThat(p.index().latestFailure()).isEmpty();
    assertThat(p.index().entry(DAY_2).orElseThrow().state()).isEqualTo(DayState.SUBMITTED);
  }

  @Test
  void publishingADayAgainReplacesIt() {
    DashboardPublisher p = publisher();
    p.publish(DashboardTestDays.forecastOnly(DAY_1, T1));
    DashboardDay settled = DashboardTestDays.settled(DAY_1, T2);
    p.publish(settled);

    assertThat(p.index().days()).hasSize(1);
    DashboardIndexEntry entry = p.index().days().get(0);
    assertThat(entry.status()).isEqualTo(DayStatus.SETTLED);
    assertThat(entry.generatedAt()).isEqualTo(T2);
    assertThat(entry.pnlGbp()).isEqualTo(settled.summary().pnlGbp());
    assertThat(publishedDayPnlGbp(p, DAY_1)).isEqualTo(settled.summary().pnlGbp());
  }

  @Test
  void aBacktestIsPublishedAndTheIndexListsOnlyTheDaysItPublished() {
    DashboardPublisher p = publisher();
    p.publish(DashboardTestDays.backtestDay(DAY_1, T1)); // left by an earlier backtest
    p.publish(DashboardTestDays.backtestDay(DAY_2, T2));
    p.publishBacktest(DashboardTestDays.backtest(List.of(DAY_2, DAY_2.next()), 1, T2));

    assertThat(hasPublishedBacktest(p)).isTrue();
    assertThat(p.index().source()).isEqualTo(DataSource.BACKTEST);
    assertThat(p.index().days()).extracting(DashboardIndexEntry::day).containsExactly(DAY_2);
  }

  @Test
  void aBacktestIsNeverPublishedOverALiveHistory() {
    DashboardPublisher p = publisher();
    p.publish(DashboardTestDays.settled(DAY_1, T1));

    assertThatThrownBy(() -> p.publish(DashboardTestDays.backtestDay(DAY_2, T2)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("never over a live history");
    assertThatThrownBy(() -> p.publishBacktest(DashboardTestDays.backtest(List.of(DAY_2), 1, T2)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("never over a live history");
    assertThat(hasPublishedBacktest(p)).isFalse();
    assertThat(hasPublishedDay(p, DAY_2)).isFalse();
    assertThat(p.index().days()).extracting(DashboardIndexEntry::day).containsExactly(DAY_1);
    assertThat(p.index().source()).isEqualTo(DataSource.LIVE);
  }

  @Test
  void aRunNeverPublishesIntoABacktestsFolder() {
    DashboardPublisher p = publisher();
    p.publishBacktest(DashboardTestDays.backtest(List.of(DAY_1), 0, T1)); // nothing metered: no day, still a backtest
    assertThat(p.index().source()).isEqualTo(DataSource.BACKTEST);

    assertThatThrownBy(() -> p.publish(DashboardTestDays.settled(DAY_2, T2)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds backtest data");
    assertThat(hasPublishedDay(p, DAY_2)).isFalse();
  }
}
