package dev.refsync.core.attribution;

import dev.refsync.core.model.Credit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a model's weights into shares with exactly six decimal places that sum to exactly 1 (DESIGN
 * 4.3): each share is rounded HALF_EVEN, shares that round to 0 are dropped, and the residual goes
 * to the credit with the largest unrounded share (ties: the latest submitted, then the smaller id).
 */
final class ShareAllocator {
  static final int SCALE = 6;
  private static final BigDecimal UNIT = BigDecimal.ONE.movePointLeft(SCALE);

  /** Credits by descending share, then referral id. */
  static final Comparator<Credit> CREDIT_ORDER =
      Comparator.comparing(Credit::share).reversed().thenComparing(Credit::referralId);

  private ShareAllocator() {}

  /**
   * @param candidates the candidates, not empty
   * @param weights one non-negative weight per candidate, at least one positive
   */
  static List<Credit> allocate(List<Candidate> candidates, List<BigDecimal> weights) {
    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (candidates.isEmpty()
        || candidates.size() != weights.size()
        || total.signum() <= 0
        || weights.stream().anyMatch(w -> w.signum() < 0)) {
      throw new IllegalArgumentException(
          "Need one non-negative weight per candidate with a positive sum, got "
              + weights
              + " for "
              + candidates.size()
              + " candidates");
    }
    List<Share> shares = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      // A lone candidate's weight is the whole total: its share is exactly 1, without the
      // 34-digit division (on time-decay weights a multi-word BigInteger division per deal).
      BigDecimal unrounded =
          candidates.size() == 1
              ? BigDecimal.ONE
              : weights.get(i).divide(total, MathContext.DECIMAL128);
      shares.add(
          new Share(
              candidates.get(i), unrounded, unrounded.setScale(SCALE, RoundingMode.HALF_EVEN)));
    }
    // Largest unrounded share first; among equals, the one the models prefer.
    shares.sort(
        Comparator.comparing(Share::unrounded)
            .reversed()
            .thenComparing(Share::candidate, Candidate.PREFERENCE));
    // The largest share is always kept: if even it rounds to 0 (more than two million candidates),
    // the residual then makes it 1 rather than crediting nobody.
    Share top = shares.get(0);
    List<Share> kept =
        new ArrayList<>(shares.stream().filter(s -> s == top || s.rounded.signum() > 0).toList());
    BigDecimal residual =
        BigDecimal.ONE.subtract(
            kept.stream().map(s -> s.rounded).reduce(BigDecimal.ZERO, BigDecimal::add));
    if (top.rounded.add(residual).signum() > 0) {
      top.rounded = top.rounded.add(residual);
    } else {
      takeOneUnitAtATime(kept, residual.negate());
    }
    List<Credit> credits = new ArrayList<>(kept.size());
    for (Share s : kept) {
      if (s.rounded.signum() > 0) {
        credits.add(new Credit(s.candidate.id(), s.candidate.referrer().id(), s.rounded));
      }
    }
    credits.sort(CREDIT_ORDER);
    return List.copyOf(credits);
  }

  /**
   * With more than about 1,400 near-equal shares, rounding up can exceed the largest share itself;
   * then the excess is taken back one millionth at a time, from the smallest shares first, dropping
   * a share that reaches 0. The kept shares add up to 1 plus the excess, so this always ends.
   */
  private static void takeOneUnitAtATime(List<Share> kept, BigDecimal excess) {
    BigDecimal remaining = excess;
    while (remaining.signum() > 0) {
      for (int i = kept.size() - 1; i >= 0 && remaining.signum() > 0; i--) {
        Share s = kept.get(i);
        if (s.rounded.signum() > 0) {
          s.rounded = s.rounded.subtract(UNIT);
          remaining = remaining.subtract(UNIT);
        }
      }
    }
  }

  private static final class Share {
    private final Candidate candidate;
    private final BigDecimal unrounded;
    private BigDecimal rounded;

    private Share(Candidate candidate, BigDecimal unrounded, BigDecimal rounded) {
      this.candidate = candidate;
      this.unrounded = unrounded;
      this.rounded = rounded;
    }

    BigDecimal unrounded() {
      return unrounded;
    }

    Candidate candidate() {
      return candidate;
    }
  }
}
