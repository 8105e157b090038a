package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.attributionOf;
import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Credit;
import org.junit.jupiter.api.Test;

/** DESIGN 4.3 TIME_DECAY: weight 2^(−age/halfLife), shares are the normalized weights. */
class TimeDecayModelTest {

  private final Scenario scenario =
      new Scenario().partner("p1").partner("p2").account("A1", "acme.com");

  @Test
  void agesZeroAndOneHalfLifeWeighOneAndOneHalf() {
    scenario
        .referral("young", "p1", day(30), r -> r.domain("acme.com"))
        .referral("old", "p2", day(0), r -> r.domain("acme.com"))
        .wonDeal("d1", "A1", day(30));

    Attribution attribution = attributionOf(scenario.attribute(TestRules.timeDecay(30)), "d1");

    assertThat(attribution.credits())
        .extracting(Credit::referralId, c -> c.share().toPlainString())
        .containsExactly(tuple("young", "0.666667"), tuple("old", "0.333333"));
    assertThat(attribution.trail())
        .anyMatch(
            s ->
                s.startsWith("TIME_DECAY with a half-life of 30 days")
                    && s.contains("young age 0 days weight 1")
                    && s.contains("old age 30 days weight 0.5"));
  }

  @Test
  void usesFractionalDays() {
    // Ages 0, 15 and 45 days with a half-life of 30: weights 1, 2^-0.5, 2^-1.5, sum 2.060660…;
    // shares 0.4852813…, 0.3431457…, 0.1715728…, which round to a sum of exactly 1.
    scenario
        .referral("a", "p1", day(45), r -> r.domain("acme.com"))
        .referral("b", "p1", day(30), r -> r.domain("acme.com"))
        .referral("c", "p2", day(0), r -> r.domain("acme.com"))
        .wonDeal("d1", "A1", day(45));

    Attribution attribution = attributionOf(scenario.attribute(TestRules.timeDecay(30)), "d1");

    assertThat(attribution.credits())
        .extracting(Credit::referralId, c -> c.share().toPlainString())
        .containsExactly(tuple("a", "0.485281"), tuple("b", "0.343146"), tuple("c", "0.171573"));
  }

  @Test
  void halfADayIsHalfADay() {
    // Ages 0 and 0.5 days with a half-life of 0.5: weights 1 and 0.5.
    scenario
        .referral("a", "p1", day(10), r -> r.domain("acme.com"))
        .referral("b", "p1", day(9.5), r -> r.domain("acme.com"))
        .wonDeal("d1", "A1", day(10));

    assertThat(Scenario.shares(scenario.attribute(TestRules.timeDecay(0.5)), "d1"))
        .containsEntry("a", "0.666667")
        .containsEntry("b", "0.333333");
  }

  @Test
  void equalAgesSplitEvenlyAndTheSmallerIdTakesTheResidual() {
    scenario
        .referral("x2", "p1", day(5), r -> r.domain("acme.com"))
        .referral("x1", "p1", day(5), r -> r.domain("acme.com"))
        .referral("x3", "p2", day(5), r -> r.domain("acme.com"))
        .wonDeal("d1", "A1", day(20));

    Attribution attribution = attributionOf(scenario.attribute(TestRules.timeDecay(30)), "d1");

    assertThat(attribution.credits())
        .extracting(Credit::referralId, c -> c.share().toPlainString())
        .containsExactly(tuple("x1", "0.333334"), tuple("x2", "0.333333"), tuple("x3", "0.333333"));
  }

  @Test
  void aCandidateWhoseShareRoundsToZeroIsDropped() {
    // Half-life 1 day, ages 0 and 40 days: 2^-40 ≈ 9.1e-13 of the credit, which rounds to 0.
    scenario
        .referral("young", "p1", day(40), r -> r.domain("acme.com"))
        .referral("old", "p2", day(0), r -> r.domain("acme.com"))
        .wonDeal("d1", "A1", day(40));

    Attribution attribution = attributionOf(scenario.attribute(TestRules.timeDecay(1)), "d1");

    assertThat(attribution.credits())
        .extracting(Credit::referralId, c -> c.share().toPlainString())
        .containsExactly(tuple("young", "1.000000"));
  }
}
