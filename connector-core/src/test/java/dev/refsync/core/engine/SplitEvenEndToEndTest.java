package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** SPLIT_EVEN credits multiply every commission by the referral's share (DESIGN 4.3 and 5). */
class SplitEvenEndToEndTest {
  private static final Plan ACV =
      plan(
          "customer-acv",
          ReferrerType.CUSTOMER,
          new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), null),
          new Trigger.ClosedWon(),
          0,
          null);

  @Test
  void twoReferrersEachEarnHalf() {
    World world =
        new World()
            .referrer("c1", ReferrerType.CUSTOMER)
            .referrer("c2", ReferrerType.CUSTOMER)
            .account("a1", "acme.com")
            .referral("r1", "c1", "acme.com", day(0))
            .referral("r2", "c2", "acme.com", day(3))
            .wonDeal("d1", "a1", "12000", 12, day(20));

    EngineResult result = world.evaluate(day(40), World.rules(AttributionModel.SPLIT_EVEN), ACV);

    assertThat(result.commissions())
        .extracting(
            CommissionEntry::referrerId, CommissionEntry::referralId, CommissionEntry::amount)
        .containsExactlyInAnyOrder(
            tuple("c1", "r1", new BigDecimal("600.00")),
            tuple("c2", "r2", new BigDecimal("600.00")));
  }

  @Test
  void threeWaySplitRoundsEachEntryOnceFromItsSixPlaceShare() {
    World world =
        new World()
            .referrer("c1", ReferrerType.CUSTOMER)
            .referrer("c2", ReferrerType.CUSTOMER)
            .referrer("c3", ReferrerType.CUSTOMER)
            .account("a1", "acme.com")
            .referral("r1", "c1", "acme.com", day(0))
            .referral("r2", "c2", "acme.com", day(1))
            .referral("r3", "c3", "acme.com", day(2))
            .wonDeal("d1", "a1", "100005", 12, day(20));

    EngineResult result = world.evaluate(day(40), World.rules(AttributionModel.SPLIT_EVEN), ACV);

    // 10% of 100,005 is 10,000.50; r3 (latest submitted) takes the residual share 0.333334:
    // 10,000.50 x 0.333334 = 3333.506667 -> 3333.51, and x 0.333333 = 3333.496667 -> 3333.50.
    // Rounding the base or a third of it first would give three equal cents.
    assertThat(result.attributions().get(0).credits())
        .extracting(c -> c.referralId() + " " + c.share().toPlainString())
        .containsExactlyInAnyOrder("r3 0.333334", "r1 0.333333", "r2 0.333333");
    assertThat(result.commissions())
        .extracting(CommissionEntry::referralId, CommissionEntry::amount)
        .containsExactlyInAnyOrder(
            tuple("r1", new BigDecimal("3333.50")),
            tuple("r2", new BigDecimal("3333.50")),
            tuple("r3", new BigDecimal("3333.51")));
  }
}
