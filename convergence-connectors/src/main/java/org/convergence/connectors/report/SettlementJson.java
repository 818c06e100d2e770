package org.convergence.connectors.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.SettledHour;
import org.convergence.core.settle.SettlementResult;

/**
 * Settled days as JSON ({@code ./convergence settle --json}): an array with one object per day. Field names are
 * snake_case with units; money is rounded to the penny as the backtest's; a value that is unknown (a pending day's
 * P&amp;L) is {@code null}.
 */
public final class SettlementJson {
  /** Version of this layout; bumped on any incompatible change. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SettlementJson() {}

  public static String toJson(List<SettlementResult> days) {
    ArrayNode array = MAPPER.createArrayNode();
    days.forEach(d -> array.add(toTree(d)));
    try {
      return MAPPER.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the settlement as JSON", e);
    }
  }

  public static ObjectNode toTree(SettlementResult r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema_version", SCHEMA_VERSION);
    o.put("market_day", r.day().toString());
    o.put("status", r.status().name());
    o.put("message", r.message());
    money(o, "pnl_gbp", r.pnlGbp());
    money(o, "value_added_gbp", r.valueAddedGbp());
    money(o, "da_gbp", r.dayAheadGbp());
    money(o, "imbalance_gbp", r.imbalanceGbp());
    money(o, "no_trade_pnl_gbp", r.noTradePnlGbp());
    money(o, "bound_pnl_gbp", r.boundPnlGbp());
    o.put("hours_replaced", r.hoursReplaced());
    o.put("published", r.published());
    ArrayNode warnings = o.putArray("warnings");
    r.warnings().forEach(warnings::add);
    ArrayNode sources = o.putArray("sources");
    r.sources().forEach(sources::add);
    ArrayNode hours = o.putArray("hours");
    for (SettledHour h : r.hours()) {
      HourSettlement s = h.settlement();
      ObjectNode n = hours.addObject();
      n.put("hour_id", s.hour().value());
      n.put("filled", s.filled());
      if (h.exchangeFilled().isPresent()) {
        n.put("exchange_filled", h.exchangeFilled().get());
      } else {
        n.putNull("exchange_filled");
      }
      n.put("rule_filled", h.ruleFilled());
      n.put("contracted_net_mwh", s.contractedNetMWh());
      n.put("metered_net_mwh", s.actualNetMWh());
      n.put("clearing_price_gbp_per_mwh", s.clearingPriceGbpPerMWh());
      n.put("imbalance_price_gbp_per_mwh", s.imbalancePriceGbpPerMWh());
      money(n, "da_gbp", s.dayAheadCashGbp());
      money(n, "imbalance_gbp", s.imbalanceCashGbp());
      money(n, "pnl_gbp", s.pnlGbp());
      money(n, "value_added_gbp", h.valueAddedGbp());
      money(n, "bound_pnl_gbp", h.boundPnlGbp());
      n.put("revision", h.revision());
      n.put("settled_at", h.settledAt().toString());
      n.put("source", h.source());
    }
    return o;
  }

  private static void money(ObjectNode o, String field, double gbp) {
    if (Double.isFinite(gbp)) {
      o.put(field, Math.round(gbp * 100) / 100.0);
    } else {
      o.putNull(field);
    }
  }
}
