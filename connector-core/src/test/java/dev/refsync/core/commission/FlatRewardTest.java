package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.accruals;
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

class FlatRewardTest {
  private static final Plan FLAT =
      plan("employee-bonus", new Reward.Flat(new BigDecimal("1000")), new Trigger.ClosedWon());

  @Test
  void paysTheAmountOnceOnTheFirstAttributedDealInItsCurrency() {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "5000", "EUR", 12, day(10))
            .deal("d2", "a1", "9000", "EUR", 12, day(40))
            .credit("d1", "r1", "1.000000")
            .credit("d2", "r1", "1.000000");

    List<CommissionEntry> entries = f.compute(day(100), FLAT);

    assertThat(entries).hasSize(1);
    CommissionEntry entry = entries.get(0);
    assertThat(entry.amount()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(entry.currency()).isEqualTo("EUR");
    assertThat(entry.dealId()).isEqualTo("d1");
    assertThat(entry.paymentId()).isNull();
    assertThat(entry.referrerId()).isEqualTo("p1");
    assertThat(entry.referralId()).isEqualTo("r1");
    assertThat(entry.planId()).isEqualTo("employee-bonus");
    assertThat(entry.earnedAt()).isEqualTo(day(10));
    assertThat(entry.explanation())
        .isEqualTo(
            "flat 1,000.00 EUR × share 1.000000 = 1,000.00 EUR"
                + " (plan employee-bonus, deal d1, earned at signature)");
  }

  @Test
  void paysAgainForTheSameReferralAtAnotherAccount() {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "5000", "USD", 12, day(10))
            .deal("d2", "a2", "5000", "USD", 12, day(20))
            .credit("d1", "r1", "1.000000")
            .credit("d2", "r1", "1.000000");

    assertThat(accruals(f.compute(day(100), FLAT)))
        .extracting(CommissionEntry::dealId)
        .containsExactly("d1", "d2");
  }
}
