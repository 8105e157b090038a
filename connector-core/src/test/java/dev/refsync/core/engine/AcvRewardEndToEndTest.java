package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** PERCENT_OF_FIRST_YEAR_ACV through attribution and commissions together (DESIGN 5). */
class AcvRewardEndToEndTest {
  private static Plan acv(String cap) {
    return plan(
        "customer-acv",
        ReferrerType.CUSTOMER,
        new Reward.PercentOfFirstYearAcv(
            new BigDecimal("10"), cap == null ? null : new BigDecimal(cap)),
        new Trigger.ClosedWon(),
        0,
        90);
  }

  private static World customerReferral(String amount, int termMonths) {
    return new World()
        .referrer("c1", ReferrerType.CUSTOMER)
        .account("a1", "acme.com")
        .referral("r1", "c1", "www.Acme.com", day(0))
        .wonDeal("d1", "a1", amount, termMonths, day(20));
  }

  @Test
  void twelveMonthDealOfTwelveThousandPaysExactlyOneAccrualOfTwelveHundred() {
    EngineResult result = customerReferral("12000", 12).evaluate(day(40), acv(null));

    assertThat(result.commissions()).hasSize(1);
    CommissionEntry entry = result.commissions().get(0);
    assertThat(entry.kind()).isEqualTo(EntryKind.ACCRUAL);
    assertThat(entry.amount()).isEqualTo(new BigDecimal("1200.00"));
    assertThat(entry.currency()).isEqualTo("USD");
    assertThat(entry.referrerId()).isEqualTo("c1");
    assertThat(entry.referralId()).isEqualTo("r1");
    assertThat(entry.dealId()).isEqualTo("d1");
    assertThat(entry.paymentId()).isNull();
    assertThat(entry.earnedAt()).isEqualTo(day(20));
    assertThat(entry.payableAt()).isEqualTo(day(20));
    assertThat(entry.status()).isEqualTo(EntryStatus.PAYABLE);
  }

  @Test
  void thirtySixMonthDealPaysOnItsFirstYearAcvOnly() {
    EngineResult result = customerReferral("180000", 36).evaluate(day(40), acv(null));

    assertThat(result.commissions())
        .extracting(CommissionEntry::amount)
        .containsExactly(new BigDecimal("6000.00"));
  }

  @Test
  void capBoundsTheAcvReward() {
    EngineResult result = customerReferral("180000", 36).evaluate(day(40), acv("5000"));

    assertThat(result.commissions())
        .extracting(CommissionEntry::amount)
        .containsExactly(new BigDecimal("5000.00"));
  }

  @Test
  void contractShorterThanAYearIsNotAnnualizedUpwards() {
    EngineResult result = customerReferral("6000", 6).evaluate(day(40), acv(null));

    assertThat(result.commissions())
        .extracting(CommissionEntry::amount)
        .containsExactly(new BigDecimal("600.00"));
  }
}
