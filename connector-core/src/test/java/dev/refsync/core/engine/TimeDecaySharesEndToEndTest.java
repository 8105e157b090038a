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

/**
 * TIME_DECAY shares (six places) times the reward, each entry rounded once to the currency's minor
 * units HALF_EVEN (DESIGN 4.3 and 5).
 */
class TimeDecaySharesEndToEndTest {
  private static final Plan ACV =
      plan(
          "customer-acv",
          ReferrerType.CUSTOMER,
          new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), null),
          new Trigger.ClosedWon(),
          0,
          null);

  @Test
  void halfLifeOldReferralGetsAThirdAndEachEntryIsRoundedOnce() {
    World world =
        new World()
            .referrer("c1", ReferrerType.CUSTOMER)
            .referrer("c2", ReferrerType.CUSTOMER)
            .account("a1", "acme.com")
            .referral("r-old", "c1", "acme.com", day(0))
            .referral("r-new", "c2", "acme.com", day(30))
            .wonDeal("d1", "a1", "12000.15", 12, day(30));

    EngineResult result = world.evaluate(day(40), World.rules(AttributionModel.TIME_DECAY), ACV);

    // Weights 2^(-30/30) = 0.5 and 1: shares 0.333333 and 0.666667 of 1200.015:
    // 400.0046... -> 400.00 and 800.0104... -> 800.01 (not a rounded 1200.02 split afterwards).
    assertThat(result.attributions().get(0).credits())
        .extracting(c -> c.referralId() + " " + c.share().toPlainString())
        .containsExactly("r-new 0.666667", "r-old 0.333333");
    assertThat(result.commissions())
        .extracting(CommissionEntry::referralId, CommissionEntry::amount)
        .containsExactlyInAnyOrder(
            tuple("r-old", new BigDecimal("400.00")), tuple("r-new", new BigDecimal("800.01")));
  }
}
