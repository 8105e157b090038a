package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.Channel;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * FLAT and PERCENT_OF_FIRST_YEAR_ACV pay once per (referral, account), on the first attributed
 * closed-won deal (DESIGN 5).
 */
class OncePerReferralAndAccountEndToEndTest {
  private static final Plan FLAT =
      plan(
          "employee-bonus",
          ReferrerType.EMPLOYEE,
          new Reward.Flat(new BigDecimal("1000")),
          new Trigger.ClosedWon(),
          0,
          null);
  private static final Plan ACV =
      plan(
          "customer-acv",
          ReferrerType.CUSTOMER,
          new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), null),
          new Trigger.ClosedWon(),
          0,
          null);

  private static World twoDealsOfOneAccount() {
    return new World()
        .referrer("e1", ReferrerType.EMPLOYEE)
        .referrer("c1", ReferrerType.CUSTOMER)
        .account("a1", "acme.com")
        .referral("r-flat", "e1", "acme.com", day(0))
        .referral("r-acv", "c1", "acme.com", day(0))
        .wonDeal("d2", "a1", "50000", 12, day(40))
        .wonDeal("d1", "a1", "12000", 12, day(20));
  }

  @Test
  void secondWonDealOfTheSameAccountPaysNothingMore() {
    EngineResult result =
        twoDealsOfOneAccount()
            .evaluate(day(60), World.rules(AttributionModel.SPLIT_EVEN), FLAT, ACV);

    // Both deals credit both referrals (half each) ...
    assertThat(result.attributions()).extracting(a -> a.credits().size()).containsExactly(2, 2);
    // ... yet each referral is paid once, on d1, the first attributed deal.
    assertThat(result.commissions())
        .extracting(CommissionEntry::referralId, CommissionEntry::dealId, CommissionEntry::amount)
        .containsExactlyInAnyOrder(
            tuple("r-flat", "d1", new BigDecimal("500.00")),
            tuple("r-acv", "d1", new BigDecimal("600.00")));
  }

  @Test
  void referralCreditedAtTwoAccountsPaysOncePerAccount() {
    World world =
        new World()
            .referrer("c1", ReferrerType.CUSTOMER)
            .account("a1", "acme.com")
            .account("a2", "acme-labs.io");
    // The source linked the referral to a2; its company domain resolves it to a1 as well.
    world.referrals.add(
        new Referral("r1", "c1", null, "acme.com", "Acme", "a2", Channel.FORM, day(0), null));
    world
        .wonDeal("d-a1", "a1", "12000", 12, day(20))
        .wonDeal("d-a1-again", "a1", "30000", 12, day(25))
        .wonDeal("d-a2", "a2", "24000", 12, day(30));

    EngineResult result = world.evaluate(day(60), ACV);

    assertThat(result.commissions())
        .extracting(CommissionEntry::dealId, CommissionEntry::amount)
        .containsExactlyInAnyOrder(
            tuple("d-a1", new BigDecimal("1200.00")), tuple("d-a2", new BigDecimal("2400.00")));
    assertThat(result.commissions()).extracting(CommissionEntry::id).doesNotHaveDuplicates();
  }
}
