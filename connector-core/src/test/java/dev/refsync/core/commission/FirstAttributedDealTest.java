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
import org.junit.jupiter.api.Test;

class FirstAttributedDealTest {
  private static final Plan ACV =
      plan(
          "customer-acv",
          new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), null),
          new Trigger.ClosedWon());

  @Test
  void isTheEarliestClosedDealOfTheAccountOnWhichTheReferralIsCredited() {
    Fixture f =
        Fixture.onePartner()
            .deal("d-late", "a1", "50000", "USD", 12, day(20))
            .deal("d-early", "a1", "10000", "USD", 12, day(5))
            .deal("d-uncredited", "a1", "90000", "USD", 12, day(1))
            .credit("d-late", "r1", "1.000000")
            .credit("d-early", "r1", "0.500000");

    assertThat(f.compute(day(100), ACV))
        .extracting(CommissionEntry::dealId, CommissionEntry::amount)
        .containsExactly(tuple("d-early", new BigDecimal("500.00")));
  }

  @Test
  void dealsClosingAtTheSameInstantAreOrderedById() {
    Fixture f =
        Fixture.onePartner()
            .deal("d2", "a1", "50000", "USD", 12, day(5))
            .deal("d1", "a1", "10000", "USD", 12, day(5))
            .credit("d2", "r1", "1.000000")
            .credit("d1", "r1", "1.000000");

    assertThat(f.compute(day(100), ACV)).extracting(CommissionEntry::dealId).containsExactly("d1");
  }
}
