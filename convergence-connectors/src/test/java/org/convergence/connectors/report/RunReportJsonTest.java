package org.convergence.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.Quantile;
import org.convergence.core.run.RunOutcome;
import org.convergence.core.run.RunReport;
import org.convergence.core.run.SourceUse;
import org.convergence.core.run.StepTiming;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class RunReportJsonTest {
  static final MarketDay DAY = MarketDay.of(2022, 4, 30);

  static RunReport report() {
    List<EnergyInterval> halves = new ArrayList<>();
    for (Interval i : DAY.halfHours()) {
      halves.add(new EnergyInterval(i, 100, 20, 115));
    }
    List<HourPriceForecast> hours = new ArrayList<>();
    for (HourId h : HourId.all()) {
      hours.add(new HourPriceForecast(h, 150 + h.value(), List.of(new Quantile(0.1, 120), new Quantile(0.9, 190))));
    }
    Order o = new Order(DAY, HourId.of(3), Side.SELL, 0.01, -500);
    Instant start = DAY.gateClosure().minus(Duration.ofMinutes(30));
    return new RunReport(DAY, start, start.plusMillis(1500), RunOutcome.SUBMITTED, "sent 1", "hedge",
        List.of(new SourceUse("weather", "replay", "")), Optional.empty(),
        Optional.of(new EnergyForecast(DAY, halves, List.of("w1"))),
        Optional.of(new PriceForecast(DAY, "naive-weekly", hours)), new OrderSet(DAY, List.of(o)),
        Optional.of(new SubmissionReceipt(1, "ok")), List.of(new HeldOrder(o, Optional.empty())), true,
        List.of("w1"), OptionalDouble.empty(), List.of(new StepTiming("weather", Duration.ofMillis(12))));
  }

  @Test
  void carriesTheDayOrdersReceiptForecastsAndTimings() throws Exception {
    JsonNode j = new ObjectMapper().readTree(RunReportJson.toJson(report()));
    assertThat(j.get("market_day").asText()).isEqualTo("2022-04-30");
    assertThat(j.get("outcome").asText()).isEqualTo("SUBMITTED");
    assertThat(j.get("orders")).hasSize(1);
    assertThat(j.get("orders").get(0).get("hour_id").asInt()).isEqualTo(3);
    assertThat(j.get("orders").get(0).get("type").asText()).isEqualTo("SELL");
    assertThat(j.get("orders").get(0).get("price_gbp_per_mwh").asDouble()).isEqualTo(-500.0);
    assertThat(j.get("receipt").get("accepted").asInt()).isEqualTo(1);
    assertThat(j.get("held").get(0).get("filled").isNull()).isTrue();
    assertThat(j.get("forecasts").get("weather").isNull()).isTrue();
    assertThat(j.get("forecasts").get("energy").get("half_hours")).hasSize(48);
    assertThat(j.get("forecasts").get("energy").get("hourly_net_mwh").get(0).asDouble()).isEqualTo(0.01, 
        org.assertj.core.api.Assertions.within(1e-12));
    assertThat(j.get("forecasts").get("prices").get("hours").get(23).get("point_gbp_per_mwh").asDouble())
        .isEqualTo(174.0);
    assertThat(j.get("carbon_saved_kg").isNull()).isTrue();
    assertThat(j.get("timings").get(0).get("ms").asDouble()).isEqualTo(12.0);
    assertThat(j.get("total_ms").asDouble()).isEqualTo(1500.0);
  }
}
