package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HoldTest {
  private static final Plan HELD_30 =
      plan("flat", new Reward.Flat(new BigDecimal("100")), new Trigger.ClosedWon(), 30, null);

  private static final Fixture DEAL =
      Fixture.onePartner()
          .deal("d1", "a1", "12000", "USD", 12, day(10))
          .credit("d1", "r1", "1.000000");

  @Test
  void isHeldBeforePayableAtWhichIsEarnedAtPlusHoldDays() {
    CommissionEntry entry = DEAL.compute(day(39), HELD_30).get(0);

    assertThat(entry.payableAt()).isEqualTo(day(40));
    assertThat(entry.status()).isEqualTo(EntryStatus.HELD);
  }

  @Test
  void isPayableFromPayableAtOn() {
    assertThat(DEAL.compute(day(40), HELD_30).get(0).status()).isEqualTo(EntryStatus.PAYABLE);
    assertThat(DEAL.compute(day(400), HELD_30).get(0).status()).isEqualTo(EntryStatus.PAYABLE);
  }

  @Test
  void withoutHoldItIsPayableAtOnce() {
    CommissionEntry entry =
        DEAL.compute(
                day(10),
                plan("flat", new Reward.Flat(new BigDecimal("100")), new Trigger.ClosedWon()))
            .get(0);

    assertThat(entry.payableAt()).isEqualTo(day(10));
    assertThat(entry.status()).isEqualTo(EntryStatus.PAYABLE);
  }
}
