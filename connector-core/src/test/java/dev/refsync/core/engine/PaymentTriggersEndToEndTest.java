package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * FIRST_PAYMENT earns nothing until a payment on or after the close exists; RETAINED {days} earns
 * at that payment + days, only if the account has not churned by then (DESIGN 5 "trigger").
 */
class PaymentTriggersEndToEndTest {
  private static Plan bonus(Trigger trigger) {
    return plan(
        "employee-bonus",
        ReferrerType.EMPLOYEE,
        new Reward.Flat(new BigDecimal("1000")),
        trigger,
        0,
        null);
  }

  private static World won() {
    return new World()
        .referrer("e1", ReferrerType.EMPLOYEE)
        .account("a1", "acme.com")
        .referral("r1", "e1", "acme.com", day(0))
        .wonDeal("d1", "a1", "12000", 12, day(10))
        // Paid before the close: never a trigger.
        .payment("pay0", "a1", "500", day(8));
  }

  @Test
  void firstPaymentWithoutAPaymentAfterTheCloseEarnsNothing() {
    assertThat(won().evaluate(day(100), bonus(new Trigger.FirstPayment())).commissions()).isEmpty();
  }

  @Test
  void firstPaymentEarnsAtThatPayment() {
    EngineResult result =
        won()
            .payment("pay1", "a1", "1000", day(20))
            .evaluate(day(100), bonus(new Trigger.FirstPayment()));

    assertThat(result.commissions())
        .extracting(CommissionEntry::amount, CommissionEntry::earnedAt, CommissionEntry::paymentId)
        .containsExactly(tuple(new BigDecimal("1000.00"), day(20), null));
  }

  @Test
  void retainedEarnsDaysAfterTheFirstPayment() {
    EngineResult result =
        won()
            .payment("pay1", "a1", "1000", day(20))
            .evaluate(day(50), bonus(new Trigger.Retained(30)));

    assertThat(result.commissions())
        .extracting(CommissionEntry::amount, CommissionEntry::earnedAt, CommissionEntry::status)
        .containsExactly(tuple(new BigDecimal("1000.00"), day(50), EntryStatus.PAYABLE));
  }

  @Test
  void retainedIsNotEarnedBeforeItsDaysHavePassed() {
    EngineResult result =
        won()
            .payment("pay1", "a1", "1000", day(20))
            .evaluate(day(49), bonus(new Trigger.Retained(30)));

    assertThat(result.commissions()).isEmpty();
  }

  @Test
  void retainedIsNeverEarnedWhenTheAccountChurnedFirst() {
    EngineResult result =
        won()
            .payment("pay1", "a1", "1000", day(20))
            .churn("a1", day(45))
            .evaluate(day(200), bonus(new Trigger.Retained(30)));

    assertThat(result.commissions()).isEmpty();
  }
}
