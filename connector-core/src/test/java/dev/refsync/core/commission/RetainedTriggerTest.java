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

class RetainedTriggerTest {
  private static final Plan RETAINED_30 =
      plan("employee-bonus", new Reward.Flat(new BigDecimal("1000")), new Trigger.Retained(30));

  private static Fixture paidDeal() {
    return Fixture.onePartner()
        .deal("d1", "a1", "12000", "USD", 12, day(10))
        .credit("d1", "r1", "1.000000")
        .payment("p1", "a1", "1000", "USD", day(15));
  }

  @Test
  void isEarnedAtTheFirstPaymentPlusDaysWhenTheAccountDidNotChurn() {
    assertThat(paidDeal().compute(day(100), RETAINED_30))
        .extracting(CommissionEntry::earnedAt)
        .containsExactly(day(45));
  }

  @Test
  void isNotEarnedBeforeTheRetentionPeriodEnds() {
    assertThat(paidDeal().compute(day(44), RETAINED_30)).isEmpty();
  }

  @Test
  void isNeverEarnedWhenTheAccountChurnsWithinThePeriodIncludingItsLastInstant() {
    assertThat(paidDeal().churn("a1", day(45)).compute(day(100), RETAINED_30)).isEmpty();
    assertThat(paidDeal().churn("a1", day(20)).compute(day(100), RETAINED_30)).isEmpty();
  }

  @Test
  void aChurnAfterTheRetentionPeriodOrAtTheCloseItselfDoesNotPreventIt() {
    assertThat(paidDeal().churn("a1", day(46)).compute(day(100), RETAINED_30)).hasSize(1);
    assertThat(paidDeal().churn("a1", day(10)).compute(day(100), RETAINED_30)).hasSize(1);
  }

  @Test
  void recurringEntriesAreEarnedAtTheLaterOfPaymentAndRetention() {
    Plan recurring =
        plan(
            "recurring",
            new Reward.RecurringPercent(new BigDecimal("10"), null, null),
            new Trigger.Retained(30));
    Fixture f = paidDeal().payment("p2", "a1", "1000", "USD", day(60));

    assertThat(f.compute(day(100), recurring))
        .extracting(CommissionEntry::paymentId, CommissionEntry::earnedAt)
        .containsExactly(tuple("p1", day(45)), tuple("p2", day(60)));
    assertThat(f.churn("a1", day(40)).compute(day(100), recurring)).isEmpty();
  }
}
