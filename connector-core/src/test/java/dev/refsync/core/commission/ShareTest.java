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
import org.junit.jupiter.api.Test;

class ShareTest {
  @Test
  void aHalfShareHalvesTheAccrualOfEachCreditedReferral() {
    Plan acv =
        plan(
            "customer-acv",
            new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), null),
            new Trigger.ClosedWon());
    Fixture f =
        Fixture.onePartner()
            .referrer("p2", ReferrerType.CUSTOMER)
            .referral("r2", "p2")
            .deal("d1", "a1", "12000", "USD", 12, day(1))
            .credit("d1", "r1", "0.500000")
            .credit("d1", "r2", "0.500000");

    assertThat(f.compute(day(10), acv))
        .extracting(CommissionEntry::referralId, CommissionEntry::amount)
        .containsExactlyInAnyOrder(
            tuple("r1", new BigDecimal("600.00")), tuple("r2", new BigDecimal("600.00")));
  }

  @Test
  void recurringEntriesUseTheShareOfTheFirstAttributedDeal() {
    Plan recurring =
        plan(
            "recurring",
            new Reward.RecurringPercent(new BigDecimal("10"), null, null),
            new Trigger.ClosedWon());
    Fixture f =
        Fixture.onePartner()
            .referral("r2", "p1")
            .deal("d1", "a1", "12000", "USD", 12, day(1))
            .deal("d2", "a1", "12000", "USD", 12, day(20))
            .credit("d1", "r1", "0.250000")
            .credit("d1", "r2", "0.750000")
            .credit("d2", "r1", "1.000000")
            .payment("p1", "a1", "1000", "USD", day(30));

    assertThat(f.compute(day(100), recurring))
        .filteredOn(e -> e.referralId().equals("r1"))
        .extracting(CommissionEntry::dealId, CommissionEntry::amount)
        .containsExactly(tuple("d1", new BigDecimal("25.00")));
  }
}
