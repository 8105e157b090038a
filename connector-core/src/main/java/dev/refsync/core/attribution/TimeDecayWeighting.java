package dev.refsync.core.attribution;

import dev.refsync.core.model.Deal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * TIME_DECAY (DESIGN 4.3): weight 2^(−age/halfLife) with age = {@code D.closedAt − R.submittedAt}
 * in fractional days; the shares are the normalized weights.
 */
final class TimeDecayWeighting implements CreditWeighting {
  private static final double SECONDS_PER_DAY = 86_400d;

  private final double halfLifeDays;

  TimeDecayWeighting(double halfLifeDays) {
    this.halfLifeDays = halfLifeDays;
  }

  @Override
  public Weights weigh(Deal deal, List<Candidate> candidates) {
    double[] ages = new double[candidates.size()];
    double youngest = Double.MAX_VALUE;
    for (int i = 0; i < ages.length; i++) {
      ages[i] = ageInDays(deal, candidates.get(i));
      youngest = Math.min(youngest, ages[i]);
    }
    // Normalizing makes the shares independent of a common factor, so each weight is taken relative
    // to the youngest candidate's: 2^(-(age - youngest)/h). The youngest weighs exactly 1, so the
    // sum can never underflow to 0 however long the window is compared with the half-life.
    // StrictMath keeps the result bit-identical on every JVM.
    List<BigDecimal> weights = new ArrayList<>(ages.length);
    StringBuilder explanation =
        new StringBuilder("TIME_DECAY with a half-life of ")
            .append(formatDays(halfLifeDays))
            .append(" days: weight 2^(-age/")
            .append(formatDays(halfLifeDays))
            .append(")");
    for (int i = 0; i < ages.length; i++) {
      weights.add(new BigDecimal(StrictMath.pow(2, -(ages[i] - youngest) / halfLifeDays)));
      Candidate c = candidates.get(i);
      explanation
          .append(i == 0 ? ": " : "; ")
          .append(c.id())
          .append(" age ")
          .append(Durations.describe(Duration.between(c.referral().submittedAt(), deal.closedAt())))
          .append(" weight ")
          .append(
              new BigDecimal(StrictMath.pow(2, -ages[i] / halfLifeDays))
                  .round(new MathContext(6))
                  .stripTrailingZeros()
                  .toPlainString());
    }
    explanation.append(".");
    return new Weights(weights, explanation.toString());
  }

  private static double ageInDays(Deal deal, Candidate candidate) {
    Duration age = Duration.between(candidate.referral().submittedAt(), deal.closedAt());
    return (age.getSeconds() + age.getNano() / 1e9) / SECONDS_PER_DAY;
  }

  private static String formatDays(double days) {
    return BigDecimal.valueOf(days).stripTrailingZeros().toPlainString();
  }
}
