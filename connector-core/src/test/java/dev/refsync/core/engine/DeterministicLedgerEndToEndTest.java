package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Recomputing yields the same ledger with the same entry ids, whatever order the records arrive in
 * (DESIGN 4.3 determinism, DESIGN 5 deterministic ids).
 */
class DeterministicLedgerEndToEndTest {
  private static final Plan[] PLANS = {
    plan(
        "partner-recurring",
        ReferrerType.PARTNER,
        new Reward.RecurringPercent(new BigDecimal("25"), 12, new BigDecimal("700")),
        new Trigger.FirstPayment(),
        30,
        90),
    plan(
        "customer-acv",
        ReferrerType.CUSTOMER,
        new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), new BigDecimal("5000")),
        new Trigger.ClosedWon(),
        0,
        90),
    plan(
        "employee-bonus",
        ReferrerType.EMPLOYEE,
        new Reward.Flat(new BigDecimal("1000")),
        new Trigger.Retained(30),
        0,
        null)
  };

  private static World world() {
    return new World()
        .referrer("p1", ReferrerType.PARTNER)
        .referrer("c1", ReferrerType.CUSTOMER)
        .referrer("e1", ReferrerType.EMPLOYEE)
        .account("a1", "acme.com")
        .account("a2", "beta.com")
        .referral("r1", "p1", "acme.com", day(0))
        .referral("r2", "c1", "acme.com", day(0))
        .referral("r3", "e1", "acme.com", day(4))
        .referral("r4", "c1", "beta.com", day(2))
        .referral("r5", "p1", "beta.com", day(2))
        .wonDeal("d1", "a1", "180000", 36, day(20))
        .wonDeal("d2", "a2", "7000", 12, day(30))
        .wonDeal("d3", "a1", "5000", 12, day(50))
        .payment("pay1", "a1", "1000.01", day(25))
        .payment("pay2", "a1", "1000.01", day(55))
        .payment("pay3", "a2", "333.33", day(35))
        .payment("pay4", "a2", "333.33", day(65))
        .refund("re1", "pay2", "250", day(60))
        .refund("re2", "pay3", "333.33", day(40))
        .churn("a2", day(90));
  }

  private static World shuffled(long seed) {
    World w = world();
    Random random = new Random(seed);
    for (List<?> list :
        List.<List<?>>of(
            w.referrers, w.referrals, w.accounts, w.deals, w.payments, w.refunds, w.churns)) {
      Collections.shuffle(list, random);
    }
    return w;
  }

  @Test
  void shuffledInputGivesTheSameResultAndEntryIds() {
    for (AttributionModel model : AttributionModel.values()) {
      EngineResult expected = world().evaluate(day(120), World.rules(model), PLANS);
      assertThat(expected.commissions()).hasSizeGreaterThanOrEqualTo(3);
      for (long seed = 1; seed <= 5; seed++) {
        EngineResult actual = shuffled(seed).evaluate(day(120), World.rules(model), PLANS);
        assertThat(actual).as("model %s, seed %d", model, seed).isEqualTo(expected);
      }
    }
  }

  @Test
  void entryIdsAreUniqueAndStableAcrossEvaluationTimes() {
    EngineResult early = world().evaluate(day(70), World.rules(AttributionModel.SPLIT_EVEN), PLANS);
    EngineResult late = world().evaluate(day(120), World.rules(AttributionModel.SPLIT_EVEN), PLANS);

    List<String> lateIds =
        new ArrayList<>(late.commissions().stream().map(CommissionEntry::id).toList());
    assertThat(lateIds).doesNotHaveDuplicates();
    // Everything already in the early ledger is recomputed later under the same id and amount.
    for (CommissionEntry entry : early.commissions()) {
      assertThat(late.commissions())
          .filteredOn(e -> e.id().equals(entry.id()))
          .singleElement()
          .extracting(CommissionEntry::amount)
          .isEqualTo(entry.amount());
    }
  }
}
