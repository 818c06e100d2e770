package org.convergence.core.price;

import java.time.Duration;
import java.time.Instant;
import org.convergence.core.time.MarketDay;

/**
 * Port: forecasts the joint distribution of the clearing price {@code P} and the spread {@code S = P - I} for the 24
 * hours of a market day. An implementation may use only prices <b>published</b> by {@code asOf}: an hour's clearing
 * and imbalance price count as published {@link #PUBLICATION_LAG} after its delivery ended (see
 * {@link #publishedBy}). Same history and {@code asOf}, same forecast (any sampling is seeded from the model and the
 * day).
 */
public interface SpreadForecaster {
  /**
   * How long after an hour's delivery its prices may be used. The GB system price of a settlement period is
   * published by Elexon within about 15-30 minutes of its end; one hour is a conservative margin for both prices.
   */
  Duration PUBLICATION_LAG = Duration.ofHours(1);

  /** A stable id of the model (name, version, calibration window), stored with every forecast. */
  String id();

  SpreadForecast forecast(MarketDay day, PriceHistory history, Instant asOf);

  /** The latest delivery end whose prices are published at {@code asOf}. */
  static Instant publishedBy(Instant asOf) {
    return asOf.minus(PUBLICATION_LAG);
  }

  /**
   * True when the prices of an hour ending at {@code deliveryEnd} are published at {@code asOf}: the one rule of
   * {@link PublishedPrices#isPublished(Instant, Instant)} with this port's {@link #PUBLICATION_LAG} as margin.
   */
  static boolean isPublished(Instant deliveryEnd, Instant asOf) {
    return PublishedPrices.isPublished(deliveryEnd, publishedBy(asOf));
  }
}
