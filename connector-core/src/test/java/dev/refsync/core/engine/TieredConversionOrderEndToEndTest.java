package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TIERED takes the percent of the tier reached by the referrer's n-th converted referral, counted
 * in closedAt order, the first conversion being n = 1 (DESIGN 5).
 */
class TieredConversionOrderEndToEndTest {
  private static final Plan TIERED =
      plan(
          "partner-tiered",
          ReferrerType.PARTNER,
          new Reward.Tiered(
              List.of(
                  new Reward.Tier(1, new BigDecimal("10")),
                  new Reward.Tier(2, new BigDecimal("20")),
                  new Reward.Tier(3, new BigDecimal("30"))),
              Reward.Basis.ACV,
              null,
              null),
          new Trigger.ClosedWon(),
          0,
          null);

  @Test
  void conversionsAreNumberedByCloseTimeNotBySubmissionOrId() {
    World world =
        new World()
            .referrer("p1", ReferrerType.PARTNER)
            .referrer("p2", ReferrerType.PARTNER)
            .account("a1", "alpha.com")
            .account("a2", "beta.com")
            .account("a3", "gamma.com")
            .account("a4", "delta.com")
            // Submitted in id order; closed in the order a3, a1, a2.
            .referral("r1", "p1", "alpha.com", day(0))
            .referral("r2", "p1", "beta.com", day(1))
            .referral("r3", "p1", "gamma.com", day(2))
            // Another referrer's conversion does not advance p1's count.
            .referral("r4", "p2", "delta.com", day(0))
            .wonDeal("d-a4", "a4", "10000", 12, day(5))
            .wonDeal("d-a1", "a1", "10000", 12, day(30))
            .wonDeal("d-a2", "a2", "10000", 12, day(40))
            .wonDeal("d-a3", "a3", "10000", 12, day(20))
            // A second deal of a1 is no new conversion.
            .wonDeal("d-a1-again", "a1", "10000", 12, day(35));

    EngineResult result = world.evaluate(day(60), TIERED);

    assertThat(result.commissions())
        .extracting(CommissionEntry::referralId, CommissionEntry::amount)
        .containsExactlyInAnyOrder(
            tuple("r4", new BigDecimal("1000.00")),
            tuple("r3", new BigDecimal("1000.00")),
            tuple("r1", new BigDecimal("2000.00")),
            tuple("r2", new BigDecimal("3000.00")));
  }
}
