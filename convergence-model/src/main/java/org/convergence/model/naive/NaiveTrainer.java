package org.convergence.model.naive;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.convergence.model.DayForecast;
import org.convergence.model.PriceModel;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.data.DailySeries;

/**
 * The naive benchmarks of the EPF literature. Weekly: each hour's price a week earlier. Standard: a week earlier on
 * Monday, Saturday and Sunday, the latest known day otherwise (D-1 on the EPF markets; D-2 on GB, where D-1's
 * prices are not known at the gate). Nothing to calibrate.
 */
public final class NaiveTrainer implements PriceModelTrainer {
  /** Which naive rule. */
  public enum Kind {
    WEEKLY("naive-weekly"),
    STANDARD("naive-standard");

    final String id;

    Kind(String id) {
      this.id = id;
    }
  }

  private final Kind kind;
  private final int availabilityLagDays;

  public NaiveTrainer(Kind kind, int availabilityLagDays) {
    if (availabilityLagDays < 1 || availabilityLagDays > 7) {
      throw new IllegalArgumentException("availability lag must be 1..7 days, was " + availabilityLagDays);
    }
    this.kind = kind;
    this.availabilityLagDays = availabilityLagDays;
  }

  @Override
  public String name() {
    return kind.id;
  }

  @Override
  public int availabilityLagDays() {
    return availabilityLagDays;
  }

  @Override
  public PriceModel train(DailySeries known, LocalDate target) {
    return model();
  }

  public PriceModel model() {
    return new PriceModel() {
      @Override
      public String id() {
        return kind.id;
      }

      @Override
      public DayForecast forecast(DailySeries known, LocalDate target) {
        int lag = lagDays(target.getDayOfWeek());
        int t = known.indexOf(target) - lag;
        if (t < 0) {
          throw new IllegalArgumentException(known.name() + ": no prices " + lag + " days before " + target);
        }
        double[] p = new double[24];
        for (int h = 0; h < 24; h++) {
          p[h] = known.priceOrEarlier(t, h, org.convergence.model.lear.LearFeatures.IMPUTE_DAYS);
          if (Double.isNaN(p[h])) {
            throw new IllegalArgumentException(known.name() + ": price of " + known.day(t) + " hour " + h
                + " is missing (and in the " + org.convergence.model.lear.LearFeatures.IMPUTE_DAYS
                + " days before), the " + kind.id + " forecast of " + target + " needs it");
          }
        }
        return DayForecast.pointOnly(target, p);
      }
    };
  }

  int lagDays(DayOfWeek dow) {
    if (kind == Kind.WEEKLY || dow == DayOfWeek.MONDAY || dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      return 7;
    }
    return availabilityLagDays;
  }
}
