package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FirstPaymentTriggerTest {
  private static final Plan FLAT_AT_PAYMENT =
      plan("flat", new Reward.Flat(new BigDecimal("100")), new Trigger.FirstPayment());

  private static Fixture deal() {
    return Fixture.onePartner()
        .deal("d1", "a1", "12000", "USD", 12, day(10))
        .credit("d1", "r1", "1.000000");
  }

  @Test
  void earnsNothingWhileTheAccountHasNotPaidSinceTheClose() {
    Fixture f = deal().payment("beforeClose", "a1", "500", "USD", day(9));

    assertThat(f.compute(day(100), FLAT_AT_PAYMENT)).isEmpty();
  }

  @Test
  void earnsNothingWhenTheFirstPaymentIsAfterTheEvaluationTime() {
    Fixture f = deal().payment("p1", "a1", "500", "USD", day(20));

    assertThat(f.compute(day(19), FLAT_AT_PAYMENT)).isEmpty();
  }

  @Test
  void isEarnedAtTheFirstPaymentOnOrAfterTheClose() {
    Fixture f =
        deal()
            .payment("beforeClose", "a1", "500", "USD", day(9))
            .payment("p2", "a1", "500", "USD", day(30))
            .payment("p1", "a1", "500", "USD", day(20));

    CommissionEntry entry = f.compute(day(100), FLAT_AT_PAYMENT).get(0);

    assertThat(entry.earnedAt()).isEqualTo(day(20));
    assertThat(entry.explanation()).endsWith("earned at first payment p1)");
  }
}
