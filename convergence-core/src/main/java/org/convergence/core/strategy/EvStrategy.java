package org.convergence.core.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.convergence.core.market.MarketRules;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.HourSpreadForecast;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * {@code ev}: per hour, the side, volume and limit that maximise the expected value added {@code E[q (P - I)]} on
 * the joint scenarios of the {@link SpreadForecast}, under a {@link RiskBudget}.
 *
 * <ol>
 *   <li>Candidates per hour: contract the expected net {@code X} (always filling), or {@code X + m} / {@code X - m}
 *       ({@code m} = max position beyond the net, within the grid cap) at an always-filling limit or (with
 *       conditional limits on) at a limit at the 10..90 % quantile of the clearing-price scenarios. A SELL fills in
 *       scenario k only when {@code P_k >= limit}, a BUY only when {@code P_k <= limit}; an unfilled order adds
 *       nothing. The value of a
 *       candidate is the mean over scenarios of {@code q S_k 1{fill_k}}.
 *   <li>The best candidate is taken when it beats hedging the net by at least {@code min_edge} per MWh of position;
 *       otherwise the net is hedged.
 *   <li>Vote (when {@code model_weight} {@code w < 1}): the side is the sign of {@code w m + (1 - w) t}, {@code m}
 *       the sign of the chosen candidate's position beyond the net (0 when hedged) and {@code t} the mean sign of the
 *       hour's trailing 7/14/28-day mean spreads ({@link SpreadEstimate#trailingMeanGbpPerMWh}); on the model's
 *       side its candidate stands, on the other side the full position is taken always filling, at a tie the net is
 *       hedged. With {@code trailing_vote_days} K > 0, {@code t} is instead the sign of the one window whose rule
 *       added most over the last K settled days.
 *   <li>Daily loss limit: the CVaR at {@code loss_confidence} of the day's scenario value added (scenarios are
 *       joint across hours) may not exceed {@code daily_loss_limit_gbp}; otherwise every position beyond the net is
 *       scaled by the largest factor in [0, 1] that meets it (bisection; CVaR is convex in the factor).
 *   <li>Drawdown stop: when the strategy's realised value added ({@link TrackRecord}, settled days up to D-2) has
 *       fallen more than {@code drawdown_stop_gbp} below its peak within the {@code drawdown_window_days} days
 *       ending at D-2, only the net is hedged.
 * </ol>
 *
 * Without a spread forecast in the context it hedges the expected net. Pure: same context, same orders.
 */
public final class EvStrategy implements BiddingStrategy {
  public static final String NAME = "ev";
  /** Limits tried besides always filling: these quantiles of the clearing-price scenarios. */
  static final double[] LIMIT_LEVELS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
  static final int BISECTION_STEPS = 30;
  /** Whether conditional limits are tried by default (chosen on 2021). */
  public static final boolean DEFAULT_CONDITIONAL_LIMITS = false;

  /** The model's weight in the vote by default (settings {@code strategy.model_weight}; 1 = the model alone). */
  public static final double DEFAULT_MODEL_WEIGHT = 1.0;
  /** The trailing vote by default: the mean of the three signs (settings {@code strategy.trailing_vote_days}). */
  public static final int DEFAULT_TRAILING_VOTE_DAYS = 0;
  /** The most settled days the trailing rules can be replayed on with the history an estimate keeps. */
  public static final int MAX_TRAILING_VOTE_DAYS = SpreadEstimate.SETTLED_HISTORY_DAYS
      - SpreadEstimate.MAX_TRAILING_DAYS - 1;
  /** The trailing windows whose signs vote beside the model, market days. */
  static final int[] TRAILING_VOTERS_DAYS = {7, 14, 28};

  private final RiskBudget budget;
  private final boolean conditionalLimits;
  private final double modelWeight;
  private final int trailingVoteDays;

  /** With conditional limits tried beside always filling (settings {@code strategy.conditional_limits}). */
  public EvStrategy(RiskBudget budget, boolean conditionalLimits) {
    this(budget, conditionalLimits, DEFAULT_MODEL_WEIGHT);
  }

  /**
   * With the model's weight {@code w} in the side vote (settings {@code strategy.model_weight}): per hour the side
   * is the sign of {@code w m + (1 - w) t}, {@code m} the model's choice (+1 sell beyond the net, -1 buy, 0 hedge)
   * and {@code t} the mean sign of the trailing 7/14/28-day mean spreads; {@code w = 1} is the model alone.
   */
  public EvStrategy(RiskBudget budget, boolean conditionalLimits, double modelWeight) {
    this(budget, conditionalLimits, modelWeight, DEFAULT_TRAILING_VOTE_DAYS);
  }

  /**
   * As above; with {@code trailingVoteDays} K > 0 the trailing vote {@code t} is not the mean of the three signs but
   * the sign of the one window (7, 14 or 28 days) whose rule added most, all hours together, over the last K settled
   * days (replayed from the spreads; settings {@code strategy.trailing_vote_days}, 0 = the mean sign).
   */
  public EvStrategy(RiskBudget budget, boolean conditionalLimits, double modelWeight, int trailingVoteDays) {
    this.budget = java.util.Objects.requireNonNull(budget, "budget");
    if (trailingVoteDays < 0 || trailingVoteDays > MAX_TRAILING_VOTE_DAYS) {
      throw new IllegalArgumentException("trailing_vote_days must be within 0.." + MAX_TRAILING_VOTE_DAYS + ", was "
          + trailingVoteDays);
    }
    this.trailingVoteDays = trailingVoteDays;
    this.conditionalLimits = conditionalLimits;
    if (!(modelWeight >= 0 && modelWeight <= 1)) {
      throw new IllegalArgumentException("model_weight must be within [0, 1], was " + modelWeight);
    }
    this.modelWeight = modelWeight;
  }

  public double modelWeight() {
    return modelWeight;
  }

  public int trailingVoteDays() {
    return trailingVoteDays;
  }

  /** The default decision rule: always-filling limits only (chosen on 2021, docs/daily-run-and-strategies.md). */
  public EvStrategy(RiskBudget budget) {
    this(budget, DEFAULT_CONDITIONAL_LIMITS);
  }

  public boolean conditionalLimits() {
    return conditionalLimits;
  }

  public RiskBudget budget() {
    return budget;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean usesSpreadForecast() {
    return true;
  }

  @Override
  public OrderSet orders(BiddingContext c) {
    return decide(c).orders();
  }

  /** The day's decisions: orders, the reasons per hour, the day's scenario CVaR and whether the stop is on. */
  public record Decision(OrderSet orders, List<HourDecision> hours, double cvarGbp, double scale, boolean stopped) {}

  private record Candidate(double q, Side side, double limit, String rule, double[] value, double ev, double fill) {}

  public Decision decide(BiddingContext c) {
    Optional<SpreadForecast> sf = c.spreadForecast();
    boolean stopped = drawdown(c.trackRecord(), c.day(), budget.drawdownWindowDays()) > budget.drawdownStopGbp();
    List<Candidate> chosen = new ArrayList<>();
    List<Candidate> hedges = new ArrayList<>();
    int[] voters = trailingVoters(c.spread());
    for (HourId h : HourId.all()) {
      double net = c.energy().netMWh(h);
      double hi = Math.min(net + budget.maxPositionMW(), c.grid().exportCapacityMW());
      double lo = Math.max(net - budget.maxPositionMW(), -c.grid().importCapacityMW());
      double hedgeQ = Math.max(lo, Math.min(hi, net));
      if (sf.isEmpty()) {
        Candidate hedge = new Candidate(hedgeQ, side(hedgeQ), alwaysFilling(hedgeQ), "always", null, 0, 1);
        chosen.add(hedge);
        hedges.add(hedge);
        continue;
      }
      HourSpreadForecast f = sf.get().hour(h);
      Candidate hedge = value(f, hedgeQ, alwaysFilling(hedgeQ), "always");
      hedges.add(hedge);
      Candidate best = hedge;
      if (!stopped) {
        for (double q : new double[] {hi, lo}) {
          if (Math.abs(q - hedgeQ) < Contracts.VOLUME_STEP_MWH) {
            continue;
          }
          List<Candidate> tries = new ArrayList<>();
          tries.add(value(f, q, alwaysFilling(q), "always"));
          for (double level : conditionalLimits ? LIMIT_LEVELS : new double[0]) {
            tries.add(value(f, q, Contracts.clampLimit(f.clearingQuantile(level)),
                String.format(java.util.Locale.ROOT, "P q%02.0f", 100 * level)));
          }
          for (Candidate t : tries) {
            double edge = t.ev() - hedge.ev();
            if (t.ev() > best.ev() && edge >= budget.minEdgeGbpPerMWh() * Math.abs(q - hedgeQ)) {
              best = t;
            }
          }
        }
      }
      if (!stopped && modelWeight < 1) {
        best = vote(c, h, f, best, hedge, hi, lo, voters);
      }
      chosen.add(best);
    }
    double scale = 1;
    double cvar = 0;
    if (sf.isPresent()) {
      int n = sf.get().scenarioCount();
      double[] base = new double[n];
      double[] extra = new double[n];
      for (int i = 0; i < chosen.size(); i++) {
        Candidate b = chosen.get(i);
        Candidate hedge = hedges.get(i);
        for (int k = 0; k < n; k++) {
          base[k] += hedge.value()[k];
          extra[k] += b.value()[k] - hedge.value()[k];
        }
      }
      cvar = cvar(base, extra, 1, budget.lossConfidence());
      if (cvar > budget.dailyLossLimitGbp()) {
        double ok = 0;
        double bad = 1;
        if (cvar(base, extra, 0, budget.lossConfidence()) > budget.dailyLossLimitGbp()) {
          bad = 0;
        }
        for (int s = 0; s < BISECTION_STEPS && bad > 0; s++) {
          double mid = (ok + bad) / 2;
          if (cvar(base, extra, mid, budget.lossConfidence()) <= budget.dailyLossLimitGbp()) {
            ok = mid;
          } else {
            bad = mid;
          }
        }
        scale = ok;
        cvar = cvar(base, extra, scale, budget.lossConfidence());
      }
    }
    List<Order> orders = new ArrayList<>();
    List<HourDecision> reasons = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      HourId h = HourId.of(i + 1);
      Candidate b = chosen.get(i);
      Candidate hedge = hedges.get(i);
      double q = hedge.q() + scale * (b.q() - hedge.q());
      boolean sameSide = Math.abs(q) < Contracts.VOLUME_STEP_MWH || side(q) == b.side();
      double limit = sameSide ? b.limit() : alwaysFilling(q);
      Optional<Order> o = Contracts.contract(c.day(), h, q, limit, c.grid());
      o.ifPresent(orders::add);
      double ev = 0;
      double fill = 1;
      String rule = sameSide ? b.rule() : "always";
      if (sf.isPresent()) {
        HourSpreadForecast f = sf.get().hour(h);
        Candidate actual = value(f, o.map(Order::signedVolumeMWh).orElse(0.0),
            o.map(Order::limitPriceGbpPerMWh).orElse(limit), rule);
        ev = actual.ev();
        fill = actual.fill();
        reasons.add(new HourDecision(h, o, o.map(Order::signedVolumeMWh).orElse(0.0) - c.energy().netMWh(h), ev,
            fill, rule, f.spreadQuantile(0.1), f.spreadQuantile(0.5), f.spreadQuantile(0.9),
            f.meanSpreadGbpPerMWh(), f.clearingQuantile(0.1), f.clearingQuantile(0.5), f.clearingQuantile(0.9)));
      }
    }
    return new Decision(new OrderSet(c.day(), orders), reasons, cvar, scale, stopped);
  }

  /** The side by the weighted vote of the model's choice and the trailing signs, the full position on it. */
  private Candidate vote(BiddingContext c, HourId h, HourSpreadForecast f, Candidate model, Candidate hedge,
      double hi, double lo, int[] voters) {
    double m = Math.abs(model.q() - hedge.q()) < Contracts.VOLUME_STEP_MWH ? 0 : Math.signum(model.q() - hedge.q());
    double t = 0;
    for (int days : voters) {
      double mean = c.spread().trailingCapacityDays() >= days ? c.spread().trailingMeanGbpPerMWh(h, days) : Double.NaN;
      t += Double.isNaN(mean) ? 0 : Math.signum(mean);
    }
    t /= voters.length;
    double v = modelWeight * m + (1 - modelWeight) * t;
    if (Math.abs(v) < 1e-12) {
      return hedge;
    }
    double q = v > 0 ? hi : lo;
    if (m == Math.signum(v)) {
      return model; // the model's own order on the side the vote chose
    }
    return Math.abs(q - hedge.q()) < Contracts.VOLUME_STEP_MWH ? hedge : value(f, q, alwaysFilling(q), "vote");
  }

  /**
   * The trailing windows that vote: all three, or (with {@code trailing_vote_days} K > 0 and enough settled days)
   * the one whose rule, replayed on each of the last K settled days with the spreads known before that day, added
   * most over all hours (the shorter window on a tie).
   */
  private int[] trailingVoters(SpreadEstimate spread) {
    int longest = TRAILING_VOTERS_DAYS[TRAILING_VOTERS_DAYS.length - 1];
    if (trailingVoteDays == 0 || spread.trailingCapacityDays() < trailingVoteDays + longest + 1) {
      return TRAILING_VOTERS_DAYS;
    }
    int best = TRAILING_VOTERS_DAYS[0];
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int days : TRAILING_VOTERS_DAYS) {
      double value = 0;
      for (int j = 0; j < trailingVoteDays; j++) {
        for (HourId h : HourId.all()) {
          double signal = spread.trailingMeanGbpPerMWh(h, days, j + 2); // as known at D-2-j's run
          double actual = spread.settledSpreadGbpPerMWh(h, j);
          if (!Double.isNaN(signal) && !Double.isNaN(actual)) {
            value += Math.signum(signal) * actual;
          }
        }
      }
      if (value > bestValue) {
        bestValue = value;
        best = days;
      }
    }
    return new int[] {best};
  }

  private static Side side(double q) {
    return q >= 0 ? Side.SELL : Side.BUY;
  }

  private static double alwaysFilling(double q) {
    return q >= 0 ? MarketRules.PRICE_FLOOR_GBP_PER_MWH : MarketRules.PRICE_CAP_GBP_PER_MWH;
  }

  /** Scenario values of contracting {@code q} (signed, MWh) at {@code limit}. */
  private static Candidate value(HourSpreadForecast f, double q, double limit, String rule) {
    Side side = side(q);
    int n = f.scenarioCount();
    double[] v = new double[n];
    double sum = 0;
    int fills = 0;
    for (int k = 0; k < n; k++) {
      if (MarketRules.fills(side, limit, f.clearingGbpPerMWh(k))) {
        v[k] = q * f.spreadGbpPerMWh(k);
        sum += v[k];
        fills++;
      }
    }
    return new Candidate(q, side, limit, rule, v, sum / n, fills / (double) n);
  }

  /**
   * CVaR of the day's loss at {@code confidence}: the mean of the worst {@code ceil((1 - confidence) n)} scenario
   * losses of {@code base + scale extra}, GBP (negative when even those gain).
   */
  static double cvar(double[] base, double[] extra, double scale, double confidence) {
    int n = base.length;
    double[] loss = new double[n];
    for (int k = 0; k < n; k++) {
      loss[k] = -(base[k] + scale * extra[k]);
    }
    Arrays.sort(loss);
    int tail = Math.max(1, (int) Math.ceil((1 - confidence) * n));
    double s = 0;
    for (int k = n - tail; k < n; k++) {
      s += loss[k];
    }
    return s / tail;
  }

  /**
   * How far the cumulative value added of the {@code window} market days ending at D-2 (the record's days in them)
   * stands below its peak in them, GBP.
   */
  static double drawdown(TrackRecord record, MarketDay day, int window) {
    MarketDay first = TrackRecord.lastKnowable(day).minusDays(window - 1);
    double cum = 0;
    double peak = 0;
    for (TrackRecord.DailyValue d : record.knownFor(day).days()) {
      if (d.day().compareTo(first) >= 0) {
        cum += d.valueAddedGbp();
        peak = Math.max(peak, cum);
      }
    }
    return peak - cum;
  }
}
