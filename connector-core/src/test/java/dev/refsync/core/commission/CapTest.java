package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapTest {
  @Test
  void theAccrualCrossingTheCapIsReducedToReachItExactlyAndLaterOnesAreDropped() {
    Plan recurring =
        plan(
            "partner-recurring",
            new Reward.RecurringPercent(new BigDecimal("25"), null, new BigDecimal("600")),
            new Trigger.ClosedWon());
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(1))
            .credit("d1", "r1", "1.000000")
            .payment("p1", "a1", "1000", "USD", day(10))
            .payment("p2", "a1", "1000", "USD", day(40))
            .payment("p3", "a1", "1000", "USD", day(70))
            .payment("p4", "a1", "1000", "USD", day(100));

    List<CommissionEntry> entries = f.compute(day(200), recurring);

    assertThat(entries)
        .extracting(CommissionEntry::paymentId, CommissionEntry::amount)
        .containsExactly(
            tuple("p1", new BigDecimal("250.00")),
            tuple("p2", new BigDecimal("250.00")),
            tuple("p3", new BigDecimal("100.00")));
    assertThat(entries.get(2).explanation())
        .endsWith("; reduced from 250.00 USD to 100.00 USD to reach the plan cap 600.00 USD");
  }

  @Test
  void theCapBoundsAReferralsAccrualsAcrossAccountsInEarnedOrder() {
    Plan acv =
        plan(
            "customer-acv",
            new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), new BigDecimal("3000")),
            new Trigger.ClosedWon());
    Fixture f =
        Fixture.onePartner()
            .referral("r2", "p1")
            .deal("d4", "a4", "12000", "USD", 12, day(4))
            .deal("d3", "a3", "12000", "USD", 12, day(3))
            .deal("d1", "a1", "12000", "USD", 12, day(1))
            .deal("d2", "a2", "12000", "USD", 12, day(2))
            .deal("other", "a5", "12000", "USD", 12, day(5))
            .credit("d4", "r1", "1.000000")
            .credit("d3", "r1", "1.000000")
            .credit("d1", "r1", "1.000000")
            .credit("d2", "r1", "1.000000")
            .credit("other", "r2", "1.000000");

    assertThat(f.compute(day(200), acv))
        .extracting(CommissionEntry::referralId, CommissionEntry::dealId, CommissionEntry::amount)
        .containsExactly(
            tuple("r1", "d1", new BigDecimal("1200.00")),
            tuple("r1", "d2", new BigDecimal("1200.00")),
            tuple("r1", "d3", new BigDecimal("600.00")),
            tuple("r2", "other", new BigDecimal("1200.00")));
  }

  @Test
  void eachCurrencyIsCappedSeparatelySinceThereIsNoFx() {
    Plan acv =
        plan(
            "customer-acv",
            new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), new BigDecimal("1000")),
            new Trigger.ClosedWon());
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(1))
            .deal("d2", "a2", "12000", "EUR", 12, day(2))
            .credit("d1", "r1", "1.000000")
            .credit("d2", "r1", "1.000000");

    assertThat(f.compute(day(200), acv))
        .extracting(CommissionEntry::currency, CommissionEntry::amount)
        .containsExactly(
            tuple("USD", new BigDecimal("1000.00")), tuple("EUR", new BigDecimal("1000.00")));
  }
}
