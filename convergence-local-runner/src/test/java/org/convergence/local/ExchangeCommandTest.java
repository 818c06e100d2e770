package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convergence.connectors.exchange.AimlacExchangeClient;
import org.convergence.connectors.exchange.AimlacExchangeServer;
import org.convergence.connectors.exchange.LoopbackExchange;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;
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
        .contains("clearing 2877 hours (2022-01-01 .. 2022-04-30)")
        .contains("Clock:   2022-03-14T08:00").doesNotContain(KEY);
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
