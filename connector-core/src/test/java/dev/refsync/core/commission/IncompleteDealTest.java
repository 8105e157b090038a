package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A closed-won deal missing what its reward needs earns nothing; other deals are unaffected. */
class IncompleteDealTest {
  private static Fixture withDeal(BigDecimal amount, String currency) {
    Fixture f = Fixture.onePartner().referral("r2", "p1");
    f.deals.add(
        new Deal(
            "bad", "a1", amount, currency, 12, DealStage.CLOSED_WON, day(0), day(1), List.of()));
    return f.deal("good", "a2", "12000", "USD", 12, day(2))
        .credit("bad", "r1", "1.000000")
        .credit("good", "r2", "1.000000");
  }

  @Test
  void aDealWithoutCurrencyEarnsNothingAndOthersStillDo() {
    assertThat(
            withDeal(new BigDecimal("12000"), null)
                .compute(
                    day(10),
                    plan("flat", new Reward.Flat(BigDecimal.TEN), new Trigger.ClosedWon())))
        .extracting(CommissionEntry::dealId)
        .containsExactly("good");
  }

  @Test
  void aDealWithoutAmountEarnsNoAcvRewardButStillAFlatOne() {
    Fixture f = withDeal(null, "USD");

    assertThat(
            f.compute(
                day(10),
                plan(
                    "acv",
                    new Reward.PercentOfFirstYearAcv(BigDecimal.TEN, null),
                    new Trigger.ClosedWon())))
        .extracting(CommissionEntry::dealId)
        .containsExactly("good");
    assertThat(
            f.compute(
                day(10), plan("flat", new Reward.Flat(BigDecimal.TEN), new Trigger.ClosedWon())))
        .extracting(CommissionEntry::dealId)
        .containsExactly("bad", "good");
  }
}
