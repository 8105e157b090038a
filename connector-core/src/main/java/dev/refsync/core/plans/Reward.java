package dev.refsync.core.plans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a plan pays (DESIGN 5). Percentages are written as in YAML: {@code 10} means 10 %.
 *
 * <p>Extension to DESIGN 5: every percentage-based reward accepts an optional {@code cap}, which
 * bounds the total of a referral's accruals under the plan.
 */
public sealed interface Reward
    permits Reward.Flat, Reward.PercentOfFirstYearAcv, Reward.RecurringPercent, Reward.Tiered {

  /** Optional total of a referral's accruals under the plan; null for none. */
  BigDecimal cap();

  /**
   * A fixed amount once per (referral, account), on the first attributed closed-won deal, in the
   * deal's currency.
   */
  record Flat(BigDecimal amount) implements Reward {
    public Flat {
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public BigDecimal cap() {
      return null;
    }
  }

  /** {@code percent} of the first-year ACV of the first attributed closed-won deal. */
  record PercentOfFirstYearAcv(BigDecimal percent, BigDecimal cap) implements Reward {
    public PercentOfFirstYearAcv {
      Objects.requireNonNull(percent, "percent");
    }
  }

  /**
   * {@code percent} of each payment of the attributed account, for {@code months} calendar months
   * from its first payment after the deal closed; null {@code months} means for its lifetime.
   */
  record RecurringPercent(BigDecimal percent, Integer months, BigDecimal cap) implements Reward {
    public RecurringPercent {
      Objects.requireNonNull(percent, "percent");
    }
  }

  /**
   * Like {@link PercentOfFirstYearAcv} (basis ACV) or {@link RecurringPercent} (basis PAYMENTS),
   * with the percent of the tier this referrer's n-th conversion reached.
   *
   * @param tiers ordered by {@code fromConversion}, the first starting at 1
   * @param basis what the percent applies to
   * @param months for basis PAYMENTS: as {@link RecurringPercent#months()}
   * @param cap optional total per referral under this plan
   */
  record Tiered(List<Tier> tiers, Basis basis, Integer months, BigDecimal cap) implements Reward {
    public Tiered {
      tiers = List.copyOf(tiers);
      Objects.requireNonNull(basis, "basis");
    }

    /** The percent for the n-th conversion (n starts at 1): the highest tier reached. */
    public BigDecimal percentFor(int conversion) {
      BigDecimal percent = BigDecimal.ZERO;
      for (Tier tier : tiers) {
        if (tier.fromConversion() <= conversion) {
          percent = tier.percent();
        }
      }
      return percent;
    }
  }

  /** One step of a {@link Tiered} reward: from the n-th conversion on, pay {@code percent}. */
  record Tier(int fromConversion, BigDecimal percent) {
    public Tier {
      Objects.requireNonNull(percent, "percent");
    }
  }

  /** What a {@link Tiered} reward's percent applies to. */
  enum Basis {
    ACV,
    PAYMENTS
  }
}
