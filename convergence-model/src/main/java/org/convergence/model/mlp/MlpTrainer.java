package org.convergence.model.mlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.data.DailySeries;
import org.convergence.model.lear.LearFeatures;
import org.convergence.model.lear.RobustAsinhScaler;

/**
 * Calibrates the multi-output MLP ({@code mlp}) on the last {@code windowDays} known days (capped at the history, as
 * {@code lear-wide}'s long windows): LEAR's samples ({@link LearFeatures#samples}) and scaling ({@link
 * RobustAsinhScaler} of the inputs but the day-of-week dummies, and of each hour's price), some days held out for
 * early stopping (the most recent {@code holdOutDays} complete days, or with {@code holdOutOneIn} = k > 0 about one
 * day in k drawn by a hash of its date), the rest trained on with Adam on shuffled mini-batches of the absolute error
 * (the metric is the MAE) plus L2 weight decay. With {@code skip} the network has a linear map from the inputs
 * straight to the outputs besides its hidden layers ({@link Mlp}). {@code members} networks, each from its own seed
 * (members {@code firstMember..firstMember + members - 1}), are averaged.
 *
 * <p><b>Warm start (causal and deterministic).</b> A cold calibration (the first call, or after a gap of more than
 * {@value #MAX_WARM_GAP_DAYS} days, another series or a day not after the last one) trains each member from seeded
 * initial weights for up to {@code coldEpochs} epochs, stopping after {@code patience} epochs without a better
 * held-out error, and keeps the best. A later call (the next recalibration of a rolling evaluation) starts each
 * member from the weights it kept at the previous call, trained on days known then, and runs up to
 * {@code warmEpochs} epochs, again keeping the best on the held-out days (which the previous weights never trained
 * on: they were held out, or in the future, at every earlier call: the most recent days are held out until they
 * are older than {@code holdOutDays}, a date-hashed day always). So the state a forecast for D depends on was
 * built from the data known before D only, and an evaluation is reproducible from its first day: every seed derives
 * from the target day and the member's index. The trainer is not thread-safe (one rolling evaluation at a time);
 * {@code mlp} is an evaluation recipe, never a model file.
 */
public final class MlpTrainer implements PriceModelTrainer {
  /** The longest gap between two calibrations that still starts from the previous weights. */
  public static final int MAX_WARM_GAP_DAYS = 7;

  /** Network and training settings; {@code firstMember} is the index of the first member's seeds. */
  public record Hyper(List<Integer> hiddenUnits, boolean skip, int windowDays, int holdOutDays, int holdOutOneIn,
      int members, int batchSize, double learningRate, double l2, int coldEpochs, int patience, int warmEpochs,
      int firstMember) {
    public Hyper {
      hiddenUnits = List.copyOf(hiddenUnits);
      if (hiddenUnits.isEmpty() || members < 1 || firstMember < 0 || batchSize < 1 || holdOutDays < 7
          || holdOutOneIn < 0 || holdOutOneIn == 1 || coldEpochs < 1
          || warmEpochs < 0 || patience < 1 || !(learningRate > 0) || l2 < 0) {
        throw new IllegalArgumentException("invalid MLP settings: " + this);
      }
      if (windowDays < holdOutDays + 56) {
        throw new IllegalArgumentException("MLP window of " + windowDays + " days is too short for " + holdOutDays
            + " held-out days");
      }
    }

    /**
     * The recipe's settings, chosen among nine on NP 2015 (docs/price-forecasting.md, "mlp"): 128 ReLU units, no skip
     * map, the last 28 days held out, 4 members, batches of 32, Adam lr 10^-3, L2 10^-4, 200 cold epochs (patience
     * 15), 3 warm ones; members 0..3.
     */
    public static Hyper defaults() {
      return new Hyper(List.of(128), false, 1456, 28, 0, 4, 32, 1e-3, 1e-4, 200, 15, 3, 0);
    }

    /**
     * The same settings with members {@code first..first + count - 1}. A member's weights depend only on its index
     * (its seeds) and the data, never on the other members, so an ensemble split over processes by member ranges
     * forecasts the mean of the parts: members 0..7 are the mean of the runs of 0..3 and 4..7.
     */
    public Hyper withMembers(int first, int count) {
      return new Hyper(hiddenUnits, skip, windowDays, holdOutDays, holdOutOneIn, count, batchSize, learningRate, l2,
          coldEpochs, patience, warmEpochs, first);
    }
  }

  private final LearFeatures features;
  private final int availabilityLagDays;
  private final Hyper hyper;
  private State state;

  /** What the previous calibration kept: its series, last known day and each member's weights and Adam moments. */
  private record State(String series, int inputs, LocalDate lastKnown, List<Member> members) {}

  public MlpTrainer(LearFeatures features, int availabilityLagDays, Hyper hyper) {
    if (availabilityLagDays > features.minPriceLag()) {
      throw new IllegalArgumentException("price lags use days not known " + availabilityLagDays + " days ahead");
    }
    this.features = features;
    this.availabilityLagDays = availabilityLagDays;
    this.hyper = hyper;
  }

  @Override
  public String name() {
    return "mlp";
  }

  public Hyper hyper() {
    return hyper;
  }

  @Override
  public int availabilityLagDays() {
    return availabilityLagDays;
  }

  @Override
  public int partialDayHours() {
    return features.partialDayHours();
  }

  @Override
  public int calibrationWindowDays() {
    return hyper.windowDays();
  }

  @Override
  public MlpModel train(DailySeries known, LocalDate target) {
    int lastKnown = known.indexOf(target) - availabilityLagDays;
    int windowStart = Math.max(0, lastKnown - hyper.windowDays() + 1);
    LearFeatures.Samples samples = features.samples(known, windowStart + features.maxLag(), lastKnown);
    int n = samples.size();
    int held = heldOutCount(samples.days());
    if (n - held < 28 || held < 7) {
      throw new IllegalArgumentException(known.name() + ": only " + n + " complete training days before " + target
          + " (" + held + " held out); the MLP needs 28 to train on and 7 held out");
    }
    double[][] x = heldOutLast(samples.x(), samples.days());
    double[][] y = heldOutLast(samples.y(), samples.days());
    int p = x[0].length;
    RobustAsinhScaler inScaler = RobustAsinhScaler.fit(x, p - LearFeatures.DUMMIES);
    RobustAsinhScaler outScaler = RobustAsinhScaler.fit(y, 24);
    double[][] z = new double[n][];
    double[][] t = new double[n][24];
    for (int i = 0; i < n; i++) {
      z[i] = inScaler.transformRow(x[i]);
      for (int h = 0; h < 24; h++) {
        t[i][h] = outScaler.transform(h, y[i][h]);
      }
    }
    int[] sizes = new int[hyper.hiddenUnits().size() + 2];
    sizes[0] = p;
    for (int l = 0; l < hyper.hiddenUnits().size(); l++) {
      sizes[l + 1] = hyper.hiddenUnits().get(l);
    }
    sizes[sizes.length - 1] = 24;
    Mlp net = new Mlp(sizes, hyper.skip());
    LocalDate lastKnownDay = known.day(lastKnown);
    boolean warm = state != null && state.series().equals(known.name()) && state.inputs() == p
        && lastKnownDay.isAfter(state.lastKnown())
        && !lastKnownDay.isAfter(state.lastKnown().plusDays(MAX_WARM_GAP_DAYS));
    Adam adam = new Adam(net.weightMask(), hyper.learningRate(), hyper.l2());
    List<Member> kept = new ArrayList<>();
    List<double[]> parameters = new ArrayList<>();
    int training = n - held;
    for (int m = 0; m < hyper.members(); m++) {
      SplittableRandom random = new SplittableRandom(seed(target, hyper.firstMember() + m));
      Member start = warm ? state.members().get(m).copy() : Member.cold(net, random);
      Member best = fit(net, adam, start, z, t, training, warm ? hyper.warmEpochs() : hyper.coldEpochs(),
          warm ? Math.max(1, hyper.warmEpochs()) : hyper.patience(), random);
      kept.add(best);
      parameters.add(best.parameters());
    }
    state = new State(known.name(), p, lastKnownDay, List.copyOf(kept));
    return new MlpModel(features, inScaler, outScaler, net, parameters, lastKnownDay);
  }

  /** Trains {@code start} on samples 0..training-1 and returns its best state on the samples after them. */
  private Member fit(Mlp net, Adam adam, Member start, double[][] z, double[][] t, int training, int epochs,
      int patience, SplittableRandom random) {
    Mlp.Work w = net.work();
    double[] grad = new double[net.parameters()];
    int[] order = new int[training];
    for (int i = 0; i < training; i++) {
      order[i] = i;
    }
    Member current = start;
    Member best = start.copy();
    double bestError = heldOutError(net, current.parameters(), z, t, training, w);
    int since = 0;
    int batch = hyper.batchSize();
    for (int e = 0; e < epochs && since < patience; e++) {
      for (int i = training - 1; i > 0; i--) { // Fisher-Yates on the seeded generator
        int j = random.nextInt(i + 1);
        int s = order[i];
        order[i] = order[j];
        order[j] = s;
      }
      for (int b = 0; b < training; b += batch) {
        int end = Math.min(training, b + batch);
        java.util.Arrays.fill(grad, 0);
        double scale = 1.0 / ((end - b) * 24);
        for (int k = b; k < end; k++) {
          net.absoluteErrorGradient(current.parameters(), z[order[k]], t[order[k]], scale, grad, w);
        }
        adam.step(current, grad);
      }
      double error = heldOutError(net, current.parameters(), z, t, training, w);
      if (error < bestError) {
        bestError = error;
        best = current.copy();
        since = 0;
      } else {
        since++;
      }
    }
    return best;
  }

  /**
   * Whether a day is held out for early stopping: with {@code holdOutOneIn} = k > 0 the days whose date hash is 0
   * modulo k (about one in k, the same days at every calibration, so warm-started weights never trained on them);
   * else (k = 0) the last {@code holdOutDays} complete days of the window.
   */
  private boolean[] heldOut(LocalDate[] days) {
    boolean[] out = new boolean[days.length];
    for (int i = 0; i < days.length; i++) {
      out[i] = hyper.holdOutOneIn() > 0 ? Math.floorMod(seed(days[i], -1), hyper.holdOutOneIn()) == 0
          : i >= days.length - hyper.holdOutDays();
    }
    return out;
  }

  private int heldOutCount(LocalDate[] days) {
    int k = 0;
    for (boolean b : heldOut(days)) {
      k += b ? 1 : 0;
    }
    return k;
  }

  /** The rows trained on (in day order), then the held-out ones (in day order). */
  private double[][] heldOutLast(double[][] rows, LocalDate[] days) {
    boolean[] held = heldOut(days);
    double[][] out = new double[rows.length][];
    int k = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < rows.length; i++) {
        if (held[i] == (pass == 1)) {
          out[k++] = rows[i];
        }
      }
    }
    return out;
  }

  private static double heldOutError(Mlp net, double[] p, double[][] z, double[][] t, int from, Mlp.Work w) {
    double s = 0;
    for (int i = from; i < z.length; i++) {
      double[] out = net.forward(p, z[i], w);
      for (int h = 0; h < 24; h++) {
        s += Math.abs(out[h] - t[i][h]);
      }
    }
    return s / ((z.length - from) * 24.0);
  }

  /** The seed of member {@code m}'s initial weights and shuffles for a calibration for {@code target}. */
  static long seed(LocalDate target, int m) {
    long z = target.toEpochDay() * 0x9E3779B97F4A7C15L + (m + 1) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** One network's parameters and its Adam moments and step count. */
  record Member(double[] parameters, double[] firstMoment, double[] secondMoment, int[] steps) {
    static Member cold(Mlp net, SplittableRandom random) {
      int k = net.parameters();
      return new Member(net.initialParameters(random), new double[k], new double[k], new int[1]);
    }

    Member copy() {
      return new Member(parameters.clone(), firstMoment.clone(), secondMoment.clone(), steps.clone());
    }
  }

  /** Adam (Kingma & Ba) with L2 decay of the weights added to the gradient. */
  private record Adam(boolean[] decay, double learningRate, double l2) {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    void step(Member m, double[] grad) {
      int t = ++m.steps()[0];
      double c1 = 1 - Math.pow(BETA1, t);
      double c2 = 1 - Math.pow(BETA2, t);
      double[] p = m.parameters();
      double[] m1 = m.firstMoment();
      double[] m2 = m.secondMoment();
      for (int k = 0; k < p.length; k++) {
        double g = decay[k] ? grad[k] + l2 * p[k] : grad[k];
        m1[k] = BETA1 * m1[k] + (1 - BETA1) * g;
        m2[k] = BETA2 * m2[k] + (1 - BETA2) * g * g;
        p[k] -= learningRate * (m1[k] / c1) / (Math.sqrt(m2[k] / c2) + EPSILON);
      }
    }
  }
}
