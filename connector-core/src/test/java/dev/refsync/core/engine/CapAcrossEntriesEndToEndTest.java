package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code cap} bounds the total of a referral's accruals under the plan; the entry that would cross
 * it is reduced to reach it exactly (DESIGN 5).
 */
class CapAcrossEntriesEndToEndTest {
  private static final Plan CAPPED =
      plan(
          "partner-recurring",
          ReferrerType.PARTNER,
          new Reward.RecurringPercent(new BigDecimal("25"), null, new BigDecimal("600")),
          new Trigger.ClosedWon(),
          0,
          null);

  @Test
  void crossingEntryIsReducedExactlyAndLaterOnesAreDropped() {
    World world =
        new World()
            .referrer("p1", ReferrerType.PARTNER)
            .account("a1", "acme.com")
            .referral("r1", "p1", "acme.com", day(0))
            .wonDeal("d1", "a1", "12000", 12, day(10))
            .payment("pay3", "a1", "1000.00", day(70))
            .payment("pay1", "a1", "1000.00", day(10))
            .payment("pay2", "a1", "1000.00", day(40))
            .payment("pay4", "a1", "1000.00", day(100));

    EngineResult result = world.evaluate(day(120), CAPPED);

    assertThat(result.commissions())
        .extracting(CommissionEntry::paymentId, CommissionEntry::amount)
        .containsExactly(
            tuple("pay1", new BigDecimal("250.00")),
            tuple("pay2", new BigDecimal("250.00")),
            tuple("pay3", new BigDecimal("100.00")));
  }
}
