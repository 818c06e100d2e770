package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convergence.connectors.exchange.AimlacExchangeClient;
import org.convergence.connectors.exchange.AimlacExchangeServer;
import org.convergence.connectors.exchange.LoopbackExchange;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The acceptance, automated: trade 2022-03-15 on `./convergence exchange --clock 2022-03-14T08:00:00Z`. */
class ExchangeCommandTest {
  private static final String KEY = "k-acceptance-5b1e";
  private static final MarketDay DAY = MarketDay.of(2022, 3, 15);

  private static ExchangeCommand parse(StringWriter out, String... args) {
    CommandLine cli = ConvergenceCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    CommandLine.ParseResult parsed = cli.parseArgs(args);
    ExchangeCommand command = (ExchangeCommand) parsed.subcommand().commandSpec().userObject();
    command.environment = name -> null;
    return command;
  }

  @Test
  void twentyFourOrdersForTheNextDayAreAcceptedAndFillAgainstApxHourlyMeans() {
    StringWriter out = new StringWriter();
    ExchangeCommand command = parse(out, "exchange", "--port", "0", "--clock", "2022-03-14T08:00:00Z",
        "--key", KEY);
    try (AimlacExchangeServer server = command.start()) {
      AimlacExchangeClient client = new AimlacExchangeClient(URI.create("http://127.0.0.1:" + server.port()), KEY,
          LoopbackExchange.FAST);
      Map<HourId, Double> clearing = GbPriceFiles.bundled().clearingPrices(DAY, DAY).stream()
          .collect(Collectors.toMap(HourPrice::hour, HourPrice::priceGbpPerMWh));
      List<Order> orders = new ArrayList<>();
      for (HourId h : HourId.all()) {
        // SELL on odd hours, BUY on even; the limit alternates just above and just below the hour's clearing price
        Side side = h.value() % 2 == 1 ? Side.SELL : Side.BUY;
        double limit = clearing.get(h) + ((h.value() / 2) % 2 == 0 ? -1 : 1);
        orders.add(new Order(DAY, h, side, 0.5, limit));
      }

      SubmissionReceipt receipt = client.submit(new OrderSet(DAY, orders));
      List<HeldOrder> held = client.heldOrders(DAY);

      assertThat(receipt.accepted()).isEqualTo(24);
      assertThat(held).extracting(HeldOrder::order).containsExactlyElementsOf(orders);
      for (HeldOrder h : held) {
        assertThat(h.filled()).as("%s", h.order()).isEqualTo(Optional.of(h.order().fillsAt(clearing.get(h.hour()))));
      }
      assertThat(held).extracting(HeldOrder::isFilled).contains(true, false);
    }
    assertThat(out.toString()).contains("AIMLAC exchange on http://127.0.0.1:")
        .contains("clearing 42568 hours (2018-01-01 .. 2023-01-01)")
        .contains("Site:    bundled energy_onsite.csv: 2506 readings, 2022-02-16T00:33:35Z .. 2022-04-30T23:54:44Z")
        .contains("Clock:   2022-03-14T08:00").doesNotContain(KEY);
  }

  @Test
  void theSiteEndpointsReplayTheBundledReadingsAtTheExchangesClock() {
    ExchangeCommand command = parse(new StringWriter(), "exchange", "--port", "0", "--clock",
        "2022-03-14T08:00:00Z", "--key", KEY);
    try (AimlacExchangeServer server = command.start()) {
      AimlacExchangeClient client = new AimlacExchangeClient(URI.create("http://127.0.0.1:" + server.port()), KEY,
          LoopbackExchange.FAST);
      // the recording has a gap from 2022-03-12 00:29 to 2022-03-17: the latest reading by then is that one
      SiteReading reading = client.siteReading();
      assertThat(reading.time()).isEqualTo(Instant.parse("2022-03-12T00:29:06Z"));
      assertThat(reading.windKw()).isCloseTo((5 * 10640 + 10536) / 1000.0, within(1e-9));
      assertThat(reading.computingCentreKw()).isEqualTo(200.0);
      assertThat(reading.officeTemperatureC()).isEqualTo(12.07);
      // 2022-03-11 23:30: the 23:58:29 reading only, net = 6 x 10536 - 20000 - 200000
      assertThat(client.averagePowerW(Instant.parse("2022-03-11T23:30:00Z")))
          .isCloseTo(6 * 10536 - 220000, within(1e-9));
      assertThatThrownBy(() -> client.averagePowerW(Instant.parse("2022-03-14T07:30:00Z")))
          .isInstanceOf(ExchangeException.class).hasMessageContaining("HTTP 404")
          .hasMessageContaining("no site reading in the half-hour Mon, 14 Mar 2022 07:30:00 GMT");
    }
  }

  @Test
  void readingsComeFromAFileWhenGiven(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("readings.csv");
    Files.writeString(csv, """
        time,hq_power,computing_center,wind1,wind2,wind3,wind4,windA,windB,hq_temperature,solar
        2022-03-14 07:31:00,-30000,-200000,1000,1000,1000,1000,1000,1000,21.5,500.00
        2022-03-14 07:52:00,-150000,-200000,2000,2000,2000,2000,2000,2000,21.9,700.00
        """);
    StringWriter out = new StringWriter();
    ExchangeCommand command = parse(out, "exchange", "--port", "0", "--clock", "2022-03-14T08:00:00Z", "--key", KEY,
        "--readings", csv.toString());
    try (AimlacExchangeServer server = command.start()) {
      AimlacExchangeClient client = new AimlacExchangeClient(URI.create("http://127.0.0.1:" + server.port()), KEY,
          LoopbackExchange.FAST);
      assertThat(client.siteReading()).isEqualTo(new SiteReading(Instant.parse("2022-03-14T07:52:00Z"), 12.0, 0.7,
          150.0, 200.0, 21.9));
      assertThat(client.averagePowerW(Instant.parse("2022-03-14T07:30:00Z")))
          .isCloseTo(((6000 + 500 - 230000) + (12000 + 700 - 350000)) / 2.0, within(1e-9));
      assertThatThrownBy(() -> client.averagePowerW(Instant.parse("2022-03-14T07:00:00Z")))
          .isInstanceOf(ExchangeException.class).hasMessageContaining("HTTP 404");
    }
    assertThat(out.toString()).contains("Site:    " + csv + ": 2 readings, 2022-03-14T07:31:00Z .. 2022-03-14T07:52:00Z");
  }

  @Test
  void aMissingReadingsFileIsAClearError() {
    ExchangeCommand command = parse(new StringWriter(), "exchange", "--port", "0", "--key", KEY, "--readings",
        "no/such/energy_onsite.csv");
    assertThatThrownBy(command::start).isInstanceOf(UserFacingException.class)
        .hasMessage("--readings: no/such/energy_onsite.csv does not exist or is not a file");
  }

  @Test
  void withoutAKeyItSaysHowToGiveOne() {
    ExchangeCommand command = parse(new StringWriter(), "exchange", "--port", "0");
    assertThatThrownBy(command::start).isInstanceOf(UserFacingException.class)
        .hasMessage("the exchange needs a key: pass --key KEY or set CONVERGENCE_EXCHANGE_KEY");
  }

  @Test
  void aMissingPriceFileIsAClearError() {
    ExchangeCommand command = parse(new StringWriter(), "exchange", "--port", "0", "--key", KEY, "--prices",
        "no/such/prices.csv");
    assertThatThrownBy(command::start).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("no/such/prices.csv does not exist");
  }
}
