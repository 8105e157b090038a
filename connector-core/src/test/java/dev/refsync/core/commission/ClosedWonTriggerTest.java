package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ClosedWonTriggerTest {
  @Test
  void isEarnedAtTheDealsCloseWithoutAnyPayment() {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(10))
            .credit("d1", "r1", "1.000000");

    assertThat(
            f.compute(
                day(10),
                plan("flat", new Reward.Flat(new BigDecimal("100")), new Trigger.ClosedWon())))
        .extracting(CommissionEntry::earnedAt)
        .containsExactly(day(10));
  }
}
