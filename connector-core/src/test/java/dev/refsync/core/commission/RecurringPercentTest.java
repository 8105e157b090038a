package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringPercentTest {
  private static final Plan LIFETIME =
      plan(
          "partner-recurring",
          new Reward.RecurringPercent(new BigDecimal("25"), null, null),
          new Trigger.ClosedWon());

  @Test
  void paysOneEntryPerPaymentOfTheAccountFromTheFirstDealsClose() {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(10))
            .credit("d1", "r1", "1.000000")
            .payment("before", "a1", "1000", "USD", day(9))
            .payment("p1", "a1", "1000", "USD", day(10))
            .payment("p2", "a1", "1000", "EUR", day(40))
            .payment("other", "a2", "1000", "USD", day(41))
            .payment("p3", "a1", "400", "USD", day(900));

    List<CommissionEntry> entries = f.compute(day(1000), LIFETIME);

    assertThat(entries)
        .extracting(
            CommissionEntry::paymentId,
            CommissionEntry::dealId,
            CommissionEntry::amount,
            CommissionEntry::currency,
            CommissionEntry::earnedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "p1", "d1", new BigDecimal("250.00"), "USD", day(10)),
            org.assertj.core.groups.Tuple.tuple(
                "p2", "d1", new BigDecimal("250.00"), "EUR", day(40)),
            org.assertj.core.groups.Tuple.tuple(
                "p3", "d1", new BigDecimal("100.00"), "USD", day(900)));
    assertThat(entries.get(0).explanation())
        .isEqualTo(
            "25% of payment p1 1,000.00 USD × share 1.000000 = 250.00 USD"
                + " (plan partner-recurring, deal d1, lifetime, earned at signature)");
  }

  @Test
  void aReferralWithoutAnyPaymentEarnsNothingYet() {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(10))
            .credit("d1", "r1", "1.000000");

    assertThat(f.compute(day(1000), LIFETIME)).isEmpty();
  }
}
