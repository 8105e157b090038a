package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TieredRewardTest {
  private static final List<Reward.Tier> TIERS =
      List.of(
          new Reward.Tier(1, new BigDecimal("5")),
          new Reward.Tier(2, new BigDecimal("10")),
          new Reward.Tier(3, new BigDecimal("15")));

  private static Plan tiered(Reward.Basis basis, Integer months) {
    return plan("tiered", new Reward.Tiered(TIERS, basis, months, null), new Trigger.ClosedWon());
  }

  /** Declared (and credited) in an order different from the closing order. */
  private static Fixture threeConversions() {
    return new Fixture()
        .referrer("p1", ReferrerType.PARTNER)
        .referral("rA", "p1")
        .referral("rB", "p1")
        .referral("rC", "p1")
        .deal("dA", "aA", "10000", "USD", 12, day(30))
        .deal("dB", "aB", "10000", "USD", 12, day(10))
        .deal("dC", "aC", "10000", "USD", 12, day(20))
        .credit("dA", "rA", "1.000000")
        .credit("dB", "rB", "1.000000")
        .credit("dC", "rC", "1.000000");
  }

  @Test
  void theThirdConversionByCloseTimeGetsTheTierThreePercent() {
    List<CommissionEntry> entries =
        threeConversions().compute(day(100), tiered(Reward.Basis.ACV, null));

    assertThat(entries)
        .extracting(CommissionEntry::referralId, CommissionEntry::amount)
        .containsExactly(
            tuple("rB", new BigDecimal("500.00")),
            tuple("rC", new BigDecimal("1000.00")),
            tuple("rA", new BigDecimal("1500.00")));
    assertThat(entries.get(2).explanation()).startsWith("tier of conversion #3: 15% of first-year");
  }

  @Test
  void conversionsClosingAtTheSameTimeAreOrderedByReferralId() {
    Fixture f =
        new Fixture()
            .referrer("p1", ReferrerType.PARTNER)
            .referral("r2", "p1")
            .referral("r1", "p1")
            .deal("d2", "a2", "10000", "USD", 12, day(10))
            .deal("d1", "a1", "10000", "USD", 12, day(10))
            .credit("d2", "r2", "1.000000")
            .credit("d1", "r1", "1.000000");

    assertThat(f.compute(day(100), tiered(Reward.Basis.ACV, null)))
        .extracting(CommissionEntry::referralId, CommissionEntry::amount)
        // Same earnedAt: the ledger order is then by entry id, so only the amounts are compared.
        .containsExactlyInAnyOrder(
            tuple("r1", new BigDecimal("500.00")), tuple("r2", new BigDecimal("1000.00")));
  }

  @Test
  void paymentsBasisAppliesTheTierPercentToEachPaymentWithinMonths() {
    Fixture f =
        threeConversions()
            .payment("pA1", "aA", "1000", "USD", day(31))
            .payment("pA2", "aA", "1000", "USD", day(62))
            .payment("pA3", "aA", "1000", "USD", day(95));

    List<CommissionEntry> entries = f.compute(day(200), tiered(Reward.Basis.PAYMENTS, 2));

    assertThat(entries)
        .extracting(CommissionEntry::paymentId, CommissionEntry::amount)
        .containsExactly(
            tuple("pA1", new BigDecimal("150.00")), tuple("pA2", new BigDecimal("150.00")));
  }
}
